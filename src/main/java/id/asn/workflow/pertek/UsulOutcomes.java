package id.asn.workflow.pertek;

/**
 * Tells whoever waits for an usul (an appointment of CPNS or PPPK) what the Kanreg decided, in the transaction of
 * the step that decided it: {@link #MS} with the Nomor Induk, {@link #BTS} and {@link #TMS} with the reason, or
 * {@link #KEDALUWARSA} (PPPK) or {@link #DITARIK} (PNS, withdrawn by the instansi while in correction).
 */
public interface UsulOutcomes {

  String MS = "MS";
  String BTS = "BTS";
  String TMS = "TMS";
  String KEDALUWARSA = "KEDALUWARSA";
  String DITARIK = "DITARIK";

  void decided(String usulId, String hasil, String alasan, String nomorInduk);
}
