package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.demo.DemoUsers;
import id.asn.workflow.support.AppTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Passwords are stored as the engine stores them: a salted SHA-512 hash, never the password. */
@AppTest
class PasswordStorageTest {

  @Autowired JdbcClient jdbc;

  private Map<String, Object> stored(String user) {
    return jdbc.sql("select PWD_, SALT_ from ACT_ID_USER where ID_ = ?").param(user).query().singleRow();
  }

  @Test
  void aDemoUsersPasswordIsASaltedHash() {
    Map<String, Object> row = stored("pemroses1");
    String hash = (String) row.get("PWD_");
    String salt = (String) row.get("SALT_");

    assertThat(hash).isNotEqualTo(DemoUsers.PASSWORD).doesNotContain(DemoUsers.PASSWORD).startsWith("{SHA-512}");
    assertThat(hash.length()).as("prefix and a Base64 SHA-512 digest").isGreaterThan(80);
    assertThat(salt).isNotBlank().doesNotContain(DemoUsers.PASSWORD);
  }

  @Test
  void theSamePasswordHashesDifferentlyForEachUser() {
    Map<String, Object> first = stored("pemroses1");
    Map<String, Object> second = stored("pemroses2");

    assertThat(first.get("SALT_")).isNotEqualTo(second.get("SALT_"));
    assertThat(first.get("PWD_")).as("both passwords are 'rahasia'").isNotEqualTo(second.get("PWD_"));
  }
}
