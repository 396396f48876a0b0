package id.asn.workflow.calendar;

import id.asn.workflow.kernel.Refusal;
import java.util.Objects;

/**
 * A time limit a regulation sets, one row of {@code processes/tenggat.dmn}: how many of which unit. The steps count
 * in the unit the regulation uses; a row whose unit an administrator changed is refused by name (409) rather than
 * read as the wrong unit.
 */
public record TimeLimit(String tenggat, int jumlah, Satuan satuan) {

  public enum Satuan {
    HARI_KERJA("hari kerja"), HARI_KALENDER("hari kalender"), BULAN("bulan"), TAHUN("tahun");

    private final String label;

    Satuan(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public TimeLimit {
    Objects.requireNonNull(tenggat, "tenggat");
    Objects.requireNonNull(satuan, "satuan");
    if (jumlah < 0) {
      throw new IllegalArgumentException("Tenggat " + tenggat + " pada tabel tenggat bernilai negatif: " + jumlah);
    }
  }

  /** As a form states it: "15 hari kalender". */
  public String text() {
    return jumlah + " " + satuan.label();
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
