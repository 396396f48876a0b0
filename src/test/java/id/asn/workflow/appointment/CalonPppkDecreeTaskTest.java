package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.JenisAsn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalonPppkDecreeTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
      AnAppointment.pppk().status(AppointmentStatus.SK_CALON_PPPK).build());
  private final AppointmentFakes.Store store = new AppointmentFakes.Store();
  private final AppointmentFakes.Documents documents = new AppointmentFakes.Documents().handedIn(JenisAsn.PPPK, store);

  private Map<String, Object> complete(String tanggal) {
    AppointmentFakes.Usul usul = new AppointmentFakes.Usul(new AppointmentFakes.Candidates(), documents, store);
    return new CalonPppkDecreeTask(appointments, AppointmentFakes.forms(appointments), usul).completed(completion(ID,
        Map.of("nomorSkCalonPppk", "800/CPPPK/2025", "tanggalSkCalonPppk", tanggal)));
  }

  @Test
  void theDecreeIsRecordedOnceItIsUploaded() {
    assertThat(complete("2025-05-05")).isEmpty();

    assertThat(appointments.saved).containsExactly(saved("recordCalonPppkDecree", ID, "800/CPPPK/2025",
        d("2025-05-05")), saved("awaitCollectiveProposal", ID));
    assertThat(appointments.history(ID)).containsExactly(
        "SK_CALON_PPPK: Keputusan pengangkatan calon PPPK 800/CPPPK/2025 tanggal 2025-05-05");
  }

  @Test
  void withoutTheUploadedDecreeTheTaskSaysWhereToUploadIt() {
    documents.files.remove(DocumentType.SK_CALON_PPPK);

    assertThatThrownBy(() -> complete("2025-05-05"))
        .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("SK_CALON_PPPK"))
        .hasMessageContaining("POST /api/pengangkatan/" + ID + "/dokumen");
    assertThat(appointments.saved).isEmpty();
  }

  @Test
  void aDecreeDatedAfterTodayIsRefused() {
    assertThatThrownBy(() -> complete("2025-05-06"))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalSkCalonPppk"));
  }
}
