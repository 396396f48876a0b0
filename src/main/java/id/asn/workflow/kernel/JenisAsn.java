package id.asn.workflow.kernel;

/** The kind of civil servant a usul is for: it decides the number format and the documents required. */
public enum JenisAsn {
  PNS,
  PPPK
}
