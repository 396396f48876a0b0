package id.asn.workflow.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits on what Jackson reads, far above any valid request (a usul's data is one level deep, a calendar year
 * three) and far below what costs a server: hostile nesting and thousand-digit numbers stop at once.
 * Duplicate keys and trailing content are refused too (application.yml, spring.jackson).
 */
@Configuration
class JsonLimits {

  static final int MAX_NESTING = 64;
  static final int MAX_NUMBER_LENGTH = 64;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
    return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxNumberLength(MAX_NUMBER_LENGTH).build()));
  }
}
