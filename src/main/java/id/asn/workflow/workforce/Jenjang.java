package id.asn.workflow.workforce;

import java.util.Arrays;
import java.util.Optional;

/**
 * The level of a position within its kind, from the highest to the lowest of each kind. The job map lists
 * positions from the highest to the lowest; the technical consideration groups staff by {@link #kelompok()}.
 */
public enum Jenjang {
  UTAMA(JenisJabatan.JPT, "JPT Utama", Kelompok.JPT),
  MADYA(JenisJabatan.JPT, "JPT Madya", Kelompok.JPT),
  PRATAMA(JenisJabatan.JPT, "JPT Pratama", Kelompok.JPT),
  ADMINISTRATOR(JenisJabatan.JA, "Administrator", Kelompok.ADMINISTRATOR),
  PENGAWAS(JenisJabatan.JA, "Pengawas", Kelompok.PENGAWAS),
  PELAKSANA(JenisJabatan.JA, "Pelaksana", Kelompok.PELAKSANA),
  AHLI_UTAMA(JenisJabatan.JF, "JF Ahli Utama", Kelompok.JF),
  AHLI_MADYA(JenisJabatan.JF, "JF Ahli Madya", Kelompok.JF),
  AHLI_MUDA(JenisJabatan.JF, "JF Ahli Muda", Kelompok.JF),
  AHLI_PERTAMA(JenisJabatan.JF, "JF Ahli Pertama", Kelompok.JF),
  PENYELIA(JenisJabatan.JF, "JF Penyelia", Kelompok.JF),
  MAHIR(JenisJabatan.JF, "JF Mahir", Kelompok.JF),
  TERAMPIL(JenisJabatan.JF, "JF Terampil", Kelompok.JF),
  PEMULA(JenisJabatan.JF, "JF Pemula", Kelompok.JF);

  /** The groups whose ratios the technical consideration reports (administrator, pengawas, pelaksana, JF). */
  public enum Kelompok {
    JPT("JPT"), ADMINISTRATOR("Administrator"), PENGAWAS("Pengawas"), PELAKSANA("Pelaksana"), JF("Jabatan Fungsional");

    private final String label;

    Kelompok(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final JenisJabatan jenis;
  private final String label;
  private final Kelompok kelompok;

  Jenjang(JenisJabatan jenis, String label, Kelompok kelompok) {
    this.jenis = jenis;
    this.label = label;
    this.kelompok = kelompok;
  }

  public JenisJabatan jenis() {
    return jenis;
  }

  public String label() {
    return label;
  }

  public Kelompok kelompok() {
    return kelompok;
  }

  public static Optional<Jenjang> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    return Arrays.stream(values()).filter(j -> j.name().equals(name)).findFirst();
  }

  /** The level names of a kind, for error messages. */
  public static String namesOf(JenisJabatan jenis) {
    return String.join(", ", Arrays.stream(values()).filter(j -> j.jenis == jenis).map(Enum::name).toList());
  }
}
