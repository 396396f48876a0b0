package id.asn.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A group an administrator creates in Camunda Admin (or through the engine REST) is set up at once, not at the next
 * start: once the engine has saved an instansi group and committed, {@link InstansiGroupSetup} gives it its grants
 * and its Tasklist queue. The interceptor runs before the transaction, so the setup sees the saved group; should it
 * fail, the group stays and the next start sets it up.
 */
@Component
class NewGroupSetupPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<InstansiGroupSetup> setup;

  NewGroupSetupPlugin(ObjectProvider<InstansiGroupSetup> setup) {
    this.setup = setup;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> before = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    before.add(new SetUpSavedGroups());
    configuration.setCustomPreCommandInterceptorsTxRequired(before);
  }

  private final class SetUpSavedGroups extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof SaveGroupCmd) {
        setup.getObject().setUpNewAndRenamed();
      }
      return result;
    }
  }
}
