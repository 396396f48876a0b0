package id.asn.workflow.demo;

import id.asn.workflow.pertek.officer.OfficerService;
import id.asn.workflow.pertek.officer.OfficerService.DecreeForm;
import id.asn.workflow.pertek.officer.OfficerService.MemberForm;
import id.asn.workflow.kernel.Refusal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The demo's Kanreg officers as an administrator would record them: the two Tim Pemroses members with their POS
 * positions, the two signers with a decree of the Kepala BKN. Runs after the demo users exist; on a second node, or
 * a restart, it finds them recorded and changes nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@Order(1)
class DemoOfficers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);
  private static final String BY = "demo";

  static final Map<String, MemberForm> MEMBERS = Map.of(
      "pemroses1", new MemberForm("198703152010122001", "AHLI_PERTAMA", null),
      "pemroses2", new MemberForm("199001012015031002", "TERAMPIL", null));

  static final Map<String, DecreeForm> DECREES = Map.of(
      "penandatangan1", new DecreeForm("197005121995031001", "Kepala Bidang Mutasi dan Status Kepegawaian",
          "1/KEP/2020", "2020-01-02", "2020-01-02", null),
      "penandatangan2", new DecreeForm("197508172000122002", "Kepala Seksi Status Kepegawaian",
          "2/KEP/2020", "2020-01-02", "2020-01-02", null));

  private final OfficerService officers;

  DemoOfficers(OfficerService officers) {
    this.officers = officers;
  }

  @Override
  public void run(ApplicationArguments args) {
    MEMBERS.forEach((user, form) -> {
      if (officers.member(user).isEmpty()) {
        quietly(() -> officers.recordMember(user, form, BY));
      }
    });
    DECREES.forEach((user, form) -> {
      if (officers.decrees().stream().noneMatch(d -> d.userId().equals(user))) {
        quietly(() -> officers.recordDecree(user, form, BY));
      }
    });
  }

  /** Another node recording the same at the same time is not an error. */
  private static void quietly(Runnable record) {
    try {
      record.run();
    } catch (DuplicateKeyException | Refusal e) {
      log.info("Petugas demo sudah tercatat: {}", e.getMessage());
    }
  }
}
