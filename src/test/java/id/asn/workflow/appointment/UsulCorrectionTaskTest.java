package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsulCorrectionTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk()
      .status(AppointmentStatus.PERBAIKAN_USUL).proposed("USUL-1", d("2025-04-28")).build());
  private final AppointmentFakes.Documents documents = new AppointmentFakes.Documents();
  private final AppointmentFakes.Usul usul = new AppointmentFakes.Usul(new AppointmentFakes.Candidates(), documents,
      new AppointmentFakes.Store());

  private void correct(Map<String, Object> values) {
    new UsulCorrectionTask(appointments, AppointmentFakes.forms(appointments), usul).completed(completion(ID, values));
  }

  @Test
  void theCorrectionIsSentByWhoeverCompletedTheTask() {
    correct(Map.of("catatanPerbaikan", "Ijazah dipindai ulang"));

    assertThat(usul.sent).containsExactly("correct USUL-1 by operatorbatang");
    assertThat(appointments.saved).containsExactly(saved("markCorrectionSent", ID));
    assertThat(appointments.history(ID)).containsExactly("PERBAIKAN_USUL: Perbaikan usul NIP dikirim: Ijazah dipindai "
        + "ulang");
  }

  @Test
  void whatWasCorrectedIsRequired() {
    assertThatThrownBy(() -> correct(Map.of()))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("catatanPerbaikan"));
    assertThat(usul.sent).isEmpty();
  }
}
