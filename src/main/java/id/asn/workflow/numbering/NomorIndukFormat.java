package id.asn.workflow.numbering;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The layout of a NIP (PNS) and an NI PPPK, both 18 digits (RULES.md §2):
 * <pre>
 *   PNS : YYYYMMDD birth | YYYYMM TMT CPNS          | gender | 3-digit sequence
 *   PPPK: YYYYMMDD birth | YYYY TMT year | 2-digit agreement code | gender | 3-digit sequence
 * </pre>
 * The first 15 digits are the prefix; the sequence counts within a prefix. The digits alone cannot always
 * tell a NIP from an NI PPPK, so parsing takes the kind the caller expects.
 */
public final class NomorIndukFormat {

  public static final int LENGTH = 18;
  public static final int PREFIX_LENGTH = 15;
  public static final int MIN_SEQUENCE = 1;
  public static final int MAX_SEQUENCE = 999;
  /** Digits 13-14 of an NI PPPK for a first work agreement; the allocator writes only this code. */
  public static final String FIRST_AGREEMENT = "21";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
      .withResolverStyle(ResolverStyle.STRICT);

  private NomorIndukFormat() {}

  /**
   * The 15-digit prefix a candidate's data gives; for PPPK the code of a first work agreement.
   *
   * @param jenisKelamin "L" or "P"
   * @throws IllegalArgumentException for a gender other than L/P or a year that is not four digits
   */
  public static String prefix(JenisAsn jenis, LocalDate tanggalLahir, LocalDate tmt, String jenisKelamin) {
    Objects.requireNonNull(jenis, "jenis");
    Objects.requireNonNull(tanggalLahir, "tanggalLahir");
    Objects.requireNonNull(tmt, "tmt");
    JenisKelamin gender = JenisKelamin.of(jenisKelamin);
    requireFourDigitYear("tanggal lahir", tanggalLahir);
    requireFourDigitYear("TMT", tmt);
    String tmtPart = switch (jenis) {
      case PNS -> String.format("%04d%02d", tmt.getYear(), tmt.getMonthValue());
      case PPPK -> String.format("%04d", tmt.getYear()) + FIRST_AGREEMENT;
    };
    return DATE.format(tanggalLahir) + tmtPart + gender.digit();
  }

  /** The full number of a sequence within a prefix. */
  public static NomorInduk withSequence(JenisAsn jenis, String prefix, int urutan) {
    if (prefix == null || prefix.length() != PREFIX_LENGTH) {
      throw new IllegalArgumentException("awalan nomor induk harus " + PREFIX_LENGTH + " digit: " + prefix);
    }
    if (urutan < MIN_SEQUENCE || urutan > MAX_SEQUENCE) {
      throw new IllegalArgumentException("nomor urut harus 1 sampai " + MAX_SEQUENCE + ": " + urutan);
    }
    return new NomorInduk(prefix + String.format("%03d", urutan), jenis);
  }

  /**
   * Parses a number as written, e.g. "19690207 199303 2 008": whitespace between the groups is dropped.
   *
   * @throws InvalidNomorIndukException with every reason the number is not valid for the kind
   */
  public static NomorInduk parse(String text, JenisAsn jenis) {
    Objects.requireNonNull(jenis, "jenis");
    String nomor = text == null ? null : text.replaceAll("\\s+", "");
    List<String> problems = problems(nomor, jenis);
    if (!problems.isEmpty()) {
      throw new InvalidNomorIndukException(text, jenis, problems);
    }
    return new NomorInduk(nomor, jenis);
  }

  /**
   * An official's NIP as a request field sends it (whitespace between the groups allowed), checked as a PNS NIP: the
   * NIP without whitespace; the first reason it is not valid is added under {@code field}.
   */
  public static String pnsNip(String value, String field, List<FieldProblem> problems) {
    String nip = value == null ? "" : value.replaceAll("\\s+", "");
    problems(nip, JenisAsn.PNS).stream().findFirst().ifPresent(reason -> problems.add(new FieldProblem(field, reason)));
    return nip;
  }

  /** Every reason the number is not a valid number of the kind; empty when it is valid. */
  public static List<String> problems(String nomor, JenisAsn jenis) {
    Objects.requireNonNull(jenis, "jenis");
    if (nomor == null || nomor.isEmpty()) {
      return List.of("nomor induk kosong");
    }
    List<String> problems = new ArrayList<>();
    if (!nomor.chars().allMatch(c -> c >= '0' && c <= '9')) {
      problems.add("nomor induk hanya boleh berisi angka, diterima '" + nomor + "'");
    }
    if (nomor.length() != LENGTH) {
      problems.add("nomor induk harus " + LENGTH + " digit, diterima " + nomor.length() + " karakter");
    }
    if (!problems.isEmpty()) {
      // the fields below are positional: with a wrong length or a stray character they mean nothing
      return problems;
    }
    String birth = nomor.substring(0, 8);
    if (date(birth) == null) {
      problems.add("tanggal lahir (digit 1-8) " + birth + " bukan tanggal yang ada");
    }
    if (jenis == JenisAsn.PNS) {
      int month = Integer.parseInt(nomor.substring(12, 14));
      if (month < 1 || month > 12) {
        problems.add("bulan TMT CPNS (digit 13-14) " + nomor.substring(12, 14) + " tidak sah, harus 01 sampai 12");
      }
    }
    // PPPK digits 13-14 (the agreement code) take any value: 21 is a first contract, others occur (24)
    char gender = nomor.charAt(14);
    if (gender != '1' && gender != '2') {
      problems.add("kode jenis kelamin (digit 15) " + gender + " tidak sah, harus 1 (laki-laki) atau 2 (perempuan)");
    }
    String sequence = nomor.substring(15, 18);
    if (Integer.parseInt(sequence) < MIN_SEQUENCE) {
      problems.add("nomor urut (digit 16-18) " + sequence + " tidak sah, nomor urut dimulai dari 001");
    }
    return problems;
  }

  static LocalDate date(String yyyymmdd) {
    try {
      return LocalDate.parse(yyyymmdd, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void requireFourDigitYear(String what, LocalDate date) {
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      throw new IllegalArgumentException(what + " harus bertahun empat digit: " + date);
    }
  }
}
