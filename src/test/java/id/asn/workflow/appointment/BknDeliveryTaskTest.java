package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BknDeliveryTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk()
      .usulData("Batang", "ISLAM", d("2025-06-01")).number("199805172025062001", d("2025-03-24"))
      .pppkDecree(d("2025-05-05")).build());
  private final AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();

  private void send(String tanggal) {
    send("2025-05-19", tanggal, "2025-05-21");
  }

  private void send(String delivered, String sent, String today) {
    new BknDeliveryTask(appointments, AppointmentFakes.forms(appointments), candidates, AppointmentFakes.calendar())
        .completed(completion(ID, Map.of("tanggalSkDiserahkan", delivered, "nomorSuratPengantar", "800/BKN/2025",
            "tanggalKirimBkn", sent), d(today)));
  }

  @Test
  void outsideAJptTheAppointmentIsDone() {
    send("2025-05-20");

    assertThat(appointments.saved).containsExactly(saved("recordSentToBkn", ID, d("2025-05-19"), d("2025-05-20"), true));
    assertThat(appointments.history(ID)).containsExactly(
        "SK_PPPK_DISERAHKAN: Keputusan pengangkatan PPPK diserahkan kepada yang bersangkutan tanggal 2025-05-19",
        "KIRIM_BKN: Perjanjian kerja dan keputusan pengangkatan PPPK (tembusan) dikirim ke BKN dengan surat "
            + "800/BKN/2025 tanggal 2025-05-20");
  }

  @Test
  void aJptWaitsForTheOathOfOfficeAndLatenessIsRecorded() {
    candidates.jpt = true;

    send("2025-05-21");

    assertThat(appointments.saved).containsExactly(saved("recordSentToBkn", ID, d("2025-05-19"), d("2025-05-21"), false));
    assertThat(appointments.history(ID).get(1)).asString().endsWith("; TERLAMBAT, batas 2025-05-20 (VIII.A)");
  }

  @Test
  void aDecreeHandedOverOrCopiedToBknAfterTheTmtIsLateByViiA3() {
    // TMT PPPK 1 June 2025 (a Sunday, as the agreement sets it): handed over 2 June, after the PPPK took up duty
    send("2025-06-02", "2025-05-30", "2025-06-03");

    assertThat(appointments.history(ID).get(0)).asString().endsWith("; TERLAMBAT, sesudah TMT 2025-06-01 (VII.A.3)");
    assertThat(appointments.history(ID).get(1)).asString().doesNotContain("VII.A.3");
  }

  @Test
  void theDayOfHandingOverIsRequiredAndNotBeforeTheDecree() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("2025-05-04", "2025-05-20", "2025-05-21"))
        .isInstanceOfSatisfying(id.asn.workflow.kernel.InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalSkDiserahkan"));
    assertThat(appointments.saved).isEmpty();
  }
}
