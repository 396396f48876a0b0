package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;

class TaskEventsTest {

  @Test
  void givesTheEventTheEngineNamed() {
    TaskEntity task = new TaskEntity("t1");
    task.setEventName(TaskListener.EVENTNAME_COMPLETE);

    assertThat(TaskEvents.of(task)).isEqualTo(TaskListener.EVENTNAME_COMPLETE);
  }

  @Test
  void refusesACompletionWhoseExecutionAnotherRequestEndedAsAConcurrentChange() {
    // the engine leaves the event unnamed when the task's execution is gone: the same task completed twice at once
    TaskEntity task = new TaskEntity("t2");

    assertThatThrownBy(() -> TaskEvents.of(task)).isInstanceOf(OptimisticLockingException.class)
        .hasMessageContaining("t2").hasMessageContaining("permintaan lain");
  }
}
