package id.asn.workflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NomorIndukFormatTest {

  @Test
  void parsesTheNipOfThePerbupSignatureBlock() {
    NomorInduk nip = NomorInduk.parse("196902071993032008", JenisAsn.PNS);

    assertThat(nip.tanggalLahir()).isEqualTo(LocalDate.of(1969, 2, 7));
    assertThat(nip.tmtCpns()).isEqualTo(YearMonth.of(1993, 3));
    assertThat(nip.tahunTmt()).isEqualTo(1993);
    assertThat(nip.jenisKelamin()).isEqualTo(JenisKelamin.P);
    assertThat(nip.urutan()).isEqualTo(8);
    assertThat(nip.prefix()).isEqualTo("196902071993032");
    assertThat(nip.jenis()).isEqualTo(JenisAsn.PNS);
  }

  @Test
  void parsesANipWrittenInGroupsAsOnADocument() {
    assertThat(NomorInduk.parse("19690207 199303 2 008", JenisAsn.PNS).nomor()).isEqualTo("196902071993032008");
  }

  @Test
  void buildsThePnsPrefixFromBirthDateTmtMonthAndGender() {
    assertThat(NomorIndukFormat.prefix(JenisAsn.PNS, LocalDate.of(1969, 2, 7), LocalDate.of(1993, 3, 1), "P"))
        .isEqualTo("196902071993032");
    assertThat(NomorIndukFormat.prefix(JenisAsn.PNS, LocalDate.of(1998, 12, 31), LocalDate.of(2025, 10, 1), "L"))
        .isEqualTo("199812312025101");
  }

  @Test
  void buildsThePppkPrefixWithTheFirstAgreementCode21() {
    assertThat(NomorIndukFormat.prefix(JenisAsn.PPPK, LocalDate.of(1990, 1, 5), LocalDate.of(2024, 8, 1), "L"))
        .isEqualTo("199001052024211");
  }

  @Test
  void completesAPrefixWithAThreeDigitSequence() {
    NomorInduk nomor = NomorIndukFormat.withSequence(JenisAsn.PNS, "196902071993032", 8);

    assertThat(nomor.nomor()).isEqualTo("196902071993032008");
    assertThat(NomorIndukFormat.withSequence(JenisAsn.PNS, "196902071993032", 999).urutan()).isEqualTo(999);
  }

  @Test
  void acceptsALeapDayBirth() {
    assertThat(NomorInduk.parse("200002292025011001", JenisAsn.PNS).tanggalLahir())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void readsGenderDigitOneAsMaleAndTwoAsFemale() {
    assertThat(NomorInduk.parse("199001012020011001", JenisAsn.PNS).jenisKelamin()).isEqualTo(JenisKelamin.L);
    assertThat(NomorInduk.parse("199001012020012001", JenisAsn.PNS).jenisKelamin()).isEqualTo(JenisKelamin.P);
  }

  @Test
  void parsesAPppkNumberOfAFirstAgreement() {
    NomorInduk ni = NomorInduk.parse("199001052024211003", JenisAsn.PPPK);

    assertThat(ni.tanggalLahir()).isEqualTo(LocalDate.of(1990, 1, 5));
    assertThat(ni.tahunTmt()).isEqualTo(2024);
    assertThat(ni.kodePerjanjianKerja()).isEqualTo("21");
    assertThat(ni.jenisKelamin()).isEqualTo(JenisKelamin.L);
    assertThat(ni.urutan()).isEqualTo(3);
  }

  @Test
  void parsesAPppkNumberWithAnotherAgreementCodeSuchAsPartTime24() {
    NomorInduk ni = NomorInduk.parse("198507202025242001", JenisAsn.PPPK);

    assertThat(ni.kodePerjanjianKerja()).isEqualTo("24");
    assertThat(ni.jenisKelamin()).isEqualTo(JenisKelamin.P);
  }

  @Test
  void theSameDigitsParseAsEitherKindWhenTheyFitBoth() {
    // TMT month 12 of a NIP looks like agreement code 12 of an NI PPPK: only the caller knows which
    assertThat(NomorInduk.parse("199001012020121001", JenisAsn.PNS).jenis()).isEqualTo(JenisAsn.PNS);
    assertThat(NomorInduk.parse("199001012020121001", JenisAsn.PPPK).jenis()).isEqualTo(JenisAsn.PPPK);
  }

  @Test
  void aValidNumberHasNoProblems() {
    assertThat(NomorIndukFormat.problems("196902071993032008", JenisAsn.PNS)).isEmpty();
  }

  @Nested
  class Rejects {

    @Test
    void aBirthDateThatDoesNotExistSuchAs29February1999() {
      assertThat(NomorIndukFormat.problems("199902292025011001", JenisAsn.PNS))
          .containsExactly("tanggal lahir (digit 1-8) 19990229 bukan tanggal yang ada");
    }

    @Test
    void aNumberShorterOrLongerThan18Digits() {
      assertThat(NomorIndukFormat.problems("19690207199303200", JenisAsn.PNS))
          .containsExactly("nomor induk harus 18 digit, diterima 17 karakter");
      assertThat(NomorIndukFormat.problems("1969020719930320081", JenisAsn.PNS))
          .containsExactly("nomor induk harus 18 digit, diterima 19 karakter");
    }

    @Test
    void aNumberWithCharactersOtherThanDigits() {
      assertThat(NomorIndukFormat.problems("19690207199303200A", JenisAsn.PNS))
          .containsExactly("nomor induk hanya boleh berisi angka, diterima '19690207199303200A'");
    }

    @Test
    void anEmptyNumber() {
      assertThat(NomorIndukFormat.problems("", JenisAsn.PNS)).containsExactly("nomor induk kosong");
      assertThat(NomorIndukFormat.problems(null, JenisAsn.PPPK)).containsExactly("nomor induk kosong");
    }

    @Test
    void aNipWithTmtMonth13() {
      assertThat(NomorIndukFormat.problems("196902071993132008", JenisAsn.PNS))
          .containsExactly("bulan TMT CPNS (digit 13-14) 13 tidak sah, harus 01 sampai 12");
    }

    @Test
    void aNipWithTmtMonth00() {
      assertThat(NomorIndukFormat.problems("196902071993002008", JenisAsn.PNS))
          .containsExactly("bulan TMT CPNS (digit 13-14) 00 tidak sah, harus 01 sampai 12");
    }

    @Test
    void aGenderDigitOtherThanOneOrTwo() {
      assertThat(NomorIndukFormat.problems("196902071993033008", JenisAsn.PNS))
          .containsExactly("kode jenis kelamin (digit 15) 3 tidak sah, harus 1 (laki-laki) atau 2 (perempuan)");
      assertThat(NomorIndukFormat.problems("199001052024210003", JenisAsn.PPPK))
          .containsExactly("kode jenis kelamin (digit 15) 0 tidak sah, harus 1 (laki-laki) atau 2 (perempuan)");
    }

    @Test
    void sequence000() {
      assertThat(NomorIndukFormat.problems("196902071993032000", JenisAsn.PNS))
          .containsExactly("nomor urut (digit 16-18) 000 tidak sah, nomor urut dimulai dari 001");
    }

    @Test
    void everyFaultOfOneNumberAtOnce() {
      assertThat(NomorIndukFormat.problems("199902291993133000", JenisAsn.PNS)).hasSize(4);
    }

    @Test
    void anInvalidNumberWhenParsingWithAllReasons() {
      assertThatThrownBy(() -> NomorInduk.parse("196902071993133000", JenisAsn.PNS))
          .isInstanceOfSatisfying(InvalidNomorIndukException.class, e -> assertThat(e.reasons()).hasSize(3))
          .hasMessageStartingWith("Nomor induk PNS '196902071993133000' tidak sah: bulan TMT CPNS");
    }

    @Test
    void anInvalidNumberAsAValue() {
      assertThatThrownBy(() -> new NomorInduk("19690207", JenisAsn.PNS))
          .isInstanceOf(InvalidNomorIndukException.class);
    }

    @Test
    void askingANipForAnAgreementCodeOrAPppkNumberForATmtMonth() {
      assertThatThrownBy(() -> NomorInduk.parse("196902071993032008", JenisAsn.PNS).kodePerjanjianKerja())
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> NomorInduk.parse("199001052024211003", JenisAsn.PPPK).tmtCpns())
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aGenderOtherThanLOrPWhenBuildingAPrefix() {
      assertThatThrownBy(() -> NomorIndukFormat.prefix(JenisAsn.PNS, LocalDate.of(1990, 1, 1),
          LocalDate.of(2020, 1, 1), "X"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("jenis kelamin harus L atau P, diterima: X");
    }

    @Test
    void aSequenceOutside1To999WhenCompletingAPrefix() {
      assertThatThrownBy(() -> NomorIndukFormat.withSequence(JenisAsn.PNS, "196902071993032", 1000))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> NomorIndukFormat.withSequence(JenisAsn.PNS, "196902071993032", 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
