package id.asn.workflow.recruitment;

import java.util.Map;

/** What a period tells its process; implemented in the engine package, the only one that talks to the engine. */
public interface SeleksiWorkflow {

  /** A new period was stored: start its pengadaanPns instance (business key = period id). */
  void started(Periode periode);

  /** The period's data changed: the forms of its open tasks show these values from now on. */
  void refresh(String periodeId, Map<String, Object> formVariables);
}
