package id.asn.workflow.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The event a task listener is called for. */
final class TaskEvents {

  private TaskEvents() {}

  /**
   * The engine names the event only while the task's execution exists. When two requests complete one task at
   * once, the later one finds the execution already gone: it is refused as the engine refuses a concurrent
   * change, instead of failing on a missing event name.
   */
  static String of(DelegateTask task) {
    String event = task.getEventName();
    if (event == null) {
      throw new OptimisticLockingException("Tugas " + task.getId()
          + " sudah diselesaikan oleh permintaan lain pada saat yang sama; muat ulang daftar tugas.");
    }
    return event;
  }
}
