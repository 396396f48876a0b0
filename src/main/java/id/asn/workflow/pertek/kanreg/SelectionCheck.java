package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.pertek.SelectionRecords;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Holds a usul against the selection it rests on (Lampiran I VI.A.5.a, II VI.5.a): the formasi exists, the position
 * and education match it, and the candidate passed (or was called as a replacement) with the rank and score the
 * usul states. It informs the verifier; it decides nothing.
 */
final class SelectionCheck {

  static final String TITLE = "Hasil seleksi";

  private SelectionCheck() {}

  /** The usul's reference, and what this system's records say (null: the period is not recorded here). */
  record Selection(SelectionReference reference, SelectionRecords.Facts facts) {

    static final Selection NONE = new Selection(null, null);
  }

  static List<Finding> check(UsulNi usul, Selection selection) {
    SelectionReference ref = selection.reference();
    if (ref == null) {
      return List.of(Finding.attention(TITLE, "Usul tidak memuat rujukan seleksi (periode dan kode formasi): kelulusan "
          + "tidak dapat dicocokkan dengan hasil seleksi; periksa pengumuman kelulusan panitia."));
    }
    SelectionRecords.Facts facts = selection.facts();
    if (facts == null) {
      return List.of(Finding.attention(TITLE, "Periode seleksi " + ref.periodeId() + " tidak tercatat di sistem ini: "
          + "cocokkan formasi " + ref.kodeFormasi() + " dan kelulusan dengan pengumuman panitia."));
    }
    if (facts.formasi() == null) {
      return List.of(Finding.attention(TITLE, "Formasi " + ref.kodeFormasi() + " tidak ada pada periode "
          + ref.periodeId() + "."));
    }
    List<Finding> findings = new ArrayList<>();
    formasi(usul, facts.formasi(), findings);
    result(ref, facts, findings);
    if (findings.isEmpty()) {
      findings.add(Finding.ok(TITLE, "Sesuai hasil seleksi " + ref.periodeId() + ": formasi " + ref.kodeFormasi()
          + " (" + facts.formasi().jabatan() + "), peringkat " + facts.hasil().peringkat()
          + (facts.hasil().nilaiAkhir() == null ? "" : ", nilai akhir " + facts.hasil().nilaiAkhir().stripTrailingZeros().toPlainString())
          + (facts.pengganti() ? ", dipanggil sebagai pengganti" : "") + "."));
    }
    return findings;
  }

  private static void formasi(UsulNi usul, SelectionRecords.Formasi formasi, List<Finding> findings) {
    if (!normal(usul.jabatan()).equals(normal(formasi.jabatan()))) {
      findings.add(Finding.attention(TITLE, "Jabatan usul \"" + usul.jabatan() + "\" tidak sama dengan jabatan formasi "
          + formasi.kode() + " \"" + formasi.jabatan() + "\"."));
    }
  }

  private static void result(SelectionReference ref, SelectionRecords.Facts facts, List<Finding> findings) {
    SelectionRecords.Hasil hasil = facts.hasil();
    if (hasil == null) {
      findings.add(Finding.attention(TITLE, "Peserta tidak ada dalam hasil akhir periode " + ref.periodeId() + "."));
      return;
    }
    if (!hasil.kodeFormasi().equals(ref.kodeFormasi())) {
      findings.add(Finding.attention(TITLE, "Hasil akhir peserta tercatat pada formasi " + hasil.kodeFormasi()
          + ", bukan " + ref.kodeFormasi() + "."));
    }
    if (!hasil.lulus() && !facts.pengganti()) {
      findings.add(Finding.attention(TITLE, "Peserta tidak dinyatakan lulus dan tidak dipanggil sebagai pengganti "
          + "(peringkat " + hasil.peringkat() + ")."));
    }
    if (ref.peringkat() != null && ref.peringkat() != hasil.peringkat()) {
      findings.add(Finding.attention(TITLE, "Peringkat pada usul " + ref.peringkat() + ", pada hasil akhir "
          + hasil.peringkat() + "."));
    }
    if (ref.nilaiAkhir() != null && (hasil.nilaiAkhir() == null || ref.nilaiAkhir().compareTo(hasil.nilaiAkhir()) != 0)) {
      findings.add(Finding.attention(TITLE, "Nilai akhir pada usul " + ref.nilaiAkhir().stripTrailingZeros().toPlainString()
          + ", pada hasil akhir " + (hasil.nilaiAkhir() == null ? "tidak ada" : hasil.nilaiAkhir().stripTrailingZeros().toPlainString()) + "."));
    }
  }

  private static String normal(String text) {
    return Objects.requireNonNullElse(text, "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
