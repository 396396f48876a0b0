package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.recruitment.AppointmentOutcomes.Outcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the procurement report (X.A) counts as placed, still running, or ended without an appointment. */
class PeriodAppointmentOutcomesTest {

  private static java.util.List<Outcome> outcomes(AnAppointment... appointments) {
    Pengangkatan[] rows = new Pengangkatan[appointments.length];
    for (int i = 0; i < appointments.length; i++) {
      rows[i] = appointments[i].candidate("P" + i, i + 1).build();
    }
    return new PeriodAppointmentOutcomes(new AppointmentFakes.Appointments(rows), new AppointmentFakes.Candidates())
        .ofPeriod(AnAppointment.PERIODE);
  }

  @Test
  void aCpnsIsPlacedByTheSpmtNotByTheDecree() {
    assertThat(outcomes(AnAppointment.cpns().status(AppointmentStatus.CPNS).cpnsDecree(LocalDate.of(2025, 5, 20)),
        AnAppointment.cpns().status(AppointmentStatus.CPNS).spmt(LocalDate.of(2025, 6, 2))))
        .containsExactly(new Outcome("P0", "Bappeda", "CPNS", false, true),
            new Outcome("P1", "Bappeda", "CPNS", true, false));
  }

  @Test
  void aPppkIsPlacedByTheAgreementAndDecreeAndAnEndedAppointmentNoLongerRuns() {
    assertThat(outcomes(AnAppointment.pppk().status(AppointmentStatus.NIP_TERBIT),
        AnAppointment.pppk().status(AppointmentStatus.PPPK),
        AnAppointment.cpns().status(AppointmentStatus.DIGANTI),
        AnAppointment.cpns().status(AppointmentStatus.USUL_KOLEKTIF)))
        .extracting(o -> o.status() + " placed=" + o.placed() + " open=" + o.open())
        .containsExactly("NIP_TERBIT placed=false open=true", "PPPK placed=true open=false",
            "DIGANTI placed=false open=false", "USUL_KOLEKTIF placed=false open=true");
  }
}
