package id.asn.workflow.pertek.query;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.PertekLookup.PertekRef;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A usul as {@code GET /api/usul-ni/{id}} shows it: where it stands, the candidate's data and the current documents. */
record UsulDetail(
    String id,
    UsulStatus status,
    JenisAsn jenisAsn,
    String nomorPeserta,
    String nama,
    String nomorInduk,
    String alasan,
    PertekRef pertek,
    UsulRepository.BatasPerbaikan batasPerbaikan,
    String instansi,
    String nik,
    String tempatLahir,
    LocalDate tanggalLahir,
    String jenisKelamin,
    String pendidikan,
    String jabatan,
    String unitKerja,
    LocalDate tmt,
    String agama,
    Instant dibuat,
    Instant diperbarui,
    List<Dokumen> dokumen) {

  record Dokumen(DocumentType jenis, String label, String namaFile, String mediaType, long ukuran, String sha256,
      Instant diunggah, String url) {}

  static UsulDetail of(UsulNi usul, PertekRef pertek, UsulRepository.BatasPerbaikan batasPerbaikan,
      List<StoredDocument> documents) {
    List<Dokumen> dokumen = documents.stream()
        .map(d -> new Dokumen(d.jenis(), d.jenis().label(), d.namaFile(), d.mediaType(), d.ukuran(), d.sha256(),
            d.diunggah(), documentUrl(usul.id(), d.jenis())))
        .toList();
    return new UsulDetail(usul.id(), usul.status(), usul.jenisAsn(), usul.nomorPeserta(), usul.nama(), usul.nomorInduk(),
        usul.alasan(), pertek, batasPerbaikan, usul.instansi(), usul.nik(), usul.tempatLahir(), usul.tanggalLahir(), usul.jenisKelamin(),
        usul.pendidikan(), usul.jabatan(), usul.unitKerja(), usul.tmt(), usul.agama(), usul.dibuat(), usul.diperbarui(),
        dokumen);
  }

  /** Relative to the server, so that it works behind any proxy; Tasklist forms open it as it is. */
  static String documentUrl(String usulId, DocumentType type) {
    return "/api/usul-ni/" + usulId + "/dokumen/" + type.name();
  }
}
