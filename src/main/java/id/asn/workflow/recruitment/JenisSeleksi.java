package id.asn.workflow.recruitment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a recruitment period: CPNS (Lampiran I: SKD, SKB, integration) or PPPK (Lampiran II: competence
 * test and interview). Both share the period model, its imports, announcements and the one SQL ranking.
 */
enum JenisSeleksi {
  PNS("PNS"), PPPK("PPPK");

  private final String label;

  JenisSeleksi(String label) {
    this.label = label;
  }

  /** As the period's documents name it: "pengadaan PNS", "pengadaan PPPK". */
  public String label() {
    return label;
  }

  public static Optional<JenisSeleksi> of(String text) {
    return Arrays.stream(values()).filter(j -> j.name().equals(text)).findFirst();
  }
}
