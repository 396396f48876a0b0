package id.asn.workflow.support;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The time limits of the shipped processes/tenggat.dmn, for rule tests without the application. */
public final class ShippedTimeLimits implements TimeLimits {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision TENGGAT = parse();

  private static DmnDecision parse() {
    try (InputStream table = Files.newInputStream(Path.of("processes/tenggat.dmn"))) {
      return ENGINE.parseDecision("tenggat", table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final ShippedTimeLimits INSTANCE = new ShippedTimeLimits();

  private ShippedTimeLimits() {}

  @Override
  public TimeLimit of(String tenggat) {
    DmnDecisionRuleResult row = ENGINE.evaluateDecisionTable(TENGGAT, Map.of("tenggat", tenggat)).getSingleResult();
    if (row == null) {
      throw new IllegalArgumentException("processes/tenggat.dmn has no row " + tenggat);
    }
    return new TimeLimit(tenggat, ((Number) row.get("jumlah")).intValue(),
        TimeLimit.Satuan.valueOf((String) row.get("satuan")));
  }
}
