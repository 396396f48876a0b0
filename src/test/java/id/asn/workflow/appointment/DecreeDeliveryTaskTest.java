package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecreeDeliveryTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
      .status(AppointmentStatus.CPNS).usulData("Batang", "ISLAM", d("2025-05-31")).cpnsDecree(d("2025-05-05"))
      .build());

  private Map<String, Object> deliver(String tanggal) {
    return deliver(tanggal, tanggal, "2025-05-30");
  }

  private Map<String, Object> deliver(String tanggal, String tembusan, String today) {
    return new DecreeDeliveryTask(appointments, AppointmentFakes.forms(appointments), AppointmentFakes.calendar())
        .completed(completion(ID, Map.of("tanggalDiserahkan", tanggal, "tanggalTembusanBkn", tembusan), d(today)));
  }

  @Test
  void withinSevenWorkingDaysAndTheSpmtDueAMonthAfterTheTmt() {
    Map<String, Object> v = deliver("2025-05-16");

    assertThat(appointments.saved).containsExactly(saved("recordDecreeDelivered", ID, d("2025-05-16"), d("2025-05-16"),
        null));
    assertThat(appointments.history(ID)).containsExactly("SK_DISERAHKAN: Keputusan diserahkan 2025-05-16",
        "TEMBUSAN_SK_CPNS: Tembusan keputusan dikirim ke BKN/Kantor Regional 2025-05-16");
    // TMT 31 May: June has no 31st
    assertThat(v).containsExactly(Map.entry("batasSpmt", Date.from(Deadline.endOf(d("2025-06-30")))));
  }

  @Test
  void theOtherOfficialsCopiedAreKept() {
    new DecreeDeliveryTask(appointments, AppointmentFakes.forms(appointments), AppointmentFakes.calendar())
        .completed(completion(ID, Map.of("tanggalDiserahkan", "2025-05-16", "tanggalTembusanBkn", "2025-05-16",
            "tembusanLain", "Kepala BPKAD; Inspektur"), d("2025-05-30")));

    assertThat(appointments.saved).containsExactly(saved("recordDecreeDelivered", ID, d("2025-05-16"), d("2025-05-16"),
        "Kepala BPKAD; Inspektur"));
    assertThat(appointments.history(ID).get(1)).endsWith("; tembusan lain: Kepala BPKAD; Inspektur");
  }

  @Test
  void laterIsRecordedAsLate() {
    deliver("2025-05-19");

    // 7 working days after Mon 5 May 2025: 6-9, (12-13 off) 14-16 May
    assertThat(appointments.history(ID).get(0)).isEqualTo(
        "SK_DISERAHKAN: Keputusan diserahkan 2025-05-19; TERLAMBAT, batas 2025-05-16 (VI.A.6.f)");
  }

  @Test
  void notBeforeTheDecree() {
    assertThatThrownBy(() -> deliver("2025-05-02"))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalDiserahkan"));
    assertThat(appointments.saved).isEmpty();
  }

  @Test
  void theDecreeAndItsCopyToBknAfterTheTmtAreLateByViA6e() {
    // TMT CPNS 31 May 2025: the copy went on 2 June, after the CPNS took up duty
    deliver("2025-05-14", "2025-06-02", "2025-06-03");

    assertThat(appointments.history(ID)).containsExactly("SK_DISERAHKAN: Keputusan diserahkan 2025-05-14",
        "TEMBUSAN_SK_CPNS: Tembusan keputusan dikirim ke BKN/Kantor Regional 2025-06-02; TERLAMBAT, sesudah TMT "
            + "2025-05-31 (VI.A.6.e)");
  }

  @Test
  void theCopysDayIsRequired() {
    assertThatThrownBy(() -> new DecreeDeliveryTask(appointments, AppointmentFakes.forms(appointments),
        AppointmentFakes.calendar()).completed(completion(ID, Map.of("tanggalDiserahkan", "2025-05-14"), d("2025-05-30"))))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalTembusanBkn"));
  }
}
