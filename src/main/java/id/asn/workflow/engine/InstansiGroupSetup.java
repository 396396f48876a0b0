package id.asn.workflow.engine;

import id.asn.workflow.identity.AccessPolicy;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.TaskQueues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an instansi group needs to work: the access policy's grants, with the earlier policy's permissions taken
 * back, and its Tasklist queue. Run at every start for every instansi group and, through
 * {@link NewGroupSetupPlugin}, as soon as an administrator creates or renames one.
 */
@Component
class InstansiGroupSetup {

  private static final Logger log = LoggerFactory.getLogger(InstansiGroupSetup.class);

  private final IdentityService identityService;
  private final EngineGrants grants;
  private final TaskQueueFilters queues;

  InstansiGroupSetup(IdentityService identityService, EngineGrants grants, TaskQueueFilters queues) {
    this.identityService = identityService;
    this.grants = grants;
    this.queues = queues;
  }

  void setUp(Group group) {
    AccessPolicy.instansiGrants(group.getId()).forEach(grants::ensure);
    AccessPolicy.instansiRevocations(group.getId()).forEach(grants::ensureRevoked);
    queues.ensure(TaskQueues.instansi(group.getId(), group.getName()));
  }

  /** The instansi groups, all of them. */
  List<Group> instansiGroups() {
    return identityService.createGroupQuery().list().stream().filter(g -> Groups.isInstansi(g.getId())).toList();
  }

  /**
   * Sets up the instansi groups whose queue is missing or carries another name than the group's: those created or
   * renamed since. A group save is rare, so reading the groups and filters once each is cheap enough.
   */
  void setUpNewAndRenamed() {
    Map<String, String> queueNames = queues.namesByKey();
    for (Group group : instansiGroups()) {
      String expected = TaskQueues.instansi(group.getId(), group.getName()).name();
      if (!expected.equals(queueNames.get(group.getId()))) {
        setUp(group);
        log.info("Instansi group {} set up: grants and Tasklist queue \"{}\"", group.getId(), expected);
      }
    }
  }
}
