package id.asn.workflow.support;

import id.asn.workflow.calendar.SeededCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;

/**
 * Moves the engine's clock (and so the application's one {@code Clock}) to another day for a whole test run:
 * {@code -Dasn.test.today=2027-12-20}, or {@code -Dasn.test.today=setelah-kalender} for 20 December of the year
 * after the newest year with a decree in the seeded calendar. The clock keeps running from the current time of
 * day in Jakarta. Registered for every test through {@code META-INF/services}; without the property it does
 * nothing. It applies before each test class (a Spring context starts on the moved day) and before each test,
 * so a test that sets the engine's clock itself still wins.
 */
public final class TestToday implements TestInstancePreConstructCallback, BeforeAllCallback, BeforeEachCallback {

  public static final String PROPERTY = "asn.test.today";
  /** The property's value for 20 December of the year after the newest decreed year. */
  public static final String AFTER_THE_CALENDAR = "setelah-kalender";

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    apply();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    apply();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    apply();
  }

  /** The day the property asks for, if any. */
  public static Optional<LocalDate> day() {
    String value = System.getProperty(PROPERTY, "").strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.equals(AFTER_THE_CALENDAR)) {
      return Optional.of(LocalDate.of(SeededCalendar.newestDecreedYear() + 1, 12, 20));
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(PROPERTY + " is yyyy-MM-dd or " + AFTER_THE_CALENDAR + ", not " + value, e);
    }
  }

  private static void apply() {
    day().ifPresent(day -> {
      long real = System.currentTimeMillis();
      LocalTime timeOfDay = LocalTime.ofInstant(Instant.ofEpochMilli(real), JAKARTA);
      long moved = day.atTime(timeOfDay).atZone(JAKARTA).toInstant().toEpochMilli();
      ClockUtil.offset(moved - real);
    });
  }
}
