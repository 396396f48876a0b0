package id.asn.workflow.pertek.kanreg;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lowest education a functional position accepts on first appointment, by its group: the decision table
 * {@code processes/pendidikan-jabatan.dmn}, read in the engine. The pre-check uses it when the usul's selection
 * record gives no formasi to compare with.
 */
public interface PositionEducation {

  /** The education codes accepted and how the requirement reads. */
  record Requirement(Set<String> diterima, String uraian) {}

  /** The groups, told from the position's title as functional titles are formed. */
  enum Kelompok {
    DOKTER, APOTEKER, KEAHLIAN, KETERAMPILAN;

    /** The group the title names, if it is a functional title the table covers. */
    static Optional<Kelompok> of(String jabatan) {
      String title = jabatan.toLowerCase(Locale.ROOT);
      if (title.contains("dokter")) {
        return Optional.of(DOKTER);
      }
      if (title.contains("apoteker")) {
        return Optional.of(APOTEKER);
      }
      if (title.contains("ahli")) {
        return Optional.of(KEAHLIAN);
      }
      if (title.contains("terampil") || title.contains("mahir") || title.contains("penyelia")) {
        return Optional.of(KETERAMPILAN);
      }
      return Optional.empty();
    }
  }

  /** @throws id.asn.workflow.kernel.Refusal (409) when the table has no row for the group (docs/rules.md) */
  Requirement of(Kelompok kelompok);
}
