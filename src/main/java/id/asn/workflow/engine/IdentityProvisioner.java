package id.asn.workflow.engine;

import id.asn.workflow.identity.AccessPolicy;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.Groups.GroupDefinition;
import id.asn.workflow.identity.PresetUsers;
import id.asn.workflow.identity.TaskQueues;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's groups, authorizations and Tasklist queues ({@link TaskQueues}) to what the access policy
 * says, at every start and idempotently; creates the preset users where there are any (the demo's, in the demo
 * profile) and the first administrator from the environment otherwise.
 */
@Component
@Order(0)
class IdentityProvisioner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityProvisioner.class);

  private final IdentityService identityService;
  private final EngineGrants grants;
  private final TaskQueueFilters queues;
  private final InstansiGroupSetup instansiSetup;
  private final Optional<PresetUsers> presetUsers;
  private final String adminId;
  private final String adminPassword;

  IdentityProvisioner(IdentityService identityService, EngineGrants grants, TaskQueueFilters queues,
      InstansiGroupSetup instansiSetup, Optional<PresetUsers> presetUsers,
      @Value("${app.admin.id:}") String adminId,
      @Value("${app.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.grants = grants;
    this.queues = queues;
    this.instansiSetup = instansiSetup;
    this.presetUsers = presetUsers;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    Groups.FIXED.forEach(this::ensureGroup);
    presetUsers.ifPresentOrElse(this::ensurePresetUsers, this::ensureFirstAdministrator);
    AccessPolicy.fixedGroupGrants().forEach(grants::ensure);
    TaskQueues.fixed().forEach(queues::ensure);
    queues.retire(TaskQueues.RETIRED);
    instansiSetup.instansiGroups().forEach(instansiSetup::setUp);
  }

  private void ensurePresetUsers(PresetUsers preset) {
    preset.instansi().forEach(i ->
        ensureGroup(new GroupDefinition(Groups.instansiGroup(i.code()), i.name(), "INSTANSI")));
    preset.users().forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.password(), u.groupId()));
  }

  private void ensureFirstAdministrator() {
    boolean adminExists = identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0;
    if (adminId.isBlank() || adminPassword.isBlank()) {
      if (adminExists) {
        return;
      }
      throw new IllegalStateException("No administrator exists yet. Set ADMIN_USER and ADMIN_PASSWORD to create the "
          + "first one, or start with the demo profile (--spring.profiles.active=demo) for the demo users.");
    }
    ensureUser(adminId, "Administrator", "Sistem", adminPassword, Groups.ADMIN);
  }

  private void ensureGroup(GroupDefinition definition) {
    if (identityService.createGroupQuery().groupId(definition.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(definition.id());
    group.setName(definition.name());
    group.setType(definition.type());
    identityService.saveGroup(group);
    log.info("Created group {}", definition.id());
  }

  private void ensureUser(String id, String firstName, String lastName, String password, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(password);
      identityService.saveUser(user);
      log.info("Created user {}", id);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }
}
