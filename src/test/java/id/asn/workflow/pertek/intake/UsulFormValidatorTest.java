package id.asn.workflow.pertek.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.TestDocuments;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsulFormValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

  private static UsulForm valid() {
    return TestDocuments.form(JenisAsn.PNS, "24110320110012");
  }

  private static UsulFormValidator.Result validate(UsulForm form) {
    return UsulFormValidator.validate(form, TODAY);
  }

  @Test
  void acceptsTheContractExampleAsTypedData() {
    UsulFormValidator.Result result = validate(valid());

    assertThat(result.problems()).isEmpty();
    CandidateData data = result.data().orElseThrow();
    assertThat(data.jenisAsn()).isEqualTo(JenisAsn.PNS);
    assertThat(data.tanggalLahir()).isEqualTo(LocalDate.of(1998, 5, 17));
    assertThat(data.tmt()).isEqualTo(LocalDate.of(2025, 6, 1));
  }

  @Test
  void stripsSurroundingSpaces() {
    UsulForm form = new UsulForm(" PNS ", " 24110320110012 ", "3325015705980001", "  Siti Aminah ", "Batang",
        "1998-05-17", "P", "S1", "Analis", "Bappeda", "2025-06-01", "ISLAM");

    assertThat(validate(form).data().orElseThrow().nama()).isEqualTo("Siti Aminah");
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    UsulForm empty = new UsulForm(null, null, null, null, null, null, null, null, null, null, null, null);

    assertThat(validate(empty).problems()).extracting(FieldProblem::field).containsExactly("jenisAsn", "nomorPeserta",
        "nik", "nama", "tempatLahir", "tanggalLahir", "jenisKelamin", "pendidikan", "jabatan", "unitKerja", "tmt",
        "agama");
    assertThat(validate(empty).problems()).allMatch(p -> p.reason().equals("wajib diisi"));
  }

  @Test
  void blankIsMissing() {
    UsulForm form = new UsulForm("PNS", "24110320110012", "3325015705980001", "   ", "Batang", "1998-05-17", "P", "S1",
        "Analis", "Bappeda", "2025-06-01", "ISLAM");

    assertThat(validate(form).problems()).containsExactly(new FieldProblem("nama", "wajib diisi"));
  }

  @Nested
  class Nik {

    @ParameterizedTest
    @ValueSource(strings = {"332501570598000", "33250157059800011", "33250157059800AB", "3325-0157-0598-01"})
    void mustBeSixteenDigits(String nik) {
      UsulForm form = withNik(nik);

      assertThat(validate(form).problems()).containsExactly(new FieldProblem("nik", "harus 16 digit angka"));
    }

    @Test
    void refusesNonAsciiDigits() {
      assertThat(validate(withNik("٣٣٢٥٠١٥٧٠٥٩٨٠٠٠١")).problems()).extracting(FieldProblem::field).containsExactly("nik");
    }

    private UsulForm withNik(String nik) {
      UsulForm v = valid();
      return new UsulForm(v.jenisAsn(), v.nomorPeserta(), nik, v.nama(), v.tempatLahir(), v.tanggalLahir(),
          v.jenisKelamin(), v.pendidikan(), v.jabatan(), v.unitKerja(), v.tmt(), v.agama());
    }
  }

  @Nested
  class NomorPeserta {

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789012345678901", "2411032011001A", "24110 320110012"})
    void mustBeEightToTwentyDigits(String nomor) {
      UsulForm form = TestDocuments.form(JenisAsn.PNS, nomor);

      assertThat(validate(form).problems()).containsExactly(new FieldProblem("nomorPeserta", "harus 8–20 digit angka"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "12345678901234567890"})
    void acceptsTheLimits(String nomor) {
      assertThat(validate(TestDocuments.form(JenisAsn.PNS, nomor)).isValid()).isTrue();
    }
  }

  @Nested
  class Dates {

    @ParameterizedTest
    @ValueSource(strings = {"1998-02-30", "17-05-1998", "1998/05/17", "kemarin", "1998-5-17"})
    void birthDateMustBeARealIsoDate(String date) {
      assertThat(validate(withDates(date, "2025-06-01")).problems())
          .containsExactly(new FieldProblem("tanggalLahir", "harus tanggal yang ada, dengan format YYYY-MM-DD"));
    }

    @Test
    void birthDateCannotBeInTheFuture() {
      assertThat(validate(withDates("2025-07-02", "2025-08-01")).problems())
          .containsExactly(new FieldProblem("tanggalLahir", "tidak boleh di masa depan"));
    }

    @Test
    void birthDateMayBeToday() {
      assertThat(validate(withDates("2025-07-01", "2025-08-01")).isValid()).isTrue();
    }

    @Test
    void tmtMustBeARealDate() {
      assertThat(validate(withDates("1998-05-17", "2025-13-01")).problems()).extracting(FieldProblem::field)
          .containsExactly("tmt");
    }

    @Test
    void tmtMustComeAfterBirth() {
      assertThat(validate(withDates("1998-05-17", "1990-01-01")).problems())
          .containsExactly(new FieldProblem("tmt", "harus sesudah tanggalLahir"));
    }

    @Test
    void refusesAnImplausiblyOldDate() {
      assertThat(validate(withDates("1898-05-17", "2025-06-01")).problems()).extracting(FieldProblem::field)
          .containsExactly("tanggalLahir");
    }

    private UsulForm withDates(String tanggalLahir, String tmt) {
      UsulForm v = valid();
      return new UsulForm(v.jenisAsn(), v.nomorPeserta(), v.nik(), v.nama(), v.tempatLahir(), tanggalLahir,
          v.jenisKelamin(), v.pendidikan(), v.jabatan(), v.unitKerja(), tmt, v.agama());
    }
  }

  @Nested
  class Choices {

    @Test
    void refusesValuesOutsideEachList() {
      UsulForm form = new UsulForm("CPNS", "24110320110012", "3325015705980001", "Siti", "Batang", "1998-05-17", "W",
          "S4", "Analis", "Bappeda", "2025-06-01", "islam");

      assertThat(validate(form).problems()).containsExactly(
          new FieldProblem("jenisAsn", "harus salah satu dari PNS, PPPK"),
          new FieldProblem("jenisKelamin", "harus salah satu dari L, P"),
          new FieldProblem("pendidikan", "harus salah satu dari SLTA, D2, D3, D4, S1, S2, S3, DOKTER, APOTEKER"),
          new FieldProblem("agama", "harus salah satu dari ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN"})
    void acceptsEveryReligionOfTheOath(String agama) {
      UsulForm v = valid();
      UsulForm form = new UsulForm(v.jenisAsn(), v.nomorPeserta(), v.nik(), v.nama(), v.tempatLahir(), v.tanggalLahir(),
          v.jenisKelamin(), v.pendidikan(), v.jabatan(), v.unitKerja(), v.tmt(), agama);

      assertThat(validate(form).isValid()).isTrue();
    }
  }

  @Test
  void textLongerThanItsColumnIsRefused() {
    UsulForm v = valid();
    UsulForm form = new UsulForm(v.jenisAsn(), v.nomorPeserta(), v.nik(), "a".repeat(201), "b".repeat(101),
        v.tanggalLahir(), v.jenisKelamin(), v.pendidikan(), "c".repeat(201), "d".repeat(200), v.tmt(), v.agama());

    assertThat(validate(form).problems()).containsExactly(
        new FieldProblem("nama", "paling panjang 200 karakter"),
        new FieldProblem("tempatLahir", "paling panjang 100 karakter"),
        new FieldProblem("jabatan", "paling panjang 200 karakter"));
  }
}
