package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.web.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the candidate's data of a usul and reports every problem at once, each in words an operator can
 * act on. Pure: today's date is an input.
 */
public final class UsulFormValidator {

  public static final List<String> JENIS_KELAMIN = List.of("L", "P");
  public static final List<String> PENDIDIKAN = List.of("SLTA", "D2", "D3", "D4", "S1", "S2", "S3", "DOKTER", "APOTEKER");
  public static final List<String> AGAMA =
      List.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN");

  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern NOMOR_PESERTA = Pattern.compile("\\d{8,20}");
  /** Nobody alive to be appointed was born earlier; an earlier date is a typing error. */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private UsulFormValidator() {}

  public record Result(Optional<CandidateData> data, List<FieldProblem> problems) {

    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  public static Result validate(UsulForm form, LocalDate today) {
    Checks checks = new Checks();
    JenisAsn jenisAsn = checks.oneOf("jenisAsn", form.jenisAsn(), names(JenisAsn.values()))
        .map(JenisAsn::valueOf).orElse(null);
    String nomorPeserta = checks.matching("nomorPeserta", form.nomorPeserta(), NOMOR_PESERTA, "harus 8–20 digit angka");
    String nik = checks.matching("nik", form.nik(), NIK, "harus 16 digit angka");
    String nama = checks.text("nama", form.nama(), 200);
    String tempatLahir = checks.text("tempatLahir", form.tempatLahir(), 100);
    LocalDate tanggalLahir = checks.date("tanggalLahir", form.tanggalLahir());
    if (tanggalLahir != null && tanggalLahir.isAfter(today)) {
      checks.problem("tanggalLahir", "tidak boleh di masa depan");
      tanggalLahir = null;
    }
    String jenisKelamin = checks.oneOf("jenisKelamin", form.jenisKelamin(), JENIS_KELAMIN).orElse(null);
    String pendidikan = checks.oneOf("pendidikan", form.pendidikan(), PENDIDIKAN).orElse(null);
    String jabatan = checks.text("jabatan", form.jabatan(), 200);
    String unitKerja = checks.text("unitKerja", form.unitKerja(), 200);
    LocalDate tmt = checks.date("tmt", form.tmt());
    if (tmt != null && tanggalLahir != null && !tmt.isAfter(tanggalLahir)) {
      checks.problem("tmt", "harus sesudah tanggalLahir");
    }
    String agama = checks.oneOf("agama", form.agama(), AGAMA).orElse(null);

    if (!checks.problems.isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(checks.problems));
    }
    return new Result(Optional.of(new CandidateData(jenisAsn, nomorPeserta, nik, nama, tempatLahir, tanggalLahir,
        jenisKelamin, pendidikan, jabatan, unitKerja, tmt, agama)), List.of());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /** Collects the problems; each check returns the cleaned value, or null (empty) when it failed. */
  private static final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    void problem(String field, String reason) {
      problems.add(new FieldProblem(field, reason));
    }

    String required(String field, String value) {
      if (value == null || value.isBlank()) {
        problem(field, "wajib diisi");
        return null;
      }
      return value.strip();
    }

    String text(String field, String value, int maxLength) {
      String text = required(field, value);
      if (text != null && text.length() > maxLength) {
        problem(field, "paling panjang " + maxLength + " karakter");
        return null;
      }
      Optional<String> unprintable = text == null ? Optional.empty() : PlainText.problemOf(text);
      if (unprintable.isPresent()) {
        problem(field, unprintable.get());
        return null;
      }
      return text;
    }

    String matching(String field, String value, Pattern pattern, String reason) {
      String text = required(field, value);
      if (text != null && !pattern.matcher(text).matches()) {
        problem(field, reason);
        return null;
      }
      return text;
    }

    Optional<String> oneOf(String field, String value, List<String> allowed) {
      String text = required(field, value);
      if (text == null) {
        return Optional.empty();
      }
      if (!allowed.contains(text)) {
        problem(field, "harus salah satu dari " + String.join(", ", allowed));
        return Optional.empty();
      }
      return Optional.of(text);
    }

    LocalDate date(String field, String value) {
      String text = required(field, value);
      if (text == null) {
        return null;
      }
      try {
        // ISO_LOCAL_DATE resolves strictly: 2023-02-30 is refused, not moved to March
        LocalDate date = LocalDate.parse(text);
        if (date.isBefore(EARLIEST) || date.getYear() > 2999) {
          problem(field, "tanggal tidak masuk akal: " + text);
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        problem(field, "harus tanggal yang ada, dengan format YYYY-MM-DD");
        return null;
      }
    }
  }
}
