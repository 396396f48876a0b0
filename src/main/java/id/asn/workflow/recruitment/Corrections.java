package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The committee's corrections of administrative results as the task's form takes them, one per line:
 * {@code nomorPeserta;LULUS|TIDAK_LULUS;alasan}. Every correction needs its reason (V.B.7–8).
 */
final class Corrections {

  static final String FIELD = "koreksiAdministrasi";
  static final int MAX = 1000;

  private Corrections() {}

  static List<CorrectionRepository.Correction> parse(String text, Set<String> registered) {
    List<CorrectionRepository.Correction> corrections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = text.isBlank() ? new String[0] : text.strip().split("\\R");
    if (lines.length > MAX) {
      throw new InvalidCompletionException(FIELD, "paling banyak " + MAX + " koreksi sekali simpan");
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = "baris " + (i + 1) + ": ";
      String[] parts = line.split(";", 3);
      if (parts.length < 3 || parts[2].isBlank()) {
        throw new InvalidCompletionException(FIELD, where + "tulis nomorPeserta;LULUS atau TIDAK_LULUS;alasan");
      }
      String nomor = parts[0].strip();
      String hasil = parts[1].strip();
      if (!registered.contains(nomor)) {
        throw new InvalidCompletionException(FIELD, where + "nomor peserta " + nomor + " tidak terdaftar pada periode ini");
      }
      if (!hasil.equals("LULUS") && !hasil.equals("TIDAK_LULUS")) {
        throw new InvalidCompletionException(FIELD, where + "hasil harus LULUS atau TIDAK_LULUS, bukan '" + hasil + "'");
      }
      if (parts[2].strip().length() > 1000) {
        throw new InvalidCompletionException(FIELD, where + "alasan paling panjang 1000 karakter");
      }
      if (!seen.add(nomor)) {
        throw new InvalidCompletionException(FIELD, where + "nomor peserta " + nomor + " disebut lebih dari sekali");
      }
      corrections.add(new CorrectionRepository.Correction(nomor, hasil.equals("LULUS"), parts[2].strip()));
    }
    return corrections;
  }
}
