package id.asn.workflow.workforce;

import java.util.Map;

/** What the planning tells its process; implemented in the engine package, the only one that talks to the engine. */
public interface PlanningWorkflow {

  /** A new planning was stored: start its penyusunanKebutuhanAsn instance (business key = planning id). */
  void started(Planning planning);

  /** The instansi declared that next year's budget plan changes: the deadline moves to the end of April. */
  void budgetChanged(String planningId);

  /** The planning's data changed: the forms of its open tasks show these values from now on. */
  void refresh(String planningId, Map<String, Object> formVariables);
}
