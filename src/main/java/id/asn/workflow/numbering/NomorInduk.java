package id.asn.workflow.numbering;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A valid NIP (PNS) or NI PPPK: 18 digits of the layout {@link NomorIndukFormat} describes. The kind is
 * part of the value because the digits alone cannot always tell the two apart.
 */
public record NomorInduk(String nomor, JenisAsn jenis) {

  public NomorInduk {
    Objects.requireNonNull(jenis, "jenis");
    List<String> problems = NomorIndukFormat.problems(nomor, jenis);
    if (!problems.isEmpty()) {
      throw new InvalidNomorIndukException(nomor, jenis, problems);
    }
  }

  /** See {@link NomorIndukFormat#parse(String, JenisAsn)}. */
  public static NomorInduk parse(String text, JenisAsn jenis) {
    return NomorIndukFormat.parse(text, jenis);
  }

  /** The first 15 digits: everything but the sequence. */
  public String prefix() {
    return nomor.substring(0, NomorIndukFormat.PREFIX_LENGTH);
  }

  public int urutan() {
    return Integer.parseInt(nomor.substring(15));
  }

  public LocalDate tanggalLahir() {
    return NomorIndukFormat.date(nomor.substring(0, 8));
  }

  /** Year of the TMT: of the CPNS appointment (PNS) or of the first appointment as calon PPPK. */
  public int tahunTmt() {
    return Integer.parseInt(nomor.substring(8, 12));
  }

  /** Month of the TMT CPNS; a NIP only, an NI PPPK carries no month. */
  public YearMonth tmtCpns() {
    if (jenis != JenisAsn.PNS) {
      throw new IllegalStateException("NI PPPK tidak memuat bulan TMT: " + nomor);
    }
    return YearMonth.of(tahunTmt(), Integer.parseInt(nomor.substring(12, 14)));
  }

  /** Digits 13-14 of an NI PPPK, the work agreement code ("21" for a first contract). */
  public String kodePerjanjianKerja() {
    if (jenis != JenisAsn.PPPK) {
      throw new IllegalStateException("NIP tidak memuat kode perjanjian kerja: " + nomor);
    }
    return nomor.substring(12, 14);
  }

  public JenisKelamin jenisKelamin() {
    return JenisKelamin.ofDigit(nomor.charAt(14));
  }
}
