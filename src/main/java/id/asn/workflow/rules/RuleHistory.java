package id.asn.workflow.rules;

import java.time.Instant;
import java.util.List;

/** Every version of every decision table, newest first, with who deployed it and how its rows changed. */
public interface RuleHistory {

  List<Version> versions(int size);

  /**
   * One version of a decision table. {@code deployedBy} is the engine user who deployed it, or null for the
   * application's own deployment of the shipped file ({@code source} "aplikasi").
   */
  record Version(String decision, String name, int version, Instant deployedAt, String deployedBy,
      String deploymentName, String source, List<RowChange> changes) {}

  /** How one row differs from the previous version: {@code DITAMBAH}, {@code DIHAPUS} or {@code DIUBAH}. */
  record RowChange(String row, String change, String before, String after) {}
}
