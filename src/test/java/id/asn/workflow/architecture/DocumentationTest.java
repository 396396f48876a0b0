package id.asn.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ stay true as the code moves: every source file, model and form they name exists, every link
 * between them leads to a page and a heading that exist, and the README stays short enough to read in five minutes.
 */
class DocumentationTest {

  static final Path ROOT = Path.of("").toAbsolutePath();
  /**
   * A source file as the docs name it: {@code pertek/PreCheck.java}, {@code calendar/DeadlineLedger},
   * {@code test/...}; not a folder such as {@code META-INF}.
   */
  static final Pattern SOURCE = Pattern.compile(
      "(?<![\\w./-])((?:[a-z]+/)+[A-Z]\\w*+)(?!-)(?:\\.java)?(?!\\.(?:sql|md|yml|json|csv|pdf|html)\\b)");
  static final Pattern MODEL = Pattern.compile(
      "(?<![\\w./-])((?:processes|forms|db/migration)/[\\w-]+\\.(?:bpmn|dmn|form|sql))");
  static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*\\.md)?(#[^)\\s]+)?\\)");
  static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void everySourceFileModelAndFormTheDocsNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page);
      Matcher source = SOURCE.matcher(text);
      while (source.find()) {
        String path = source.group(1) + ".java";
        if (Stream.of("src/main/java/id/asn/workflow/", "src/test/java/id/asn/workflow/", "")
            .map(base -> ROOT.resolve(base + path.replaceFirst("^test/", ""))).noneMatch(Files::exists)) {
          missing.add(ROOT.relativize(page) + ": " + path);
        }
      }
      Matcher model = MODEL.matcher(text);
      while (model.find()) {
        if (!Files.exists(ROOT.resolve(model.group(1))) && !Files.exists(ROOT.resolve("src/main/resources")
            .resolve(model.group(1)))) {
          missing.add(ROOT.relativize(page) + ": " + model.group(1));
        }
      }
    }
    assertThat(missing).as("files the docs name that do not exist").isEmpty();
  }

  @Test
  void everyLinkLeadsToAPageAndAHeadingThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(Files.readString(page));
      while (link.find()) {
        if (link.group(1) == null && link.group(2) == null) {
          continue;
        }
        Path target = link.group(1) == null ? page : page.getParent().resolve(link.group(1)).normalize();
        if (!Files.exists(target)) {
          broken.add(ROOT.relativize(page) + ": " + link.group(0));
        } else if (link.group(2) != null && !anchors(target).contains(link.group(2).substring(1))) {
          broken.add(ROOT.relativize(page) + ": " + link.group(0) + " (no such heading)");
        }
      }
    }
    assertThat(broken).as("links to missing pages or headings").isEmpty();
  }

  @Test
  void theReadmeIsShortAndItsContentsListEverySection() throws IOException {
    Path readme = ROOT.resolve("README.md");
    List<String> lines = Files.readAllLines(readme);
    assertThat(lines.size()).as("README lines").isLessThanOrEqualTo(150);
    List<String> listed = lines.stream().takeWhile(line -> !line.startsWith("## "))
        .filter(line -> line.startsWith("- [")).map(line -> line.replaceAll(".*\\(#([^)]+)\\).*", "$1")).toList();
    List<String> sections = lines.stream().filter(line -> line.startsWith("## "))
        .map(line -> slug(line.substring(3))).toList();
    assertThat(listed).as("the contents at the top").containsExactlyElementsOf(sections);
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
  static List<String> anchors(Path page) throws IOException {
    List<String> anchors = new ArrayList<>();
    Matcher heading = HEADING.matcher(Files.readString(page));
    while (heading.find()) {
      anchors.add(slug(heading.group(1)));
    }
    return anchors;
  }

  static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[`*_]", "").replaceAll("[^\\p{L}\\p{N} -]", "")
        .replace(' ', '-');
  }
}
