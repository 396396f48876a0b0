package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.PERIODE;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplacementDecreeTaskTest {

  private static final String REPLACEMENT = Pengangkatan.idOf(PERIODE, "20250009");

  private static Map<String, Object> decree(String decided, String reported) {
    return new HashMap<>(Map.of("nomorKeputusanPenggantian", "800/PENGGANTI/2025", "tanggalKeputusanPenggantian",
        decided, "nomorLaporanPenggantian", "800/LAP/2025", "tanggalLaporanPenggantian", reported,
        "pengumumanPenggantian", "Laman instansi", "tanggalPenggantianDisampaikan", reported));
  }

  private static void complete(AppointmentFakes.Appointments appointments, Map<String, Object> values) {
    new ReplacementDecreeTask(appointments, AppointmentFakes.forms(appointments), AppointmentFakes.calendar())
        .completed(completion(REPLACEMENT, values, d("2025-07-01")));
  }

  @Test
  void aReportMoreThan20WorkingDaysAfterTheDecreeIsLateWhenTheOneReplacedWasProposed() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
        AnAppointment.cpns().left("MENGUNDURKAN_DIRI", null, d("2025-06-06")).build(),
        AnAppointment.cpns().candidate("20250009", 4).replacing(ID).build());

    // decree Thursday 15 May 2025: 20 working days, past Ascension, Idul Adha and their cuti bersama, end 18 June
    complete(appointments, decree("2025-05-15", "2025-06-19"));

    assertThat(appointments.saved).containsExactly(saved("recordReplacementDecree", REPLACEMENT, "800/PENGGANTI/2025",
        d("2025-05-15"), "800/LAP/2025", d("2025-06-19"), "Laman instansi", d("2025-06-19")));
    assertThat(appointments.history(REPLACEMENT)).singleElement().asString()
        .contains("TERLAMBAT, batas 2025-06-18 (VI.A.6.g.2)");
  }

  @Test
  void withoutALimitNothingIsLateAndTheReportCannotPrecedeTheDecree() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns().build(),
        AnAppointment.cpns().candidate("20250009", 4).replacing(ID).build());

    assertThatThrownBy(() -> complete(appointments, decree("2025-05-15", "2025-05-14")))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalLaporanPenggantian"));
    // the decree is delivered to the Kepala BKN or the Kanreg on or after its day (VI.A.3.f)
    Map<String, Object> early = decree("2025-05-15", "2025-05-16");
    early.put("tanggalPenggantianDisampaikan", "2025-05-14");
    assertThatThrownBy(() -> complete(appointments, early)).isInstanceOfSatisfying(InvalidCompletionException.class,
        e -> assertThat(e.field()).isEqualTo("tanggalPenggantianDisampaikan"));
    complete(appointments, decree("2025-05-15", "2025-06-30"));

    assertThat(appointments.history(REPLACEMENT)).singleElement().asString().doesNotContain("TERLAMBAT");
  }
}
