package id.asn.workflow.calendar;

import id.asn.workflow.kernel.Refusal;
import java.util.Objects;

/**
 * A time limit a regulation sets, one row of {@code processes/tenggat.dmn}: how many of which unit. The steps count
 * in the unit the regulation uses; a row whose unit an administrator changed is refused by name (409) rather than
 * read as the wrong unit.
 */
public record TimeLimit(String tenggat, int jumlah, Satuan satuan) {

  public enum Satuan { HARI_KERJA, HARI_KALENDER, BULAN, TAHUN }

  public TimeLimit {
    Objects.requireNonNull(tenggat, "tenggat");
    Objects.requireNonNull(satuan, "satuan");
    if (jumlah < 0) {
      throw new IllegalArgumentException("Tenggat " + tenggat + " pada tabel tenggat bernilai negatif: " + jumlah);
    }
  }

  /** The amount, for a step that counts in {@code unit}. */
  public int in(Satuan unit) {
    if (satuan != unit) {
      throw Refusal.conflict("Tenggat " + tenggat + " pada tabel tenggat (processes/tenggat.dmn) dinyatakan "
          + "dalam " + satuan + ", sedangkan langkah ini menghitungnya dalam " + unit + " sesuai peraturan; administrator "
          + "perlu memperbaiki tabel itu (docs/rules.md)");
    }
    return jumlah;
  }
}
