package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.TODAY;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmitNipProposalStepTest {

  private AppointmentFakes.Appointments appointments;
  private AppointmentFakes.Usul usul;

  private Result run(Pengangkatan appointment) {
    appointments = new AppointmentFakes.Appointments(appointment);
    AppointmentFakes.Documents documents = new AppointmentFakes.Documents();
    usul = new AppointmentFakes.Usul(new AppointmentFakes.Candidates(), documents, new AppointmentFakes.Store());
    return new SubmitNipProposalStep(appointments, usul, AppointmentFakes.calendar()).run(step(ID, Map.of()));
  }

  @Test
  void aCpnsUsulIsSubmittedOnceAndItsIdGoesOn() {
    Result result = run(AnAppointment.cpns().build());

    assertThat(usul.sent).containsExactly("submit " + ID);
    assertThat(appointments.saved).containsExactly(saved("recordNipProposal", ID, "USUL-1", TODAY));
    assertThat(appointments.history(ID)).containsExactly(
        "USUL_NIP: Usul penetapan NIP dikirim ke Kantor Regional (usul USUL-1)");
    assertThat(result.variables()).containsOnlyKeys("usulId").containsEntry("usulId", "USUL-1");
  }

  @Test
  void aPppkUsulAlsoSetsTheDayTheNumberIsDue() {
    Result result = run(AnAppointment.pppk().build());

    assertThat(appointments.history(ID)).containsExactly(
        "USUL_NIP: Usul penetapan NI PPPK dikirim ke Kantor Regional (usul USUL-1)");
    // 25 working days after Mon 5 May 2025, past Waisak, Kenaikan Isa Almasih and Idul Adha with their cuti bersama
    assertThat(((Deadline) result.variables().get("batasNomorInduk")).tanggal()).isEqualTo(d("2025-06-17"));
  }

  @Test
  void aRetryAfterTheSubmissionSendsNothingAndAnswersTheSameUsul() {
    Result result = run(AnAppointment.pppk().proposed("USUL-0", d("2025-05-08")).build());

    assertThat(usul.sent).isEmpty();
    assertThat(appointments.saved).isEmpty();
    assertThat(appointments.events).isEmpty();
    assertThat(result.variables()).containsEntry("usulId", "USUL-0");
    assertThat(((Deadline) result.variables().get("batasNomorInduk")).tanggal()).isEqualTo(d("2025-06-20"));
  }
}
