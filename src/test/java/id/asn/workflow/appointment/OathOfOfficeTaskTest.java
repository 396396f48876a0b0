package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OathOfOfficeTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
      AnAppointment.pppk().status(AppointmentStatus.PPPK).pppkDecree(d("2025-05-02")).build());

  private void install(String tanggal) {
    new OathOfOfficeTask(appointments, AppointmentFakes.forms(appointments)).completed(completion(ID, Map.of(
        "tanggalPelantikan", tanggal, "tempatPelantikan", "Pendopo Kabupaten Batang", "pejabatNama", "Bupati Batang",
        "nomorBeritaAcara", "BA/1/2025")));
  }

  @Test
  void theInstallationEndsTheAppointment() {
    install("2025-05-05");

    assertThat(appointments.saved).containsExactly(saved("recordOathOfOffice", ID, d("2025-05-05"), "BA/1/2025"));
    assertThat(appointments.history(ID)).containsExactly("SUMPAH_JABATAN: Dilantik dan mengangkat sumpah/janji "
        + "jabatan 2025-05-05 di Pendopo Kabupaten Batang oleh Bupati Batang; berita acara BA/1/2025");
  }

  @Test
  void notBeforeTheDecree() {
    assertThatThrownBy(() -> install("2025-05-01"))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalPelantikan"));
    assertThat(appointments.saved).isEmpty();
  }
}
