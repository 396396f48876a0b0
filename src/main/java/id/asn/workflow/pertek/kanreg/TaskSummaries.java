package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.web.MarkdownText;
import java.util.List;

/**
 * What the verifier and the signer read in their Tasklist forms, as Markdown rendered by the form's text
 * field: the candidate's data with names and dates as people write them, every document with a link that opens
 * it in a new tab (the form keeps what was chosen), the pre-check findings, the draft.
 */
final class TaskSummaries {

  /** Names the summaries show instead of codes: the instansi's name, the verifier's name and NIP. */
  record Names(String instansi, String verifier) {}

  private TaskSummaries() {}

  static String verification(UsulNi usul, SelectionReference seleksi, CollectiveProposal kolektif,
      List<StoredDocument> documents, List<Finding> findings, String golonganRuang, Names names) {
    StringBuilder md = new StringBuilder();
    md.append("### Usul penetapan NI ").append(usul.jenisAsn()).append(": ").append(MarkdownText.escape(usul.nama())).append("\n\n");
    candidate(md, usul, golonganRuang, names);
    selection(md, seleksi);
    collective(md, kolektif);
    documents(md, usul, documents);
    md.append("\n#### Temuan pemeriksaan awal (bahan pertimbangan, bukan keputusan)\n\n");
    for (Finding finding : findings) {
      md.append("- ").append(finding.sesuai() ? "✔ " : "⚠ **").append(MarkdownText.escape(finding.aspek()))
          .append(finding.sesuai() ? "" : "**").append(": ").append(MarkdownText.escape(finding.keterangan())).append("\n");
    }
    return md.toString();
  }

  /** What a BTS decided today gives a PPPK instansi: the last day, flagged where the calendar is provisional. */
  static String ifReturnedPppk(Deadline deadline, int workingDays) {
    return ifReturned("Instansi diberi waktu sampai **" + IndonesianText.date(deadline.tanggal()) + "** (" + workingDays
        + " hari kerja sejak hari ini) untuk memperbaiki; setelah itu usul kedaluwarsa (Lampiran II VI.6.c)."
        + (deadline.sementara() ? " ⚠ " + deadline.note() : ""));
  }

  /** A PNS usul found BTS waits for its correction without a last day. */
  static String ifReturnedPns() {
    return ifReturned("Tanpa batas waktu: usul menunggu perbaikan instansi, yang diingatkan berkala, sampai diperbaiki"
        + " atau ditarik (Lampiran I VI.A.5.d.2).");
  }

  private static String ifReturned(String line) {
    return "\n#### Bila dikembalikan hari ini (BTS)\n\n- " + line + "\n";
  }

  private static void documents(StringBuilder md, UsulNi usul, List<StoredDocument> documents) {
    md.append("\n#### Dokumen (dibuka di tab baru)\n\n");
    if (documents.isEmpty()) {
      md.append("- (tidak ada dokumen)\n");
    }
    for (StoredDocument document : documents) {
      md.append("- ").append(MarkdownText.link(document.jenis().label(), documentUrl(usul.id(), document.jenis())))
          .append(" · ").append(MarkdownText.escape(document.namaFile())).append(" · ").append(size(document.ukuran())).append("\n");
    }
  }

  /** The covering letter and nominative list of the collective proposal the usul came in (VI.A.4.a). */
  private static void collective(StringBuilder md, CollectiveProposal kolektif) {
    if (kolektif == null) {
      md.append("- **Surat pengantar:** (usul dikirim sendiri, bukan dalam usul kolektif)\n");
      return;
    }
    md.append("- **Surat pengantar:** ").append(MarkdownText.link("nomor " + kolektif.nomorSurat() + " tanggal "
        + IndonesianText.date(kolektif.tanggalSurat()), kolektif.suratUrl())).append(", ditandatangani ")
        .append(MarkdownText.escape(kolektif.pejabatNama())).append(", NIP ").append(kolektif.pejabatNip()).append(", ")
        .append(MarkdownText.escape(kolektif.pejabatJabatan())).append(" (")
        .append(kolektif.tingkatJabatan().label()).append(")\n");
    md.append("- **Daftar nominatif:** ").append(MarkdownText.link(kolektif.peserta().size() + " peserta",
        kolektif.daftarUrl())).append("\n");
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

  /**
   * The signer's view: the draft, and what the verifier saw (the documents, and the pre-check findings that needed
   * attention and that the verifier accepted by choosing MS).
   */
  static String draft(UsulNi usul, String nomorInduk, String golonganRuang, PertekDocuments.Draft pertek,
      List<StoredDocument> documents, List<Finding> findings, Names names) {
    StringBuilder md = new StringBuilder();
    md.append("### Konsep Persetujuan Teknis Penetapan NI ").append(usul.jenisAsn()).append("\n\n");
    md.append("**").append(MarkdownText.link("Buka konsep Pertek (PDF)", pertek.konsepUrl()))
        .append("**: dokumen inilah yang ditandatangani secara elektronik bila disetujui.\n\n");
    md.append("- **Nomor Pertek:** ").append(MarkdownText.escape(pertek.nomor())).append("\n");
    md.append("- **Tanggal:** ").append(IndonesianText.date(pertek.tanggal())).append("\n");
    md.append("- **Nomor Induk baru:** ").append(IndonesianText.nomorInduk(nomorInduk, usul.jenisAsn())).append("\n");
    md.append("- **Nama:** ").append(MarkdownText.escape(usul.nama())).append("\n");
    candidate(md, usul, golonganRuang, names);
    md.append("- **Diverifikasi oleh:** ").append(MarkdownText.escape(names.verifier())).append("\n");
    List<Finding> accepted = findings.stream().filter(f -> !f.sesuai()).toList();
    md.append("\n#### Temuan pemeriksaan awal yang diterima verifikator\n\n");
    if (accepted.isEmpty()) {
      md.append("- (tidak ada: semua aspek sesuai)\n");
    }
    for (Finding finding : accepted) {
      md.append("- ⚠ **").append(MarkdownText.escape(finding.aspek())).append("**: ")
          .append(MarkdownText.escape(finding.keterangan())).append("\n");
    }
    documents(md, usul, documents);
    return md.toString();
  }

  private static void candidate(StringBuilder md, UsulNi usul, String golonganRuang, Names names) {
    md.append("- **Instansi:** ").append(MarkdownText.escape(names.instansi())).append("\n");
    md.append("- **Nomor peserta:** ").append(MarkdownText.escape(usul.nomorPeserta())).append("\n");
    md.append("- **NIK:** ").append(MarkdownText.escape(usul.nik())).append("\n");
    md.append("- **Tempat, tanggal lahir:** ").append(MarkdownText.escape(usul.tempatLahir())).append(", ")
        .append(IndonesianText.date(usul.tanggalLahir())).append("\n");
    md.append("- **Jenis kelamin:** ").append(IndonesianText.gender(usul.jenisKelamin())).append("\n");
    md.append("- **Pendidikan:** ").append(IndonesianText.education(usul.pendidikan())).append("\n");
    md.append("- **Jabatan:** ").append(MarkdownText.escape(usul.jabatan())).append("\n");
    md.append("- **Unit kerja:** ").append(MarkdownText.escape(usul.unitKerja())).append("\n");
    md.append("- **TMT:** ").append(IndonesianText.date(usul.tmt())).append("\n");
    md.append("- **Agama:** ").append(IndonesianText.religion(usul.agama())).append("\n");
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
