package id.asn.workflow.workforce;

import id.asn.workflow.tabular.ImportedFile;
import java.util.Arrays;
import java.util.Optional;

/** The four CSV imports of a planning, by the path segment of their endpoint. */
public enum ImportKind implements ImportedFile {
  UNIT_ORGANISASI("unit-organisasi", "unit organisasi"),
  JABATAN("jabatan", "jabatan (informasi jabatan)"),
  BEBAN_KERJA("beban-kerja", "uraian tugas analisis beban kerja"),
  PEGAWAI("pegawai", "pegawai ASN per 31 Desember");

  private final String path;
  private final String label;

  ImportKind(String path, String label) {
    this.path = path;
    this.label = label;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<ImportKind> ofPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
