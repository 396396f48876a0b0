package id.asn.workflow.sla;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start after the SLA feature came (nothing measured yet), after the engine has built its tables:
 * brings the engine's earlier history into {@code sla_tugas}. Later passes are recorded as they complete, and a
 * standard an administrator adds brings in its own history ({@code PUT /api/sla/standar/...}).
 */
@Component
@Order(10)
class SlaHistoryCatchUp implements ApplicationRunner {

  private final SlaLedger ledger;

  SlaHistoryCatchUp(SlaLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (ledger.isEmpty()) {
      ledger.catchUpFromHistory();
    }
  }
}
