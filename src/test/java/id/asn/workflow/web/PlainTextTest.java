package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void whatPeopleTypeIsFine() {
    assertThat(PlainText.problemOf("Siti Aminah")).isEmpty();
    assertThat(PlainText.problemOf("Dinas Pendidikan & Kebudayaan (Bidang GTK), Kab. Batang")).isEmpty();
    assertThat(PlainText.problemOf("Raden Ajeng Kartini — 中文 — 😀")).isEmpty();
  }

  @Test
  void controlCharactersAreRefusedWithTheirPosition() {
    assertThat(PlainText.problemOf("Siti\u0000Aminah")).hasValueSatisfying(reason ->
        assertThat(reason).contains("karakter kendali", "posisi 5"));
    assertThat(PlainText.problemOf("Siti\nAminah")).isPresent();
    assertThat(PlainText.problemOf("Siti\tAminah")).isPresent();
    assertThat(PlainText.problemOf("Siti\u001B[31m")).isPresent();
  }

  @Test
  void invisibleDirectionOverridesAreRefused() {
    assertThat(PlainText.problemOf("tagihan\u202Efdp.exe")).hasValueSatisfying(reason ->
        assertThat(reason).contains("U+202E"));
    assertThat(PlainText.problemOf("a\u2066b")).isPresent();
  }

  @Test
  void brokenUtf16IsRefused() {
    assertThat(PlainText.problemOf("Siti\uD800")).hasValueSatisfying(reason -> assertThat(reason).contains("rusak"));
    assertThat(PlainText.problemOf("\uDC00Siti")).isPresent();
  }
}
