package id.asn.workflow.appointment;

import java.util.Objects;

/** One document's status with the reason; a document that is not valid or missing must say why. */
record DocumentReview(AppointmentDocument dokumen, DocumentStatus status, String alasan) {

  public DocumentReview {
    Objects.requireNonNull(dokumen, "dokumen");
    Objects.requireNonNull(status, "status");
    alasan = alasan == null ? "" : alasan.strip();
    if (status != DocumentStatus.SAH && alasan.isEmpty()) {
      throw new IllegalArgumentException("Alasan wajib diisi untuk " + dokumen.label() + " yang berstatus " + status);
    }
  }

  public static DocumentReview sah(AppointmentDocument dokumen) {
    return new DocumentReview(dokumen, DocumentStatus.SAH, "");
  }
}
