package id.asn.workflow.identity;

import java.util.List;

/**
 * Users and instansi groups that come with the application and are created at start-up instead of the first
 * administrator from the environment. Only the demo has them ({@code demo.DemoUsers}, a bean of the demo profile
 * alone); without such a bean there is none.
 */
public interface PresetUsers {

  List<PresetUser> users();

  List<Instansi> instansi();

  record PresetUser(String id, String firstName, String lastName, String password, String groupId) {}

  /** An instansi whose group ({@code instansi<code>}) is created: code → name. */
  record Instansi(String code, String name) {}
}
