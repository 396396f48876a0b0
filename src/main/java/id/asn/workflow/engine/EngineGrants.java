package id.asn.workflow.engine;

import id.asn.workflow.identity.AccessPolicy.Grant;
import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes the access policy's grants into the engine's authorizations, idempotently. */
@Component
class EngineGrants {

  private static final Logger log = LoggerFactory.getLogger(EngineGrants.class);

  private final AuthorizationService authorizationService;

  EngineGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** The group holds at least the grant's permissions on the resource. */
  void ensure(Grant grant) {
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
      authorization.addPermission(Permissions.valueOf(name));
    }
    authorizationService.saveAuthorization(authorization);
  }

  /** Every user may read the resource (a global authorization). */
  void ensureEveryoneReads(Resources resource, String resourceId) {
    boolean exists = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource)
        .resourceId(resourceId)
        .count() > 0;
    if (!exists) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      authorization.setUserId(Authorization.ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** Takes back permissions a group's authorization still holds from an earlier policy; an emptied one goes. */
  void ensureRevoked(Grant revoked) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(revoked.groupId())
        .resourceType(Resources.valueOf(revoked.resource()))
        .resourceId(revoked.resourceId())
        .singleResult();
    if (existing == null || revoked.permissions().stream().noneMatch(p -> existing.isPermissionGranted(permission(p)))) {
      return;
    }
    revoked.permissions().forEach(p -> existing.removePermission(permission(p)));
    boolean emptied = Arrays.stream(Permissions.values())
        .filter(p -> p != Permissions.NONE && p != Permissions.ALL)
        .noneMatch(existing::isPermissionGranted);
    if (emptied) {
      authorizationService.deleteAuthorization(existing.getId());
    } else {
      authorizationService.saveAuthorization(existing);
    }
    log.info("Revoked {} on {} {} from {}", revoked.permissions(), revoked.resource(), revoked.resourceId(),
        revoked.groupId());
  }

  private static Permission permission(String name) {
    return Permissions.valueOf(name);
  }
}
