package id.asn.workflow.pertek;

/** What the intake tells the process; implemented in the engine package, the only one that talks to the engine. */
public interface UsulWorkflow {

  /** A new usul was stored: start its pertekNiCasn instance (business key = usul id). */
  void submitted(String usulId);

  /** The instansi sent a correction for a usul in PERBAIKAN: it goes back to verification. */
  void corrected(String usulId);

  /** The instansi withdrew a PNS usul that waited for its correction: its instance ends without a Pertek. */
  void withdrawn(String usulId);
}
