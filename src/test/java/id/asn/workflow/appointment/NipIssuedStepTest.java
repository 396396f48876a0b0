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

class NipIssuedStepTest {

  private AppointmentFakes.Appointments appointments;

  private Result run(Pengangkatan appointment) {
    appointments = new AppointmentFakes.Appointments(appointment);
    return new NipIssuedStep(appointments, new AppointmentFakes.Candidates(), AppointmentFakes.calendar())
        .run(step(ID, Map.of("nomorInduk", "199805172025062001")));
  }

  private static Object deadline(Result result, String variable) {
    return ((Deadline) result.variables().get(variable)).tanggal();
  }

  @Test
  void aCpnsNipIsRecordedAndTheDecreeIsDue30WorkingDaysLater() {
    Result result = run(AnAppointment.cpns().build());

    assertThat(appointments.saved).containsExactly(saved("recordNumber", ID, "199805172025062001", TODAY));
    assertThat(appointments.history(ID)).containsExactly("NIP_TERBIT: Pertek terbit dengan NIP 199805172025062001");
    assertThat(result.variables()).containsOnlyKeys("pendidikan", "batasSkCpns").containsEntry("pendidikan", "S1");
    // 25 working days after 5 May 2025 is 17 Jun; then 18, 19, 20, 23, 24 Jun
    assertThat(deadline(result, "batasSkCpns")).isEqualTo(d("2025-06-24"));
  }

  @Test
  void aPppkNumberSetsTheAgreementsAndTheDeliveryToBknDeadlines() {
    Result result = run(AnAppointment.pppk().build());

    assertThat(appointments.history(ID)).containsExactly("NIP_TERBIT: Pertek terbit dengan NI PPPK 199805172025062001");
    assertThat(result.variables()).containsOnlyKeys("batasSkPppk", "batasKirimBkn");
    assertThat(deadline(result, "batasSkPppk")).isEqualTo(d("2025-06-24"));
    assertThat(deadline(result, "batasKirimBkn")).isEqualTo(d("2025-06-24"));
  }

  @Test
  void aRetryKeepsTheDayTheNumberWasReceived() {
    Result result = run(AnAppointment.cpns().number("199805172025062001", d("2025-04-28")).build());

    assertThat(appointments.saved).containsExactly(saved("recordNumber", ID, "199805172025062001", d("2025-04-28")));
    // 28 Apr 2025: 29, 30 Apr, 2, 5-9, 14-16, 19-23, 26-28 May, (29-30 off) 2-5, (6, 9 off) 10-13, 16-18 Jun
    assertThat(deadline(result, "batasSkCpns")).isEqualTo(d("2025-06-18"));
  }
}
