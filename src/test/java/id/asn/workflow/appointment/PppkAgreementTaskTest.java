package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PppkAgreementTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk()
      .number("199805172025062001", d("2025-03-24")).build());
  private final AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();

  private Map<String, Object> complete(Map<String, Object> values, LocalDate today) {
    return new PppkAgreementTask(appointments, AppointmentFakes.forms(appointments), candidates,
        AppointmentFakes.calendar()).completed(completion(ID, values, today));
  }

  private static Map<String, Object> signed(String perjanjian, String keputusan) {
    return new HashMap<>(Map.of("nomorPerjanjianKerja", "PK/1/2025", "tanggalPerjanjianKerja", perjanjian,
        "ditandatanganiKeduaPihak", true, "nomorSkPppk", "800/PPPK/2025", "tanggalSkPppk", keputusan));
  }

  @Test
  void theAgreementAndDecreeAreRecordedAndAJptGoesOnToTheOath() {
    candidates.jpt = true;

    Map<String, Object> v = complete(signed("2025-05-02", "2025-05-05"), d("2025-05-05"));

    assertThat(appointments.saved).containsExactly(saved("recordPppkAgreement", ID, "PK/1/2025", d("2025-05-02"),
        "800/PPPK/2025", d("2025-05-05")));
    assertThat(appointments.history(ID)).singleElement().asString().doesNotContain("TERLAMBAT")
        .endsWith("; ditempatkan pada unit kerja Bappeda sesuai formasi F1 (VII.A.4)");
    assertThat(v).containsExactly(Map.entry("jabatanJpt", true));
  }

  @Test
  void theLaterOfTheTwoDatesCountsForLateness() {
    Map<String, Object> v = complete(signed("2025-05-05", "2025-05-21"), d("2025-05-21"));

    // 30 working days after 24 Mar 2025 is 20 May
    assertThat(appointments.history(ID)).singleElement().asString()
        .contains("; TERLAMBAT, batas 2025-05-20 (VII.A.1)");
    assertThat(v).containsExactly(Map.entry("jabatanJpt", false));
  }

  @Test
  void anAgreementSignedByOneSideOnlyIsRefused() {
    Map<String, Object> values = signed("2025-05-02", "2025-05-05");
    values.put("ditandatanganiKeduaPihak", false);

    assertThatThrownBy(() -> complete(values, d("2025-05-05")))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("ditandatanganiKeduaPihak"));
    assertThat(appointments.saved).isEmpty();
  }
}
