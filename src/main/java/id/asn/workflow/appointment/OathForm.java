package id.asn.workflow.appointment;

/**
 * An oath, or a pledge for whoever objects to swearing an oath because of their religion or belief
 * (Perbup Batang 6/2023 Lampiran I VII.C.5-6).
 */
public enum OathForm {
  SUMPAH, JANJI
}
