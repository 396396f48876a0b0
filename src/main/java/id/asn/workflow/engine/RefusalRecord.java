package id.asn.workflow.engine;

import id.asn.workflow.kernel.IndonesianText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the latest refused completion of a task on its process instance as {@value #VARIABLE} ("when · who · task:
 * reason"). The refusal rolled its own transaction back, so this is written in a new one. Cockpit shows it among the
 * instance's variables, and every earlier one in the variable's history: a supervisor sees why a late task has not
 * moved, not only that it is late.
 */
final class RefusalRecord {

  static final String VARIABLE = "penolakanTerakhir";

  private static final Pattern COMPLETION = Pattern.compile("(?:^|/)task/([^/]+)/(?:submit-form|complete)$");
  private static final Logger LOG = LoggerFactory.getLogger(RefusalRecord.class);

  private RefusalRecord() {}

  /** Records the refusal when {@code path} completes a task; any other request is left alone. */
  static void keep(String path, String reason) {
    Matcher completion = path == null ? null : COMPLETION.matcher(path);
    if (completion == null || !completion.find()) {
      return;
    }
    try {
      keep(EngineUtil.lookupProcessEngine(null), completion.group(1), reason);
    } catch (RuntimeException e) {
      // the officer still gets the refusal; only the supervisor's record is missing
      LOG.warn("The refusal of task {} could not be recorded: {}", completion.group(1), e.toString());
    }
  }

  static void keep(ProcessEngine engine, String taskId, String reason) {
    Authentication signedIn = engine.getIdentityService().getCurrentAuthentication();
    String who = signedIn == null ? "?" : signedIn.getUserId();
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew()
        .execute(context -> context.runWithoutAuthorization(() -> {
          Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
          if (task != null && task.getProcessInstanceId() != null) {
            engine.getRuntimeService().setVariable(task.getProcessInstanceId(), VARIABLE,
                IndonesianText.dateTime(new EngineClock().instant()) + " · " + who + " · " + task.getName() + ": " + reason);
          }
          return null;
        }));
  }
}
