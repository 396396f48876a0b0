package id.asn.workflow.recruitment;

import id.asn.workflow.tabular.ImportedFile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CSV imports of a recruitment period, by the path segment of their endpoint, with their columns. The
 * optional formasi columns {@code jenjang}, {@code sertifikasiWajib}, {@code ambangTeknis} and applicant columns
 * {@code sertifikatProfesi}, {@code pemberhentian} are read in PPPK periods; {@code batasUsia} in PNS periods.
 */
public enum ImportKind implements ImportedFile {
  FORMASI("formasi", "formasi", List.of("kodeFormasi", "jabatan", "unitKerja", "kualifikasiPendidikan", "jumlah"),
      List.of("batasUsia", "jenjang", "sertifikasiWajib", "ambangTeknis", "jpt")),
  PELAMAR("pelamar", "pelamar", List.of("nomorPeserta", "nik", "nama", "tanggalLahir", "jenisKelamin", "pendidikan",
      "kodeFormasi", "kategori"), List.of("tanggalMelamar", "sertifikatProfesi", "pemberhentian")),
  NILAI_SKD("nilai-skd", "nilai SKD", List.of("nomorPeserta", "twk", "tiu", "tkp"), List.of()),
  NILAI_SKB("nilai-skb", "nilai SKB", List.of("nomorPeserta", "nilaiSkb"), List.of()),
  NILAI_KOMPETENSI("nilai-kompetensi", "nilai kompetensi dan wawancara PPPK",
      List.of("nomorPeserta", "teknis", "manajerialSosialKultural", "wawancara"), List.of());

  private final String path;
  private final String label;
  private final List<String> required;
  private final List<String> optional;

  ImportKind(String path, String label, List<String> required, List<String> optional) {
    this.path = path;
    this.label = label;
    this.required = required;
    this.optional = optional;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String label() {
    return label;
  }

  /** SKD and SKB scores belong to PNS periods, competence and interview scores to PPPK periods; the rest to both. */
  boolean appliesTo(Periode periode) {
    return switch (this) {
      case NILAI_SKD, NILAI_SKB -> !periode.pppk();
      case NILAI_KOMPETENSI -> periode.pppk();
      default -> true;
    };
  }

  public List<String> required() {
    return required;
  }

  public List<String> optional() {
    return optional;
  }

  public static Optional<ImportKind> ofPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
