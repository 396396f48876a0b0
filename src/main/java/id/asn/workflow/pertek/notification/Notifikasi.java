package id.asn.workflow.pertek.notification;

import java.time.Instant;

/** A message sent to an instansi about one of its usul; {@code nama} is the candidate's, to recognise it by. */
public record Notifikasi(long id, String instansi, String usulId, String nama, String jenis, String judul, String pesan,
    Instant dibuat) {
}
