package id.asn.workflow.kernel.document;

import id.asn.workflow.kernel.DocumentType;
import java.time.Instant;

/** One version of one document of a usul: which bytes (by hash), under what name, and whether it is current. */
public record StoredDocument(
    long id,
    String usulId,
    DocumentType jenis,
    String sha256,
    String namaFile,
    String mediaType,
    long ukuran,
    boolean berlaku,
    Instant diunggah) {
}
