package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbationResultTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
      AnAppointment.cpns().status(AppointmentStatus.CPNS).build());

  private Map<String, Object> complete(String latsar, String sehat) {
    return new ProbationResultTask(appointments, AppointmentFakes.forms(appointments))
        .completed(completion(ID, Map.of("hasilLatsar", latsar, "hasilKesehatan", sehat)));
  }

  @ParameterizedTest(name = "{0} and {1}: passed {2}")
  @CsvSource({"LULUS, SEHAT, true", "LULUS, TIDAK_SEHAT, false", "TIDAK_LULUS, SEHAT, false",
      "TIDAK_LULUS, TIDAK_SEHAT, false"})
  void onlyPassingTheTrainingAndBeingHealthyPassesTheProbation(String latsar, String sehat, boolean passed) {
    assertThat(complete(latsar, sehat)).containsExactly(Map.entry("lulusMasaPercobaan", passed));
    assertThat(appointments.saved).containsExactly(saved("recordProbationResult", ID, latsar, sehat));
    assertThat(appointments.history(ID)).containsExactly("HASIL_MASA_PERCOBAAN: Pelatihan " + latsar + ", kesehatan "
        + sehat);
  }

  @ParameterizedTest
  @CsvSource({"LULUS, BAIK, hasilKesehatan", "BAIK, SEHAT, hasilLatsar"})
  void anythingElseIsRefused(String latsar, String sehat, String field) {
    assertThatThrownBy(() -> complete(latsar, sehat))
        .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(appointments.saved).isEmpty();
  }
}
