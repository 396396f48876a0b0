package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.PERIODE;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.NOW;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.JenisAsn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeemedNotQualifiedStepTest {

  private static final String REPLACEMENT = Pengangkatan.idOf(PERIODE, "20250009");

  private final AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();
  private final AppointmentFakes.Workflow workflow = new AppointmentFakes.Workflow();

  private DeemedNotQualifiedStep handler(AppointmentFakes.Appointments appointments) {
    return new DeemedNotQualifiedStep(appointments, new Replacement(appointments, candidates, workflow));
  }

  @Test
  void aCandidateWhoMissedTheDeadlineIsReplacedByTheNextInRank() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
        .documentsDue(d("2025-05-28")).build());
    candidates.next = Map.of("nomor_peserta", "20250009", "peringkat", 4);

    handler(appointments).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markDeemedNotQualified", ID),
        saved("insert", REPLACEMENT, JenisAsn.PNS, PERIODE, "20250009", "KabBatang", "F1", 4, ID, NOW));
    assertThat(appointments.history(ID)).hasSize(2);
    assertThat(appointments.history(ID).get(0)).asString().startsWith("DIANGGAP_TMS: Dokumen tidak lengkap sampai 2025-05-28");
    assertThat(appointments.history(ID).get(1)).asString().startsWith("PENGGANTI_DIPANGGIL: Diganti peserta 20250009");
    assertThat(appointments.history(REPLACEMENT)).containsExactly("MENGGANTIKAN: Menggantikan " + ID
        + " (dianggap mengundurkan diri: dokumen tidak lengkap sampai 2025-05-28)");
    assertThat(workflow.told).containsExactly("start " + REPLACEMENT + " PNS replacing, report due null");
  }

  @Test
  void aRetryAfterTheReplacementWasCalledCallsNobodyElse() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns().build(),
        AnAppointment.cpns().candidate("20250009", 4).replacing(ID).build());
    candidates.next = Map.of("nomor_peserta", "20250010", "peringkat", 5);

    handler(appointments).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markDeemedNotQualified", ID));
    assertThat(workflow.told).isEmpty();
  }
}
