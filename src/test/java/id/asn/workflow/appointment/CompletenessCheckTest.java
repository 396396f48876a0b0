package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AppointmentDocument.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompletenessCheckTest {

  private static final LocalDate DEADLINE = LocalDate.of(2025, 4, 24);

  private static List<DocumentReview> allValidExcept(DocumentReview... others) {
    List<DocumentReview> reviews = new ArrayList<>();
    for (AppointmentDocument document : AppointmentDocument.values()) {
      reviews.add(Arrays.stream(others).filter(o -> o.dokumen() == document).findFirst()
          .orElse(DocumentReview.sah(document)));
    }
    return reviews;
  }

  @Test
  void theDocumentsOfVIA2() {
    assertThat(AppointmentDocument.values()).containsExactly(SURAT_LAMARAN, IJAZAH, DRH, SKCK, SURAT_SEHAT, BEBAS_NAPZA,
        SURAT_PERNYATAAN);
    assertThat(IJAZAH.label()).startsWith("Fotokopi Ijazah/STTB yang telah dilegalisir");
    assertThat(SKCK.reference()).isEqualTo("VI.A.2.c");
  }

  @Test
  void theSameCodesAsTheDocumentsOfTheUsulNi() {
    assertThat(Arrays.stream(AppointmentDocument.values()))
        .allSatisfy(d -> assertThat(DocumentType.valueOf(d.name())).isNotNull());
  }

  @Test
  void allValidGoesOnToTheNipProposal() {
    CompletenessCheck.Result result = CompletenessCheck.check(allValidExcept(), DEADLINE);
    assertThat(result.hasil()).isEqualTo(CompletenessCheck.Outcome.SEMUA_SAH);
    assertThat(result.bolehDiusulkanNip()).isTrue();
    assertThat(result.temuan()).isEmpty();
  }

  @Test
  void aMissingDocumentIsAskedForByTheDeadline() {
    DocumentReview skck = new DocumentReview(SKCK, DocumentStatus.BELUM_ADA, "SKCK masih diproses Polres");
    CompletenessCheck.Result result = CompletenessCheck.check(allValidExcept(skck), DEADLINE);
    assertThat(result.hasil()).isEqualTo(CompletenessCheck.Outcome.BELUM_LENGKAP);
    assertThat(result.temuan()).containsExactly(skck);
    assertThat(result.batasKelengkapan()).isEqualTo(DEADLINE);
    assertThat(result.bolehDiusulkanNip()).isFalse();
  }

  @Test
  void anInvalidDocumentReturnsTheFileEvenWhenOthersAreMissing() {
    DocumentReview sehat = new DocumentReview(SURAT_SEHAT, DocumentStatus.TIDAK_SAH, "dokter klinik swasta, bukan PNS");
    DocumentReview napza = new DocumentReview(BEBAS_NAPZA, DocumentStatus.BELUM_ADA, "belum diserahkan");
    CompletenessCheck.Result result = CompletenessCheck.check(allValidExcept(sehat, napza), DEADLINE);
    assertThat(result.hasil()).isEqualTo(CompletenessCheck.Outcome.TIDAK_MEMENUHI_SYARAT);
    assertThat(result.temuan()).containsExactly(sehat);
    assertThat(result.batasKelengkapan()).isNull();
    assertThat(result.bolehDiusulkanNip()).isFalse();
  }

  @Nested
  class Refusals {
    @Test
    void anInvalidDocumentWithoutAReasonNamesTheDocument() {
      assertThatThrownBy(() -> new DocumentReview(IJAZAH, DocumentStatus.TIDAK_SAH, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Fotokopi Ijazah/STTB").hasMessageContaining("TIDAK_SAH");
    }

    @Test
    void aMissingDocumentWithoutAReasonNamesTheDocument() {
      assertThatThrownBy(() -> new DocumentReview(SKCK, DocumentStatus.BELUM_ADA, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Surat Keterangan Catatan Kepolisian").hasMessageContaining("BELUM_ADA");
    }

    @Test
    void everyDocumentMustBeReviewed() {
      List<DocumentReview> reviews = new ArrayList<>(allValidExcept());
      reviews.removeIf(r -> r.dokumen() == DRH);
      assertThatThrownBy(() -> CompletenessCheck.check(reviews, DEADLINE))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Belum dinilai: DRH");
    }

    @Test
    void aDocumentIsReviewedOnce() {
      List<DocumentReview> reviews = new ArrayList<>(allValidExcept());
      reviews.add(new DocumentReview(SKCK, DocumentStatus.BELUM_ADA, "kedaluwarsa"));
      assertThatThrownBy(() -> CompletenessCheck.check(reviews, DEADLINE))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lebih dari sekali");
    }
  }
}
