package id.asn.workflow.engine;

import static id.asn.workflow.appointment.PengangkatanProcess.DECISION_ISI_SUMPAH;
import static id.asn.workflow.appointment.PengangkatanProcess.DECISION_LAFAL_SUMPAH;

import id.asn.workflow.appointment.Agama;
import id.asn.workflow.appointment.OathForm;
import id.asn.workflow.appointment.OathPhrases;
import id.asn.workflow.appointment.OathWordings;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The oath's wording from {@code processes/lafal-sumpah.dmn}. Like the other public rules it is evaluated without
 * the authorization of whoever completes the task that needs it.
 */
@Component
class DmnOathWordings implements OathWordings {

  private final DecisionService decisions;

  DmnOathWordings(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public OathPhrases phrases(Agama agama, OathForm bentuk) {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_LAFAL_SUMPAH,
          Map.of("agama", agama.name(), "bentuk", bentuk.name())).getSingleResult();
      if (row == null) {
        throw new IllegalStateException("Tabel " + DECISION_LAFAL_SUMPAH + " tidak memuat " + bentuk + " " + agama);
      }
      return new OathPhrases(entry(row, "pembukaan"), entry(row, "penutup"),
          Boolean.TRUE.equals(entry(row, "kalimatKepercayaan")));
    });
  }

  @Override
  public String body() {
    return WithoutAuthorization.call(() -> decisions.evaluateDecisionByKey(DECISION_ISI_SUMPAH).evaluate()
        .getSingleEntry());
  }

  /** An output whose entry is empty in the table is absent from the row, not null. */
  private static <T> T entry(DmnDecisionRuleResult row, String name) {
    return row.containsKey(name) ? row.getEntry(name) : null;
  }
}
