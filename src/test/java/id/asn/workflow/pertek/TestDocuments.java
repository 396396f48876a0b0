package id.asn.workflow.pertek;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.intake.UsulForm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** Small, valid-by-their-bytes documents and candidate data for the usul tests. */
public final class TestDocuments {

  private TestDocuments() {}

  /** A minimal one-page PDF; the note makes each document's bytes (and so its hash) its own. */
  public static byte[] pdf(String note) {
    String text = "%PDF-1.4\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
        + "% " + note + "\n"
        + "trailer << /Root 1 0 R >>\n"
        + "%%EOF\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The start of a JFIF JPEG: enough for a check by magic bytes. */
  public static byte[] jpeg(String note) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00});
    out.writeBytes(note.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  /** A whole PDF of exactly this many bytes: padding, then %%EOF at its end. */
  public static byte[] pdfOfSize(int size) {
    byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] content = Arrays.copyOf(pdf("padding"), size);
    Arrays.fill(content, pdf("padding").length, size - end.length, (byte) ' ');
    System.arraycopy(end, 0, content, size - end.length, end.length);
    return content;
  }

  public static byte[] validContent(DocumentType type, String note) {
    return type.format() == DocumentType.Format.JPEG ? jpeg(note + type) : pdf(note + type);
  }

  /** Every document a usul of this kind needs, each valid. */
  public static Map<DocumentType, byte[]> requiredDocuments(JenisAsn jenisAsn, String note) {
    Map<DocumentType, byte[]> documents = new EnumMap<>(DocumentType.class);
    for (DocumentType type : DocumentType.requiredFor(jenisAsn)) {
      documents.put(type, validContent(type, note));
    }
    return documents;
  }

  public static Map<DocumentType, UploadedDocument> uploaded(Map<DocumentType, byte[]> documents) {
    Map<DocumentType, UploadedDocument> uploaded = new EnumMap<>(DocumentType.class);
    documents.forEach((type, content) -> uploaded.put(type, new UploadedDocument(type, type.name() + ".pdf", content)));
    return uploaded;
  }

  /** The example of docs/api.md, for a given participant number. */
  public static UsulForm form(JenisAsn jenisAsn, String nomorPeserta) {
    return new UsulForm(jenisAsn.name(), nomorPeserta, "3325015705980001", "Siti Aminah", "Batang", "1998-05-17", "P",
        "S1", "Analis Kebijakan Ahli Pertama", "Badan Perencanaan Pembangunan Daerah", "2025-06-01", "ISLAM");
  }

  public static String json(UsulForm form) {
    return """
        {"jenisAsn": %s, "nomorPeserta": %s, "nik": %s, "nama": %s, "tempatLahir": %s, "tanggalLahir": %s,
         "jenisKelamin": %s, "pendidikan": %s, "jabatan": %s, "unitKerja": %s, "tmt": %s, "agama": %s}"""
        .formatted(q(form.jenisAsn()), q(form.nomorPeserta()), q(form.nik()), q(form.nama()), q(form.tempatLahir()),
            q(form.tanggalLahir()), q(form.jenisKelamin()), q(form.pendidikan()), q(form.jabatan()),
            q(form.unitKerja()), q(form.tmt()), q(form.agama()));
  }

  private static String q(String value) {
    return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
