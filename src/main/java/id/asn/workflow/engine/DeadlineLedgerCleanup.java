package id.asn.workflow.engine;

import id.asn.workflow.calendar.DeadlineLedger;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * An instance that ends (completed or cancelled) has no deadline left to move: its rows leave the ledger in the
 * same transaction, so that re-timing a year looks only at what is still open.
 */
@Component
class DeadlineLedgerCleanup extends AbstractProcessEnginePlugin {

  private final DeadlineLedger ledger;

  DeadlineLedgerCleanup(@Lazy DeadlineLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        ExecutionListener forget = execution -> {
          if (execution.getId().equals(execution.getProcessInstanceId())) {
            ledger.forgetProcess(execution.getProcessInstanceId());
          }
        };
        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, forget);
      }
    });
  }
}
