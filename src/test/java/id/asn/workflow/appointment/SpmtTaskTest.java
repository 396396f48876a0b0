package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpmtTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
      .status(AppointmentStatus.CPNS).usulData("Batang", "ISLAM", d("2025-06-01")).build());

  private Map<String, Object> complete(String tanggal) {
    return new SpmtTask(appointments, AppointmentFakes.forms(appointments), new AppointmentFakes.Candidates(),
        AppointmentFakes.calendar())
        .completed(completion(ID, Map.of("nomorSpmt", "SPMT/7/2025", "tanggalSpmt", tanggal)));
  }

  @Test
  void theSpmtIsRecordedAndTheProbationEndsAsItsAnniversaryBeginsInJakarta() {
    Map<String, Object> v = complete("2025-06-02");

    assertThat(appointments.saved).containsExactly(saved("recordSpmt", ID, "SPMT/7/2025", d("2025-06-02")));
    assertThat(appointments.history(ID)).singleElement().asString()
        .startsWith("SPMT: SPMT SPMT/7/2025 mulai 2025-06-02 pada unit kerja Bappeda, penempatan sesuai formasi F1 "
            + "(VI.A.9.a)").endsWith("diusulkan paling lambat 2025-08-02");
    // the pay proposal is due by the end of 2 August in Jakarta (VI.A.10.d)
    assertThat(v).containsOnly(Map.entry("akhirMasaPercobaan", Date.from(Instant.parse("2026-05-31T17:00:00Z"))),
        Map.entry("batasUsulGaji", Date.from(Instant.parse("2025-08-02T17:00:00Z"))));
  }

  @Test
  void laterThanAMonthAfterTheTmtIsRefused() {
    assertThatThrownBy(() -> complete("2025-07-02"))
        .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("tanggalSpmt"))
        .hasMessageContaining("paling lambat 2025-07-01");
    assertThat(appointments.saved).isEmpty();
  }
}
