package id.asn.workflow.engine;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every read of the current time in the application goes through this bean. */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock();
  }
}
