package id.asn.workflow.recruitment;

import java.util.Arrays;
import java.util.Optional;

/**
 * An applicant's earlier dismissal as the PPPK requirement IV.B.1.c and its exception IV.B.2 distinguish it: a
 * former PPPK dismissed with honour not at own request for missing performance targets or for a disciplinary
 * offence may apply; anyone else dismissed with honour not at own request (as PNS, PPPK, TNI or Polri) or without
 * honour (also as a private or state-enterprise employee) may not. No value: never dismissed.
 */
public enum Pemberhentian {
  PPPK_TIDAK_MEMENUHI_TARGET_KINERJA(true, "diberhentikan sebagai PPPK karena tidak memenuhi target kinerja"),
  PPPK_PELANGGARAN_DISIPLIN(true, "diberhentikan sebagai PPPK karena pelanggaran disiplin"),
  HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI(false, "pernah diberhentikan dengan hormat tidak atas permintaan sendiri"),
  TIDAK_DENGAN_HORMAT(false, "pernah diberhentikan tidak dengan hormat");

  private final boolean dikecualikan;
  private final String uraian;

  Pemberhentian(boolean dikecualikan, String uraian) {
    this.dikecualikan = dikecualikan;
    this.uraian = uraian;
  }

  /** Whether the exception of IV.B.2 lets the applicant apply all the same. */
  public boolean dikecualikan() {
    return dikecualikan;
  }

  public String uraian() {
    return uraian;
  }

  public static Optional<Pemberhentian> of(String text) {
    return Arrays.stream(values()).filter(p -> p.name().equals(text)).findFirst();
  }
}
