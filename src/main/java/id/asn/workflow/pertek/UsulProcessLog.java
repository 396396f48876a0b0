package id.asn.workflow.pertek;

import java.time.Instant;
import java.util.List;

/**
 * The engine's user operation log of a usul's process instances (claims, completions, assignments), read through
 * this port so that the engine API stays in the engine package.
 */
public interface UsulProcessLog {

  /** What users did on the pertekNiCasn instances of the usul (business key = usul id), oldest first. */
  List<Operation> operationsOf(String usulId);

  /**
   * One operation as the engine logged it.
   *
   * @param jenis the engine's operation type, e.g. {@code Claim}, {@code Complete}, {@code Assign}
   * @param tugas the name of the task it concerned, or null
   * @param nilaiBaru the new value of the property it changed (the assignee of a claim), or null
   */
  record Operation(Instant waktu, String oleh, String jenis, String tugas, String nilaiBaru) {}
}
