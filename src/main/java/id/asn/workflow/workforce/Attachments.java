package id.asn.workflow.workforce;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The attachments of a needs proposal (Peraturan BKN 9/2022, kelengkapan usul h and i): a central instansi
 * describes its characteristics, a regional one its geography, population, area and potential; both give
 * the personnel-spending ratio. A province also gives how many regencies and cities it coordinates, which
 * the technical consideration divides its staff by.
 */
record Attachments(String karakteristikInstansi, String kondisiGeografis, String potensiDaerah,
    Long jumlahPenduduk, BigDecimal luasWilayah, Integer jumlahKabupatenKota, BigDecimal belanjaPegawai,
    BigDecimal belanjaTotal) {

  public static final Attachments NONE = new Attachments(null, null, null, null, null, null, null, null);

  static final int MAX_TEXT = 4000;
  static final BigDecimal MAX_RUPIAH = new BigDecimal("1000000000000000000");

  public boolean isEmpty() {
    return belanjaPegawai == null;
  }

  /** Personnel spending over total spending, in percent with two decimals. */
  public Optional<BigDecimal> rasioBelanjaPegawaiPersen() {
    if (belanjaPegawai == null || belanjaTotal == null || belanjaTotal.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(belanjaPegawai.multiply(BigDecimal.valueOf(100)).divide(belanjaTotal, 2, RoundingMode.HALF_UP));
  }

  /** Reads and checks the fields a task form sends for the kind of instansi. */
  public static Attachments of(JenisInstansi jenis, CompletionValues values) {
    BigDecimal pegawai = values.requiredDecimal("belanjaPegawai", BigDecimal.ONE, MAX_RUPIAH,
        "anggaran belanja pegawai dalam rupiah");
    BigDecimal total = values.requiredDecimal("belanjaTotal", BigDecimal.ONE, MAX_RUPIAH,
        "seluruh anggaran belanja " + (jenis.isDaerah() ? "daerah" : "instansi") + " dalam rupiah");
    if (pegawai.compareTo(total) > 0) {
      throw new InvalidCompletionException("belanjaPegawai", "tidak boleh melebihi seluruh anggaran belanja");
    }
    if (!jenis.isDaerah()) {
      return new Attachments(values.requiredText("karakteristikInstansi", MAX_TEXT,
          "karakteristik instansi (susunan organisasi, jenis dan sifat urusan pemerintahan)"),
          null, null, null, null, null, pegawai, total);
    }
    String geografis = values.requiredText("kondisiGeografis", MAX_TEXT, "kondisi geografis daerah");
    String potensi = values.requiredText("potensiDaerah", MAX_TEXT, "pengembangan potensi daerah");
    long penduduk = values.requiredWhole("jumlahPenduduk", 1, 500_000_000, "jumlah penduduk");
    BigDecimal luas = values.requiredDecimal("luasWilayah", new BigDecimal("0.01"), new BigDecimal("5000000"),
        "luas wilayah dalam km²").setScale(2, RoundingMode.HALF_UP);
    Integer kabKota = jenis == JenisInstansi.PROVINSI
        ? (int) values.requiredWhole("jumlahKabupatenKota", 1, 200, "jumlah kabupaten/kota yang dikoordinasikan")
        : null;
    return new Attachments(null, geografis, potensi, penduduk, luas, kabKota, pegawai, total);
  }
}
