package id.asn.workflow.engine;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.UserDirectory;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Checks passwords and group membership against the engine's identity service (hashed, salted passwords). */
@Component
class EngineUserDirectory implements UserDirectory {

  private final IdentityService identityService;

  EngineUserDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Optional<AuthenticatedUser> authenticate(String userId, String password) {
    if (userId == null || userId.isBlank() || password == null || !identityService.checkPassword(userId, password)) {
      return Optional.empty();
    }
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toUnmodifiableSet());
    return Optional.of(new AuthenticatedUser(userId, groups));
  }

  @Override
  public Optional<String> fullName(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return Optional.empty();
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  @Override
  public Optional<String> groupName(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return Optional.empty();
    }
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null || group.getName().isBlank()
        ? Optional.empty() : Optional.of(group.getName());
  }

  @Override
  public boolean isMember(String userId, String groupId) {
    if (userId == null || userId.isBlank() || groupId == null) {
      return false;
    }
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
  }
}
