package id.asn.workflow.kernel.document;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents a usul must carry and what each must be. The content is judged by its bytes
 * ({@link DocumentBytes}), never by the file name or the media type the browser claims.
 */
public final class DocumentRules {

  private DocumentRules() {}

  /**
   * The problems of a set of uploaded documents, in document order.
   *
   * @param uploaded the documents sent now
   * @param kept the types already stored for the usul (none on a first submission)
   * @param jenisAsn the usul's kind, or null when it is itself invalid: then only what every usul needs is checked
   */
  public static List<FieldProblem> check(Map<DocumentType, UploadedDocument> uploaded, Set<DocumentType> kept,
      JenisAsn jenisAsn) {
    List<FieldProblem> problems = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      UploadedDocument document = uploaded.get(type);
      if (document == null) {
        if (isRequired(type, jenisAsn) && !kept.contains(type)) {
          problems.add(new FieldProblem(type.name(), "wajib diunggah"));
        }
        continue;
      }
      if (jenisAsn != null && !type.isAllowedFor(jenisAsn)) {
        problems.add(new FieldProblem(type.name(), "hanya untuk usul " + JenisAsn.PPPK + ", bukan " + jenisAsn));
        continue;
      }
      problems.addAll(checkContent(document));
    }
    return problems;
  }

  /** Whether the bytes are a whole file of the document's format, no archive, and within its size limit. */
  public static List<FieldProblem> checkContent(UploadedDocument document) {
    DocumentType type = document.type();
    if (document.size() == 0) {
      return List.of(new FieldProblem(type.name(), "berkas kosong"));
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!DocumentBytes.hasFormat(document.content(), type.format())) {
      problems.add(new FieldProblem(type.name(),
          "bukan berkas " + type.format().name() + " (isi berkas diperiksa, bukan namanya)"));
    } else if (DocumentBytes.isZipArchive(document.content())) {
      problems.add(new FieldProblem(type.name(), "berisi arsip ZIP yang disamarkan sebagai " + type.format().name()
          + "; unggah dokumennya sendiri, bukan arsip"));
    } else if (!DocumentBytes.isWhole(document.content(), type.format())) {
      problems.add(new FieldProblem(type.name(), "berkas " + type.format().name() + " tidak utuh atau berisi data lain "
          + "setelah akhir berkasnya (mis. arsip ZIP yang ditempelkan); simpan atau pindai ulang berkasnya"));
    }
    if (document.size() > type.maxBytes()) {
      problems.add(new FieldProblem(type.name(), "melebihi batas " + describeSize(type.maxBytes())));
    }
    return problems;
  }

  /** Whether {@code content}, sent as part {@code field}, is one whole PDF within {@code maxBytes}. */
  public static List<FieldProblem> checkPdf(String field, byte[] content, int maxBytes) {
    if (content == null || content.length == 0) {
      return List.of(new FieldProblem(field, "wajib dikirim (PDF)"));
    }
    if (!DocumentBytes.hasFormat(content, DocumentType.Format.PDF) || DocumentBytes.isZipArchive(content)
        || !DocumentBytes.isWhole(content, DocumentType.Format.PDF)) {
      return List.of(new FieldProblem(field, "bukan berkas PDF yang utuh (isi berkas diperiksa, bukan namanya)"));
    }
    if (content.length > maxBytes) {
      return List.of(new FieldProblem(field, "melebihi batas " + describeSize(maxBytes)));
    }
    return List.of();
  }

  /** 1048576 → "1 MB", 512000 → "500 KB": the limit as the operator's file manager shows sizes. */
  static String describeSize(int bytes) {
    int mebibyte = 1024 * 1024;
    if (bytes % mebibyte == 0) {
      return bytes / mebibyte + " MB";
    }
    return bytes / 1024 + " KB";
  }

  private static boolean isRequired(DocumentType type, JenisAsn jenisAsn) {
    // with an unknown kind, still require what every usul needs (the PNS set has nothing PPPK-only)
    return type.isRequiredFor(jenisAsn == null ? JenisAsn.PNS : jenisAsn);
  }
}
