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
      .number("199805172025062001", d("2025-03-24")).pppkDecree(d("2025-05-05")).build());
  private final AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();

  private void send(String tanggal) {
    new BknDeliveryTask(appointments, AppointmentFakes.forms(appointments), candidates, AppointmentFakes.calendar())
        .completed(completion(ID, Map.of("nomorSuratPengantar", "800/BKN/2025", "tanggalKirimBkn", tanggal),
            d("2025-05-21")));
  }

  @Test
  void outsideAJptTheAppointmentIsDone() {
    send("2025-05-20");

    assertThat(appointments.saved).containsExactly(saved("recordSentToBkn", ID, d("2025-05-20"), true));
    assertThat(appointments.history(ID)).containsExactly("KIRIM_BKN: Perjanjian kerja dan keputusan pengangkatan PPPK "
        + "dikirim ke BKN dengan surat 800/BKN/2025 tanggal 2025-05-20");
  }

  @Test
  void aJptWaitsForTheOathOfOfficeAndLatenessIsRecorded() {
    candidates.jpt = true;

    send("2025-05-21");

    assertThat(appointments.saved).containsExactly(saved("recordSentToBkn", ID, d("2025-05-21"), false));
    assertThat(appointments.history(ID)).singleElement().asString()
        .endsWith("; TERLAMBAT, batas 2025-05-20 (VIII.A)");
  }
}
