package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.Application;
import id.asn.workflow.demo.DemoUsers;
import id.asn.workflow.demo.Tasklist;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outside the demo profile no demo user exists, nor any other bean of the demo package; the first administrator comes
 * from the environment.
 */
class FirstAdministratorTest {

  /**
   * Starts the application as `java -jar` would, with these command-line properties. Camunda keeps engines and the
   * webapps' runtime in static registries: this second application gets an engine name of its own and no webapps, so
   * that closing it leaves the application context the other tests share working (its engine REST API would answer
   * 404 and Cockpit's API 500).
   */
  private static ConfigurableApplicationContext start(String database, String... properties) {
    String[] args = new String[properties.length + 6];
    args[0] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    args[1] = "--server.port=0";
    args[2] = "--camunda.bpm.job-execution.enabled=false";
    args[3] = "--app.data-dir=target/test-data/" + database;
    args[4] = "--camunda.bpm.process-engine-name=" + database;
    args[5] = "--camunda.bpm.webapp.enabled=false";
    for (int i = 0; i < properties.length; i++) {
      args[i + 6] = "--" + properties[i];
    }
    return new SpringApplicationBuilder(Application.class).run(args);
  }

  /** Outside the demo profile the QR codes' address must be set: a deployment never prints localhost. */
  private static final String PUBLIC_URL = "app.public-url=https://pertek.kanreg1.example.go.id";

  @Test
  void startUpFailsWithAClearMessageWhenTheQrCodeWouldPrintLocalhost() {
    assertThatThrownBy(() -> start("localurl", "app.admin.id=kepala", "app.admin.password=Sangat-Rahasia-1").close())
        .hasStackTraceContaining("PUBLIC_URL (app.public-url) is http://localhost");
  }

  @Test
  void startUpFailsWithAClearMessageWhenNoAdministratorIsConfigured() {
    assertThatThrownBy(() -> start("noadmin", "app.admin.id=", "app.admin.password=", PUBLIC_URL).close())
        .hasStackTraceContaining("No administrator exists yet")
        .hasStackTraceContaining("ADMIN_USER and ADMIN_PASSWORD");
  }

  @Test
  void theConfiguredAdministratorIsCreatedAndNoDemoUserOrDemoBeanIs() {
    try (ConfigurableApplicationContext context =
        start("withadmin", "app.admin.id=kepala", "app.admin.password=Sangat-Rahasia-1",
            PUBLIC_URL)) {
      UserDirectory users = context.getBean(UserDirectory.class);
      assertThat(users.authenticate("kepala", "Sangat-Rahasia-1"))
          .hasValueSatisfying(user -> assertThat(user.groupIds()).contains(Groups.ADMIN));
      assertThat(users.authenticate("pemroses1", DemoUsers.PASSWORD)).isEmpty();
      assertThat(users.authenticate("admin", DemoUsers.PASSWORD)).isEmpty();

      JdbcClient jdbc = context.getBean(JdbcClient.class);
      List<String> userIds = jdbc.sql("select ID_ from ACT_ID_USER").query(String.class).list();
      assertThat(userIds).as("the engine's users without the demo profile").containsExactly("kepala");
      assertThat(userIds).doesNotContainAnyElementsOf(DemoUsers.ALL.stream().map(PresetUsers.PresetUser::id).toList());
      assertThat(jdbc.sql("select ID_ from ACT_ID_GROUP").query(String.class).list()).as("no demo instansi either")
          .doesNotContainAnyElementsOf(DemoUsers.INSTANSI.stream().map(i -> Groups.instansiGroup(i.code())).toList());

      assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
          .map(Class::getPackageName)).as("no bean of the demo package: demo users, sample planning, simulators")
          .doesNotContain("id.asn.workflow.demo");
      assertThat(context.getBeanNamesForType(PresetUsers.class)).as("no preset users").isEmpty();
      assertThat(context.getBeanNamesForType(Tasklist.class)).as("nor the engine's side of the simulator").isEmpty();
    }
  }
}
