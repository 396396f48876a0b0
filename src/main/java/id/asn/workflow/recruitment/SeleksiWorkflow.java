package id.asn.workflow.recruitment;

/** What a period tells its process; implemented in the engine package, the only one that talks to the engine. */
public interface SeleksiWorkflow {

  /** A new period was stored: start its pengadaanPns instance (business key = period id). */
  void started(Periode periode);
}
