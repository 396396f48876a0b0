package id.asn.workflow.identity;

import java.util.Optional;

/** The users and groups the engine keeps; the API authenticates against the same accounts as Tasklist. */
public interface UserDirectory {

  Optional<AuthenticatedUser> authenticate(String userId, String password);

  /** A user's name as people read it ("Bambang Suryono"), if the user exists and has one. */
  Optional<String> fullName(String userId);

  /** A group's name ("Pemerintah Kabupaten Batang" for instansiKabBatang), if the group exists and has one. */
  Optional<String> groupName(String groupId);

  /** Whether the user exists and belongs to the group. */
  boolean isMember(String userId, String groupId);
}
