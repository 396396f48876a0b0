package id.asn.workflow.demo;

import static id.asn.workflow.pertek.PertekProcess.PROCESS;
import static id.asn.workflow.pertek.PertekProcess.TASK_TANDA_TANGAN;
import static id.asn.workflow.pertek.PertekProcess.TASK_VERIFIKASI;
import static id.asn.workflow.pertek.PertekProcess.VAR_HASIL_VERIFIKASI;
import static id.asn.workflow.pertek.PertekProcess.VAR_KEPUTUSAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import id.asn.workflow.demo.SimulatedOfficers.Plan;
import id.asn.workflow.demo.Tasklist.OpenTask;
import id.asn.workflow.pertek.intake.UsulIntakeService;
import id.asn.workflow.sla.SlaStandard;
import id.asn.workflow.sla.SlaStandardRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The simulator works the Pertek tasks through its Tasklist port only, as each task's plan says. */
class PertekSimulatorTest {

  static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
  static final Instant LONG_AGO = NOW.minus(Duration.ofDays(1));

  /** Records what the simulator asks of Tasklist; refuses to claim the task {@code refused}. */
  static class RecordingTasklist implements Tasklist {
    final List<OpenTask> open;
    final List<String> calls = new ArrayList<>();
    final List<Map<String, Object>> completions = new ArrayList<>();
    String askedFor;

    RecordingTasklist(OpenTask... open) {
      this.open = List.of(open);
    }

    @Override
    public List<OpenTask> openTasks(String processKey) {
      askedFor = processKey;
      return open;
    }

    @Override
    public void claim(String user, String taskId) {
      if (taskId.equals("refused")) {
        throw new IllegalStateException("already claimed");
      }
      calls.add("claim " + taskId + " by " + user);
    }

    @Override
    public void complete(String user, String taskId, Map<String, Object> variables) {
      calls.add("complete " + taskId + " by " + user);
      completions.add(variables);
    }
  }

  /** No usul arrive (0 per hour); the POS standards are those V7__sla_standar.sql stores (600 s, 120 s). */
  static PertekSimulator simulator(Tasklist tasklist, UsulIntakeService intake) {
    SlaStandardRepository standards = mock(SlaStandardRepository.class);
    when(standards.find(PROCESS, TASK_VERIFIKASI)).thenReturn(Optional.of(new SlaStandard(PROCESS, TASK_VERIFIKASI,
        "Verifikasi", 600, null, 90)));
    when(standards.find(PROCESS, TASK_TANDA_TANGAN)).thenReturn(Optional.of(new SlaStandard(PROCESS,
        TASK_TANDA_TANGAN, "Tanda tangan", 120, null, 90)));
    return new PertekSimulator(tasklist, intake, standards, Duration.ofSeconds(5), 0,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void withoutAStandardInSecondsNoTaskIsWorked() {
    RecordingTasklist tasklist = new RecordingTasklist(new OpenTask("v-old", TASK_VERIFIKASI, LONG_AGO, null));
    new PertekSimulator(tasklist, mock(UsulIntakeService.class), mock(SlaStandardRepository.class),
        Duration.ofSeconds(5), 0, Clock.fixed(NOW, ZoneOffset.UTC)).tick();
    assertThat(tasklist.askedFor).isNull();
    assertThat(tasklist.calls).isEmpty();
  }

  @Test
  void aTaskPastItsPickupIsClaimedByThePlannedOfficerAndAYoungOneIsLeft() {
    RecordingTasklist tasklist = new RecordingTasklist(new OpenTask("refused", TASK_VERIFIKASI, LONG_AGO, null),
        new OpenTask("v-old", TASK_VERIFIKASI, LONG_AGO, null), new OpenTask("v-new", TASK_VERIFIKASI, NOW, null));
    UsulIntakeService intake = mock(UsulIntakeService.class);

    simulator(tasklist, intake).tick();

    assertThat(tasklist.askedFor).isEqualTo(PROCESS);
    assertThat(tasklist.calls).containsExactly(
        "claim v-old by " + SimulatedOfficers.verification("v-old", 600).officer());
    verifyNoInteractions(intake);
  }

  @Test
  void aClaimedTaskPastItsPlanIsCompletedByItsAssigneeWithThePlannedDecision() {
    RecordingTasklist tasklist = new RecordingTasklist(new OpenTask("v-1", TASK_VERIFIKASI, LONG_AGO, "pemroses2"),
        new OpenTask("s-1", TASK_TANDA_TANGAN, LONG_AGO, "penandatangan1"));

    simulator(tasklist, mock(UsulIntakeService.class)).tick();

    assertThat(tasklist.calls).containsExactly("complete v-1 by pemroses2", "complete s-1 by penandatangan1");
    Plan verification = SimulatedOfficers.verification("v-1", 600);
    Plan signing = SimulatedOfficers.signing("s-1", 120);
    assertThat(tasklist.completions.get(0)).containsEntry(VAR_HASIL_VERIFIKASI, verification.decision().name());
    assertThat(tasklist.completions.get(1)).containsEntry(VAR_KEPUTUSAN, signing.decision().name());
  }
}
