package id.asn.workflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls on the process's behalf, not with the authorizations of the officer whose task completion
 * triggered them: one process acting on another (a verifier may not, and need not, update an appointment
 * instance), or a public rule evaluated from a decision table (an instansi operator may not evaluate decisions).
 */
final class WithoutAuthorization {

  private WithoutAuthorization() {}

  static <T> T call(Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    return context == null ? work.get() : context.runWithoutAuthorization(work::get);
  }

  static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
