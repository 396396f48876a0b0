package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The completeness and validity check of a candidate's documents (Perbup Batang 6/2023 Lampiran I VI.A.3): every
 * document of VI.A.2 is found valid, not valid or missing. Any document not valid means the file does not meet
 * the requirements: it is returned and no NIP can be proposed (VI.A.3.b last paragraph, c.3), whatever else is
 * missing. Otherwise any missing document means the candidate is asked to complete it by the deadline (c.2).
 * All valid: the file goes on to the NIP proposal (c.1).
 */
final class CompletenessCheck {

  private CompletenessCheck() {}

  public enum Outcome {
    /** All valid: prepared for the NIP proposal (VI.A.3.c.1). */
    SEMUA_SAH,
    /** Some missing: asked to complete by the deadline (VI.A.3.c.2). */
    BELUM_LENGKAP,
    /** Something not valid: returned, no NIP (VI.A.3.c.3). */
    TIDAK_MEMENUHI_SYARAT
  }

  /**
   * The outcome, the documents that stop it (not valid, or missing) with their reasons, and for an incomplete
   * file the last day to complete it.
   */
  public record Result(Outcome hasil, List<DocumentReview> temuan, LocalDate batasKelengkapan) {

    public boolean bolehDiusulkanNip() {
      return hasil == Outcome.SEMUA_SAH;
    }
  }

  /**
   * @param reviews one review for every document of VI.A.2
   * @param completionDeadline the last day to complete the documents (see {@link AppointmentDeadlines#documentsDue})
   */
  public static Result check(List<DocumentReview> reviews, LocalDate completionDeadline) {
    Objects.requireNonNull(completionDeadline, "batas kelengkapan");
    Map<AppointmentDocument, DocumentReview> byDocument = new EnumMap<>(AppointmentDocument.class);
    for (DocumentReview review : reviews) {
      if (byDocument.put(review.dokumen(), review) != null) {
        throw new IllegalArgumentException("Dokumen " + review.dokumen().label() + " dinilai lebih dari sekali");
      }
    }
    List<String> unreviewed = new ArrayList<>();
    for (AppointmentDocument document : AppointmentDocument.values()) {
      if (!byDocument.containsKey(document)) {
        unreviewed.add(document.name() + " (" + document.label() + ")");
      }
    }
    if (!unreviewed.isEmpty()) {
      throw new IllegalArgumentException("Belum dinilai: " + String.join(", ", unreviewed));
    }
    List<DocumentReview> invalid = byStatus(byDocument, DocumentStatus.TIDAK_SAH);
    if (!invalid.isEmpty()) {
      return new Result(Outcome.TIDAK_MEMENUHI_SYARAT, invalid, null);
    }
    List<DocumentReview> missing = byStatus(byDocument, DocumentStatus.BELUM_ADA);
    if (!missing.isEmpty()) {
      return new Result(Outcome.BELUM_LENGKAP, missing, completionDeadline);
    }
    return new Result(Outcome.SEMUA_SAH, List.of(), null);
  }

  private static List<DocumentReview> byStatus(Map<AppointmentDocument, DocumentReview> reviews, DocumentStatus status) {
    return reviews.values().stream().filter(r -> r.status() == status).toList();
  }
}
