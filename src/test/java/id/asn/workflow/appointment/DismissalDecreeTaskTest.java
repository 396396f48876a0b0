package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PPK's decree dismissing one who left after their decree, and its copies (L1 VI.A.6.g.4, L2 VI.6.g.4). */
class DismissalDecreeTaskTest {

  private static Map<String, Object> decree(String decided, String copied) {
    return new HashMap<>(Map.of("nomorKeputusanPemberhentian", "800/BERHENTI/2025", "tanggalKeputusanPemberhentian",
        decided, "tanggalTembusanBkn", copied));
  }

  private static void complete(AppointmentFakes.Appointments appointments, Map<String, Object> values) {
    new DismissalDecreeTask(appointments, AppointmentFakes.forms(appointments))
        .completed(completion(ID, values, d("2025-07-01")));
  }

  @Test
  void aCalonPppkIsDismissedNoEarlierThanTheCalonDecreeAndTheCopyNoEarlierThanTheDismissal() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk()
        .calonPppkDecree(d("2025-05-08")).left("MENGUNDURKAN_DIRI", null, null).build());

    assertThatThrownBy(() -> complete(appointments, decree("2025-05-07", "2025-05-09")))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalKeputusanPemberhentian"))
        .hasMessageContaining("keputusan pengangkatan calon PPPK (2025-05-08)");
    assertThatThrownBy(() -> complete(appointments, decree("2025-05-09", "2025-07-02")))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalTembusanBkn"));
    Map<String, Object> values = decree("2025-05-09", "2025-05-12");
    values.put("tembusanLain", "Inspektur");
    complete(appointments, values);

    assertThat(appointments.saved).containsExactly(saved("recordDismissalDecree", ID, "800/BERHENTI/2025",
        d("2025-05-09"), d("2025-05-12"), "Inspektur"));
    assertThat(appointments.history(ID)).containsExactly("KEPUTUSAN_PEMBERHENTIAN: Keputusan PPK 800/BERHENTI/2025 "
        + "tanggal 2025-05-09 memberhentikan sebagai calon PPPK (MENGUNDURKAN_DIRI); tembusan kepada Kepala BKN/Kanreg "
        + "2025-05-12; tembusan lain: Inspektur");
  }
}
