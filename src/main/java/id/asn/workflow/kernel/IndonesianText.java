package id.asn.workflow.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Dates, Nomor Induk and education as an Indonesian official letter writes them. */
public final class IndonesianText {

  private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember"};

  /** The zone of the Kanreg and of Kabupaten Batang: Western Indonesian Time (WIB). */
  public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private IndonesianText() {}

  private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
      "sembilan", "sepuluh", "sebelas"};

  /** A number in words, as a letter writes it beside the figure: 30 is "tiga puluh", 125 "seratus dua puluh lima". */
  public static String words(int n) {
    if (n < 0 || n > 9999) {
      throw new IllegalArgumentException("bilangan di luar 0-9999: " + n);
    }
    if (n < 12) {
      return UNITS[n];
    }
    if (n < 20) {
      return UNITS[n - 10] + " belas";
    }
    if (n < 100) {
      return UNITS[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + UNITS[n % 10]);
    }
    if (n < 1000) {
      return (n / 100 == 1 ? "seratus" : UNITS[n / 100] + " ratus") + (n % 100 == 0 ? "" : " " + words(n % 100));
    }
    return (n / 1000 == 1 ? "seribu" : UNITS[n / 1000] + " ribu") + (n % 1000 == 0 ? "" : " " + words(n % 1000));
  }

  /** 17 Mei 1998. */
  public static String date(LocalDate date) {
    return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** 4 Desember 2026 10.05 WIB: a moment as it is read in Jakarta. */
  public static String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime local = instant.atZone(JAKARTA);
    return date(local.toLocalDate()) + " %02d.%02d WIB".formatted(local.getHour(), local.getMinute());
  }

  /**
   * A NIP in its printed groups, birth date, TMT, gender, sequence ({@code 19980517 202506 2 001}); an NI PPPK
   * as birth date, year, agreement code, gender, sequence ({@code 19900203 2025 21 1 003}). Anything else as given.
   */
  public static String nomorInduk(String nomor, JenisAsn jenis) {
    if (nomor == null || nomor.length() != 18 || !nomor.chars().allMatch(Character::isDigit)) {
      return nomor == null ? "" : nomor;
    }
    return jenis == JenisAsn.PPPK
        ? String.join(" ", nomor.substring(0, 8), nomor.substring(8, 12), nomor.substring(12, 14), nomor.substring(14, 15),
            nomor.substring(15))
        : String.join(" ", nomor.substring(0, 8), nomor.substring(8, 14), nomor.substring(14, 15), nomor.substring(15));
  }

  public static String education(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "SLTA" -> "SLTA/sederajat";
      case "D2" -> "Diploma II";
      case "D3" -> "Diploma III";
      case "D4" -> "Diploma IV";
      case "S1" -> "Sarjana (S1)";
      case "S2" -> "Magister (S2)";
      case "S3" -> "Doktor (S3)";
      case "DOKTER" -> "Dokter";
      case "APOTEKER" -> "Apoteker";
      default -> code;
    };
  }

  /** The religion or belief as the usul records it ({@code ISLAM}), written as a name ("Islam"). */
  public static String religion(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "KONGHUCU" -> "Khonghucu";
      case "KEPERCAYAAN" -> "Kepercayaan terhadap Tuhan Yang Maha Esa";
      default -> code.isEmpty() ? code : code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT);
    };
  }

  public static String gender(String code) {
    return "P".equals(code) ? "Perempuan" : "L".equals(code) ? "Laki-laki" : code;
  }
}
