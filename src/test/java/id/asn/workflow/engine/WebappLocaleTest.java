package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps speak Indonesian: each app's id.json translates every text of the webjar's en.json (a key
 * missing would show the key itself), keeps every placeholder and tag the app fills in, and is the only locale
 * its config.js offers.
 */
class WebappLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%s|</?[a-zA-Z][^>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyTextIsTranslatedWithItsPlaceholders(String app) throws IOException {
    Map<String, String> english = texts(read(app + "/locales/en.json"));
    Map<String, String> indonesian = texts(read(app + "/locales/id.json"));
    assertThat(indonesian.keySet()).as(app + ": the keys of en.json").containsExactlyInAnyOrderElementsOf(
        english.keySet());
    List<String> lost = new ArrayList<>();
    english.forEach((key, text) -> {
      if (!placeholders(indonesian.get(key)).containsAll(placeholders(text))) {
        lost.add(key);
      }
    });
    assertThat(lost).as(app + ": texts that lost a placeholder or tag").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void indonesianIsTheOnlyLocaleOffered(String app) throws IOException {
    String config = new String(read(app + "/scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(config).contains("availableLocales: ['id']").contains("fallbackLocale: 'id'");
  }

  private static InputStream read(String path) {
    InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(APP + path);
    assertThat(in).as(APP + path).isNotNull();
    return in;
  }

  private static Map<String, String> texts(InputStream json) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    flatten("", JSON.readTree(json), texts);
    return texts;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(prefix + "/" + field.getKey(), field.getValue(), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "/" + i, node.get(i), into);
      }
    } else {
      into.put(prefix, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
