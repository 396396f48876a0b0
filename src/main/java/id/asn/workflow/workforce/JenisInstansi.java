package id.asn.workflow.workforce;

import java.util.Locale;
import java.util.Optional;

/**
 * Central or regional instansi: the attachments of the proposal and the variables of the technical
 * consideration differ for each (Peraturan BKN 9/2022).
 */
enum JenisInstansi {
  PUSAT("Instansi Pusat"),
  PROVINSI("Instansi Daerah Provinsi"),
  KABUPATEN_KOTA("Instansi Daerah Kabupaten/Kota");

  private final String label;

  JenisInstansi(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isDaerah() {
    return this != PUSAT;
  }

  /** What an instansi code says by convention: KabBatang and KotaSemarang are regencies, ProvJateng a province. */
  public static JenisInstansi fromCode(String instansiCode) {
    if (instansiCode.startsWith("Kab") || instansiCode.startsWith("Kota")) {
      return KABUPATEN_KOTA;
    }
    if (instansiCode.startsWith("Prov")) {
      return PROVINSI;
    }
    return PUSAT;
  }

  public static Optional<JenisInstansi> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A readable name from the code: KabBatang → Kabupaten Batang, ProvJawaTengah → Provinsi Jawa Tengah. */
  public static String nameFromCode(String instansiCode) {
    String spaced = instansiCode.replaceAll("([a-z])([A-Z])", "$1 $2");
    if (spaced.startsWith("Kab ")) {
      return "Kabupaten " + spaced.substring(4);
    }
    if (spaced.startsWith("Prov ")) {
      return "Provinsi " + spaced.substring(5);
    }
    return spaced;
  }

  public static String names() {
    return "PUSAT, PROVINSI atau KABUPATEN_KOTA";
  }
}
