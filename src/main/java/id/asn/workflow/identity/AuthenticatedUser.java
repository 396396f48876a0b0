package id.asn.workflow.identity;

import java.util.Set;

/** A user who proved their password, with the groups they belong to. */
public record AuthenticatedUser(String id, Set<String> groupIds) {

  public boolean isKanreg() {
    return groupIds.stream().anyMatch(Groups.KANREG::contains);
  }

  public boolean isMemberOf(String groupId) {
    return groupIds.contains(groupId);
  }
}
