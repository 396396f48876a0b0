package id.asn.workflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NikCheckTest {

  @Test
  void aMansNikCarriesTheBirthDayAsIs() {
    assertThat(NikCheck.disagreements("3374011705980003", LocalDate.of(1998, 5, 17), "L")).isEmpty();
  }

  @Test
  void aWomansNikCarriesTheBirthDayPlus40() {
    assertThat(NikCheck.disagreements("3374015705980003", LocalDate.of(1998, 5, 17), "P")).isEmpty();
  }

  @Test
  void onlyTheLastTwoDigitsOfTheBirthYearAreCompared() {
    assertThat(NikCheck.disagreements("3374010101000001", LocalDate.of(2000, 1, 1), "L")).isEmpty();
    assertThat(NikCheck.disagreements("3374010101000001", LocalDate.of(1900, 1, 1), "L")).isEmpty();
  }

  @Nested
  class Reports {

    @Test
    void aBirthDateThatDiffersFromTheData() {
      assertThat(NikCheck.disagreements("3374011705980003", LocalDate.of(1998, 5, 18), "L"))
          .containsExactly("tanggal lahir pada NIK (17-05-98) tidak sama dengan tanggal lahir 1998-05-18");
    }

    @Test
    void aWomansBirthDateThatDiffersShowsTheDayWithout40() {
      assertThat(NikCheck.disagreements("3374015705980003", LocalDate.of(1999, 5, 17), "P"))
          .containsExactly("tanggal lahir pada NIK (17-05-98) tidak sama dengan tanggal lahir 1999-05-17");
    }

    @Test
    void aWomanWhoseNikReadsAsAMan() {
      assertThat(NikCheck.disagreements("3374011705980003", LocalDate.of(1998, 5, 17), "P"))
          .containsExactly("jenis kelamin pada NIK (laki-laki) tidak sama dengan jenis kelamin perempuan (P)");
    }

    @Test
    void aManWhoseNikReadsAsAWoman() {
      assertThat(NikCheck.disagreements("3374015705980003", LocalDate.of(1998, 5, 17), "L"))
          .containsExactly("jenis kelamin pada NIK (perempuan, tanggal lahir ditambah 40) "
              + "tidak sama dengan jenis kelamin laki-laki (L)");
    }

    @Test
    void bothDateAndGender() {
      assertThat(NikCheck.disagreements("3374015705980003", LocalDate.of(1998, 6, 17), "L")).hasSize(2);
    }

    @Test
    void aNikOfTheWrongLength() {
      assertThat(NikCheck.disagreements("337401170598000", LocalDate.of(1998, 5, 17), "L"))
          .containsExactly("NIK harus 16 angka, diterima '337401170598000' (15 karakter)");
      assertThat(NikCheck.disagreements("33740117059800031", LocalDate.of(1998, 5, 17), "L")).hasSize(1);
    }

    @Test
    void aNikWithCharactersOtherThanDigits() {
      assertThat(NikCheck.disagreements("33740117059800O3", LocalDate.of(1998, 5, 17), "L"))
          .containsExactly("NIK harus 16 angka, diterima '33740117059800O3' (16 karakter)");
    }

    @Test
    void anEmptyNik() {
      assertThat(NikCheck.disagreements(" ", LocalDate.of(1998, 5, 17), "L")).containsExactly("NIK kosong");
      assertThat(NikCheck.disagreements(null, LocalDate.of(1998, 5, 17), "L")).containsExactly("NIK kosong");
    }

    @Test
    void aDayThatIsNeitherAMansNorAWomans() {
      assertThat(NikCheck.disagreements("3374013505980003", LocalDate.of(1998, 5, 17), "L"))
          .containsExactly("tanggal lahir pada NIK (digit 7-8: 35) tidak sah: 01-31 untuk laki-laki, "
              + "41-71 untuk perempuan");
    }

    @Test
    void aGenderOtherThanLOrPInTheDataAsAnError() {
      assertThatThrownBy(() -> NikCheck.disagreements("3374011705980003", LocalDate.of(1998, 5, 17), "W"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
