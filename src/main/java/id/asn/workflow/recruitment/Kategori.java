package id.asn.workflow.recruitment;

import java.util.Arrays;
import java.util.Optional;

/** The applicant categories whose SKD thresholds differ (KepmenPANRB 651/2023, 321/2024). */
public enum Kategori {
  UMUM, CUMLAUDE, DIASPORA, DISABILITAS, PAPUA, DAERAH_TERTINGGAL;

  public static Optional<Kategori> of(String text) {
    return Arrays.stream(values()).filter(k -> k.name().equals(text)).findFirst();
  }
}
