package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void linksEmphasisAndHtmlStayText() {
    assertThat(MarkdownText.escape("[klik](http://x) *tebal* <b>")).isEqualTo("\\[klik\\]\\(http://x\\) \\*tebal\\* \\<b\\>");
  }

  @Test
  void lineBreaksCannotStartAHeadingOrAList() {
    assertThat(MarkdownText.escape("Siti\n# Judul")).isEqualTo("Siti \\# Judul");
  }

  @Test
  void nothingBecomesEmpty() {
    assertThat(MarkdownText.escape(null)).isEmpty();
  }
}
