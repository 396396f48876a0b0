package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.ServiceTaskHandler.Step;
import id.asn.workflow.pertek.PertekProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A task past its POS standard is recorded once with its officer, times and due date; a finished one is not. */
class SlaBreachStepTest {

  final OpenTasks tasks = mock(OpenTasks.class);
  final SlaBreachService breaches = mock(SlaBreachService.class);
  final Instant created = Instant.parse("2026-12-02T02:00:00Z");
  final Instant due = created.plusSeconds(600);
  final Instant now = due.plusSeconds(1);

  Step step() {
    return new Step("usul-1", "ServiceTask_CatatPelanggaranVerifikasi", "pi-1", new CompletionValues(Map.of(
        PertekProcess.VAR_KEGIATAN, PertekProcess.TASK_VERIFIKASI)), LocalDate.of(2026, 12, 2), now);
  }

  @Test
  void anOpenTaskPastItsStandardIsRecorded() {
    when(tasks.of("pi-1", PertekProcess.TASK_VERIFIKASI))
        .thenReturn(Optional.of(new OpenTasks.OpenTask("t-1", "pemroses1", created, due)));
    new SlaBreachStep(tasks, breaches).run(step());
    ArgumentCaptor<SlaBreach> breach = ArgumentCaptor.forClass(SlaBreach.class);
    verify(breaches).record(breach.capture());
    assertThat(breach.getValue()).isEqualTo(new SlaBreach("t-1", PertekProcess.TASK_VERIFIKASI, "usul-1", "pemroses1",
        created, due, now));
  }

  @Test
  void aTaskCompletedAsTheTimerFiredLeavesNothingToRecord() {
    when(tasks.of(any(), any())).thenReturn(Optional.empty());
    new SlaBreachStep(tasks, breaches).run(step());
    verify(breaches, never()).record(any());
  }
}
