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

class CallReplacementStepTest {

  private static final String REPLACEMENT = Pengangkatan.idOf(PERIODE, "20250009");

  private final AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();
  private final AppointmentFakes.Workflow workflow = new AppointmentFakes.Workflow();

  private CallReplacementStep handler(AppointmentFakes.Appointments appointments) {
    return new CallReplacementStep(appointments, new Replacement(appointments, candidates, workflow));
  }

  @Test
  void theNextInRankGetsAnAppointmentOfTheSameKindAndAProcess() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk()
        .left("MENGUNDURKAN_DIRI", null, d("2025-06-03")).build());
    candidates.next = Map.of("nomor_peserta", "20250009", "peringkat", 4);

    handler(appointments).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markReplaced", ID),
        saved("insert", REPLACEMENT, JenisAsn.PPPK, PERIODE, "20250009", "KabBatang", "F1", 4, ID, NOW));
    assertThat(appointments.history(ID)).singleElement().asString()
        .startsWith("PENGGANTI_DIPANGGIL: Diganti peserta 20250009 (peringkat 4)")
        .endsWith(", laporan paling lambat 2025-06-03");
    assertThat(appointments.history(REPLACEMENT)).containsExactly("MENGGANTIKAN: Menggantikan " + ID
        + " (MENGUNDURKAN_DIRI)");
    assertThat(workflow.told).containsExactly("start " + REPLACEMENT + " PPPK replacing, report due 2025-06-03");
  }

  @Test
  void aRetryCallsNobodyElse() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns().build(),
        AnAppointment.cpns().candidate("20250009", 4).replacing(ID).build());
    candidates.next = Map.of("nomor_peserta", "20250010", "peringkat", 5);

    handler(appointments).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markReplaced", ID));
    assertThat(appointments.events).isEmpty();
    assertThat(workflow.told).isEmpty();
  }

  @Test
  void withNobodyLeftInRankTheHistorySaysSo() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns().build());

    handler(appointments).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markReplaced", ID));
    assertThat(appointments.history(ID)).containsExactly(
        "TIDAK_ADA_PENGGANTI: Tidak ada peserta berikutnya pada formasi F1");
    assertThat(workflow.told).isEmpty();
  }
}
