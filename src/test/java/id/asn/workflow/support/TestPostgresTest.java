package id.asn.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

  @Test
  void givesAFreshEmptyPostgresDatabase() throws Exception {
    String url = TestPostgres.freshDatabase();
    try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), "");
        ResultSet rs = c.createStatement().executeQuery(
            "select count(*) from information_schema.tables where table_schema = 'public'")) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
