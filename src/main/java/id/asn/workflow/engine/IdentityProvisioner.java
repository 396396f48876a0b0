package id.asn.workflow.engine;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.workforce.KebutuhanProcess;
import id.asn.workflow.identity.AccessPolicy;
import id.asn.workflow.identity.AccessPolicy.Grant;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.Groups.GroupDefinition;
import id.asn.workflow.identity.PresetUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's groups, authorizations and Tasklist filters to what the access policy says,
 * at every start and idempotently; creates the preset users where there are any (the demo's, in the demo
 * profile) and the first administrator from the environment otherwise.
 */
@Component
@Order(0)
class IdentityProvisioner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityProvisioner.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final Optional<PresetUsers> presetUsers;
  private final String adminId;
  private final String adminPassword;

  IdentityProvisioner(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, Optional<PresetUsers> presetUsers,
      @Value("${app.admin.id:}") String adminId,
      @Value("${app.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.presetUsers = presetUsers;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    Groups.FIXED.forEach(this::ensureGroup);
    presetUsers.ifPresentOrElse(this::ensurePresetUsers, this::ensureFirstAdministrator);
    List<Grant> grants = new ArrayList<>(AccessPolicy.fixedGroupGrants());
    List<String> instansiGroups = identityService.createGroupQuery().list().stream()
        .map(Group::getId)
        .filter(Groups::isInstansi)
        .toList();
    instansiGroups.forEach(g -> grants.addAll(AccessPolicy.instansiGrants(g)));
    grants.forEach(this::ensureGrant);
    instansiGroups.forEach(g -> AccessPolicy.instansiRevocations(g).forEach(this::ensureRevoked));
    ensureTaskFilters(instansiGroups);
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

  private void ensureGrant(Grant grant) {
    Resource resource = Resources.valueOf(grant.resource());
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.groupId())
        .resourceType(resource)
        .resourceId(grant.resourceId())
        .singleResult();
    Authorization authorization = existing != null
        ? existing
        : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.groupId());
    authorization.setResource(resource);
    authorization.setResourceId(grant.resourceId());
    for (String name : grant.permissions()) {
      authorization.addPermission(permission(name));
    }
    authorizationService.saveAuthorization(authorization);
  }

  /** Takes back permissions a group's authorization still holds from an earlier policy; an emptied one goes. */
  private void ensureRevoked(Grant revoked) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(revoked.groupId())
        .resourceType(Resources.valueOf(revoked.resource()))
        .resourceId(revoked.resourceId())
        .singleResult();
    if (existing == null || revoked.permissions().stream().noneMatch(p -> existing.isPermissionGranted(permission(p)))) {
      return;
    }
    revoked.permissions().forEach(p -> existing.removePermission(permission(p)));
    boolean emptied = java.util.Arrays.stream(Permissions.values())
        .filter(p -> p != Permissions.NONE && p != Permissions.ALL)
        .noneMatch(existing::isPermissionGranted);
    if (emptied) {
      authorizationService.deleteAuthorization(existing.getId());
    } else {
      authorizationService.saveAuthorization(existing);
    }
    log.info("Revoked {} on {} {} from {}", revoked.permissions(), revoked.resource(), revoked.resourceId(), revoked.groupId());
  }

  private static Permission permission(String name) {
    return Permissions.valueOf(name);
  }

  /** One queue per working group, sorted by due date, so a new officer sees their work at once. */
  private void ensureTaskFilters(List<String> instansiGroups) {
    ensureFilter("Verifikasi Usul NI", "Usul penetapan NI yang menunggu verifikasi Tim Pemroses", 10,
        taskService.createTaskQuery().processDefinitionKey(AccessPolicy.PERTEK_NI_CASN)
            .taskDefinitionKey(PertekProcess.TASK_VERIFIKASI).orderByDueDate().asc(),
        Groups.TIM_PEMROSES, Groups.PENGAWAS_KANREG);
    ensureFilter("Tanda Tangan Pertek", "Konsep Pertek yang menunggu tanda tangan digital", 20,
        taskService.createTaskQuery().processDefinitionKey(AccessPolicy.PERTEK_NI_CASN)
            .taskDefinitionKey(PertekProcess.TASK_TANDA_TANGAN).orderByDueDate().asc(),
        Groups.PEJABAT_PENANDATANGANAN, Groups.PENGAWAS_KANREG);
    // an operator sees only the tasks whose candidate group is their instansi's: one filter serves every instansi
    ensureFilter("Penyusunan Kebutuhan ASN", "Tahap instansi penyusunan kebutuhan ASN, sampai batas penyampaian", 30,
        taskService.createTaskQuery().processDefinitionKey(AccessPolicy.PENYUSUNAN_KEBUTUHAN_ASN)
            .taskDefinitionKeyIn(KebutuhanProcess.TASK_ANALISIS_JABATAN, KebutuhanProcess.TASK_ANALISIS_BEBAN_KERJA,
                KebutuhanProcess.TASK_PETA_JABATAN, KebutuhanProcess.TASK_USUL_KEBUTUHAN,
                KebutuhanProcess.TASK_PENYAMPAIAN, KebutuhanProcess.TASK_PERBAIKAN)
            .orderByDueDate().asc(),
        instansiGroups.toArray(String[]::new));
    ensureFilter("Analisis Kebutuhan ASN", "Usul kebutuhan ASN yang menunggu analisis dan pertimbangan teknis BKN", 40,
        taskService.createTaskQuery().processDefinitionKey(AccessPolicy.PENYUSUNAN_KEBUTUHAN_ASN)
            .taskDefinitionKeyIn(KebutuhanProcess.TASK_ANALISIS_KEBUTUHAN, KebutuhanProcess.TASK_PERTIMBANGAN_TEKNIS)
            .orderByTaskCreateTime().asc(),
        Groups.BKN_ANALIS);
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query, String... groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filterService.saveFilter(filter);
    for (String group : groups) {
      ensureGrant(new Grant(group, "FILTER", filter.getId(), java.util.Set.of("READ")));
    }
  }
}
