package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.web.MarkdownText;
import java.util.List;

/**
 * What the verifier and the signer read in their Tasklist forms, as Markdown rendered by the form's text
 * field: the candidate's data, every document with a link that opens it, the pre-check findings, the draft.
 */
final class TaskSummaries {

  private TaskSummaries() {}

  static String verification(UsulNi usul, SelectionReference seleksi, CollectiveProposal kolektif,
      List<StoredDocument> documents, List<Finding> findings, String golonganRuang) {
    StringBuilder md = new StringBuilder();
    md.append("### Usul penetapan NI ").append(usul.jenisAsn()).append(": ").append(MarkdownText.escape(usul.nama())).append("\n\n");
    candidate(md, usul, golonganRuang);
    selection(md, seleksi);
    collective(md, kolektif);
    md.append("\n#### Dokumen\n\n");
    if (documents.isEmpty()) {
      md.append("- (tidak ada dokumen)\n");
    }
    for (StoredDocument document : documents) {
      md.append("- [").append(MarkdownText.escape(document.jenis().label())).append("](").append(documentUrl(usul.id(), document.jenis()))
          .append(") · ").append(MarkdownText.escape(document.namaFile())).append(" · ").append(size(document.ukuran())).append("\n");
    }
    md.append("\n#### Temuan pemeriksaan awal (bahan pertimbangan, bukan keputusan)\n\n");
    for (Finding finding : findings) {
      md.append("- ").append(finding.sesuai() ? "✔ " : "⚠ **").append(MarkdownText.escape(finding.aspek()))
          .append(finding.sesuai() ? "" : "**").append(": ").append(MarkdownText.escape(finding.keterangan())).append("\n");
    }
    return md.toString();
  }

  /** The covering letter and nominative list of the collective proposal the usul came in (VI.A.4.a). */
  private static void collective(StringBuilder md, CollectiveProposal kolektif) {
    if (kolektif == null) {
      md.append("- **Surat pengantar:** (usul dikirim sendiri, bukan dalam usul kolektif)\n");
      return;
    }
    md.append("- **Surat pengantar:** [nomor ").append(MarkdownText.escape(kolektif.nomorSurat())).append(" tanggal ")
        .append(kolektif.tanggalSurat()).append("](").append(kolektif.suratUrl()).append("), ditandatangani ")
        .append(MarkdownText.escape(kolektif.pejabatNama())).append(", NIP ").append(kolektif.pejabatNip()).append(", ")
        .append(MarkdownText.escape(kolektif.pejabatJabatan())).append(" (")
        .append(kolektif.tingkatJabatan().label()).append(")\n");
    md.append("- **Daftar nominatif:** [").append(kolektif.peserta().size()).append(" peserta](")
        .append(kolektif.daftarUrl()).append(")\n");
  }

  /** The selection the usul rests on, as the instansi or the appointment stated it. */
  private static void selection(StringBuilder md, SelectionReference seleksi) {
    if (seleksi == null) {
      md.append("- **Seleksi:** (usul tidak memuat periode dan formasi)\n");
      return;
    }
    md.append("- **Periode seleksi:** ").append(MarkdownText.escape(seleksi.periodeId())).append("\n");
    md.append("- **Kode formasi:** ").append(MarkdownText.escape(seleksi.kodeFormasi())).append("\n");
    md.append("- **Nilai akhir:** ").append(seleksi.nilaiAkhir() == null ? "(tidak disebut)"
        : seleksi.nilaiAkhir().stripTrailingZeros().toPlainString()).append("\n");
    md.append("- **Peringkat:** ").append(seleksi.peringkat() == null ? "(tidak disebut)" : seleksi.peringkat())
        .append("\n");
  }

  static String draft(UsulNi usul, String nomorInduk, String golonganRuang, String verifier, PertekDocuments.Draft pertek) {
    StringBuilder md = new StringBuilder();
    md.append("### Konsep Persetujuan Teknis Penetapan NI ").append(usul.jenisAsn()).append("\n\n");
    md.append("**[Buka konsep Pertek (PDF)](").append(pertek.konsepUrl()).append(")**: dokumen inilah yang ditandatangani ")
        .append("secara elektronik bila disetujui.\n\n");
    md.append("- **Nomor Pertek:** ").append(MarkdownText.escape(pertek.nomor())).append("\n");
    md.append("- **Tanggal:** ").append(pertek.tanggal()).append("\n");
    md.append("- **Nomor Induk baru:** ").append(nomorInduk).append("\n");
    candidate(md, usul, golonganRuang);
    md.append("- **Diverifikasi oleh:** ").append(MarkdownText.escape(verifier)).append("\n");
    md.append("\nDokumen usul: [lihat data dan dokumen](/api/usul-ni/").append(usul.id()).append(")\n");
    return md.toString();
  }

  private static void candidate(StringBuilder md, UsulNi usul, String golonganRuang) {
    md.append("- **Instansi:** ").append(MarkdownText.escape(usul.instansi())).append("\n");
    md.append("- **Nomor peserta:** ").append(MarkdownText.escape(usul.nomorPeserta())).append("\n");
    md.append("- **NIK:** ").append(MarkdownText.escape(usul.nik())).append("\n");
    md.append("- **Tempat, tanggal lahir:** ").append(MarkdownText.escape(usul.tempatLahir())).append(", ").append(usul.tanggalLahir())
        .append("\n");
    md.append("- **Jenis kelamin:** ").append("P".equals(usul.jenisKelamin()) ? "Perempuan" : "Laki-laki").append("\n");
    md.append("- **Pendidikan:** ").append(usul.pendidikan()).append("\n");
    md.append("- **Jabatan:** ").append(MarkdownText.escape(usul.jabatan())).append("\n");
    md.append("- **Unit kerja:** ").append(MarkdownText.escape(usul.unitKerja())).append("\n");
    md.append("- **TMT:** ").append(usul.tmt()).append("\n");
    md.append("- **Agama:** ").append(MarkdownText.escape(usul.agama())).append("\n");
    if (golonganRuang != null) {
      md.append("- **Golongan ruang awal:** ").append(golonganRuang).append("\n");
    }
  }

  static String size(long bytes) {
    return bytes < 1024 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.0f KB", bytes / 1024.0);
  }

  static String documentUrl(String usulId, DocumentType type) {
    return "/api/usul-ni/" + usulId + "/dokumen/" + type.name();
  }

}
