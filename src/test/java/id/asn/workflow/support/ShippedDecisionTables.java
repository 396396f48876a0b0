package id.asn.workflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The shipped decision tables of processes/, evaluated by Camunda's DMN engine alone, for rule tests. */
final class ShippedDecisionTables {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Map<String, DmnDecision> PARSED = new ConcurrentHashMap<>();

  private ShippedDecisionTables() {}

  /** The one row of {@code decision} in {@code processes/file} for the inputs; fails the test when none matches. */
  static DmnDecisionRuleResult row(String file, String decision, Map<String, Object> inputs) {
    DmnDecision parsed = PARSED.computeIfAbsent(file + "#" + decision, key -> parse(file, decision));
    DmnDecisionRuleResult row = ENGINE.evaluateDecisionTable(parsed, inputs).getSingleResult();
    if (row == null) {
      throw new IllegalArgumentException("processes/" + file + " " + decision + " has no row for " + inputs);
    }
    return row;
  }

  private static DmnDecision parse(String file, String decision) {
    try (InputStream table = Files.newInputStream(Path.of("processes", file))) {
      return ENGINE.parseDecision(decision, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
