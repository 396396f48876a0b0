package id.asn.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels of the deployed Camunda Forms' fields, so that a refusal names a field as the form shows it ("Alasan
 * untuk instansi") rather than by its variable ({@code alasanVerifikasi}). Read once from the same files the
 * deployment holds.
 */
@Component
class FormFieldLabels {

  private final Map<String, Map<String, String>> byForm = new HashMap<>();

  FormFieldLabels() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
      try (InputStream in = form.getInputStream()) {
        JsonNode schema = json.readTree(in);
        Map<String, String> labels = new HashMap<>();
        collect(schema, labels);
        byForm.put(schema.path("id").asText(), labels);
      } catch (IOException e) {
        throw new UncheckedIOException("Form " + form + " is not readable", e);
      }
    }
  }

  /** The label the form shows for the field, without a trailing hint in brackets; empty when it has none. */
  Optional<String> label(String formId, String key) {
    String label = byForm.getOrDefault(formId, Map.of()).get(key);
    return label == null ? Optional.empty() : Optional.of(label.replaceFirst("\\s*\\([^()]*\\)\\s*$", "").strip());
  }

  private static void collect(JsonNode container, Map<String, String> labels) {
    for (JsonNode component : container.path("components")) {
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText(null);
      if (component.hasNonNull("key") && label != null && !label.isBlank()) {
        labels.putIfAbsent(component.get("key").asText(), label);
      }
      collect(component, labels);
    }
  }
}
