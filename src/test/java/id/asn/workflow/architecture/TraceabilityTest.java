package id.asn.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/traceability.md stays true: every row names a test, and every test class and method, BPMN element and
 * class method it names exists. A renamed test or activity fails here instead of leaving a row that lies.
 */
class TraceabilityTest {

  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path TABLE = ROOT.resolve("docs/traceability.md");
  /** A test as the table names it: {@code PertekProcessTest} or {@code PertekProcessTest.aMethod}. */
  static final Pattern TEST = Pattern.compile("`([A-Z]\\w*Test)(?:\\.(\\w+))?`");
  /** A BPMN element id: {@code TimerEvent_BatasPerbaikan}, {@code ServiceTask_TandaiKedaluwarsa}. */
  static final Pattern ELEMENT = Pattern.compile("`([A-Z][a-z]+[A-Za-z]*_[A-Z][A-Za-z0-9]*)`");
  /** A method of a main class: {@code pertek/kanreg/PertekService.requestCorrection}. */
  static final Pattern METHOD = Pattern.compile(
      "`((?:[a-z]+/)+[A-Z]\\w*)\\.(?!(?:sql|md|yml|json|bpmn|dmn|form|java)`)([a-z]\\w*)`");

  /** The table's rows, each as its cells: seed point, rule, model element or class, test. */
  static List<List<String>> rows() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(TABLE)) {
      if (line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| seed point")
          && !line.startsWith("| source")) {
        rows.add(Stream.of(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
      }
    }
    return rows;
  }

  @Test
  void everyRowNamesWhatItTracesAndATest() throws IOException {
    List<List<String>> rows = rows();
    assertThat(rows).hasSizeGreaterThan(10);
    for (List<String> row : rows) {
      assertThat(row).as("row %s", row).hasSize(4).allSatisfy(cell -> assertThat(cell).isNotBlank());
      assertThat(TEST.matcher(row.get(3)).find()).as("a test for %s", row.get(0)).isTrue();
    }
  }

  @Test
  void everyTestTheTableNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (List<String> row : rows()) {
      Matcher m = TEST.matcher(row.get(3));
      while (m.find()) {
        Optional<String> source = source(ROOT.resolve("src/test/java"), m.group(1));
        if (source.isEmpty()) {
          missing.add(m.group(1));
        } else if (m.group(2) != null && !source.get().contains("void " + m.group(2) + "(")) {
          missing.add(m.group(1) + "." + m.group(2));
        }
      }
    }
    assertThat(missing).as("tests named in docs/traceability.md").isEmpty();
  }

  @Test
  void everyModelElementAndMethodTheTableNamesExists() throws IOException {
    String models;
    try (Stream<Path> files = Files.list(ROOT.resolve("processes"))) {
      models = files.map(TraceabilityTest::read).collect(Collectors.joining("\n"));
    }
    List<String> missing = new ArrayList<>();
    for (List<String> row : rows()) {
      Matcher element = ELEMENT.matcher(row.get(2));
      while (element.find()) {
        if (!models.contains("id=\"" + element.group(1) + "\"")) {
          missing.add(element.group(1));
        }
      }
      Matcher method = METHOD.matcher(row.get(2));
      while (method.find()) {
        Path file = ROOT.resolve("src/main/java/id/asn/workflow/" + method.group(1) + ".java");
        if (!Files.exists(file) || !read(file).matches("(?s).*\\b" + method.group(2) + "\\(.*")) {
          missing.add(method.group(1) + "." + method.group(2));
        }
      }
    }
    assertThat(missing).as("model elements and methods named in docs/traceability.md").isEmpty();
  }

  private static Optional<String> source(Path root, String className) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals(className + ".java")).findFirst()
          .map(TraceabilityTest::read);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
