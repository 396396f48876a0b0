package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every date a form asks for is picked from a calendar, never typed as text against a pattern. */
class FormDateFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noFormAsksForADateAsText() throws IOException {
    List<String> typed = new ArrayList<>();
    for (JsonNode field : fields()) {
      String pattern = field.path("validate").path("pattern").asText("");
      if ("textfield".equals(field.path("type").asText())
          && (pattern.contains("\\d{4}-\\d{2}") || field.path("label").asText("").contains("YYYY"))) {
        typed.add(field.path("key").asText());
      }
    }
    assertThat(typed).as("text fields that take a date").isEmpty();
  }

  @Test
  void everyDatePickerPicksADayAndSaysWhatItIs() throws IOException {
    List<JsonNode> pickers = fields().stream().filter(f -> "datetime".equals(f.path("type").asText())).toList();
    assertThat(pickers).hasSizeGreaterThan(30);
    for (JsonNode picker : pickers) {
      String key = picker.path("key").asText();
      assertThat(picker.path("subtype").asText()).as(key).isEqualTo("date");
      assertThat(picker.path("dateLabel").asText("")).as(key).isNotBlank().doesNotContain("YYYY");
    }
  }

  private static List<JsonNode> fields() throws IOException {
    List<JsonNode> fields = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        collect(JSON.readTree(form.toFile()).path("components"), fields);
      }
    }
    return fields;
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      if (component.has("key")) {
        into.add(component);
      }
      collect(component.path("components"), into);
    }
  }
}
