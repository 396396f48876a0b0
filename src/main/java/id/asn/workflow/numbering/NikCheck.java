package id.asn.workflow.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a NIK (16 digits: 6 region, birth date DDMMYY with 40 added to the day for women, 4 sequence)
 * agrees with a candidate's birth date and gender. The year has two digits, so only the last two digits
 * of the birth year are compared.
 */
public final class NikCheck {

  public static final int LENGTH = 16;
  private static final int FEMALE_DAY_OFFSET = 40;

  private NikCheck() {}

  /**
   * What in the NIK disagrees with the data, in words a verifier reads; empty when it agrees.
   *
   * @param jenisKelamin "L" or "P"
   */
  public static List<String> disagreements(String nik, LocalDate tanggalLahir, String jenisKelamin) {
    Objects.requireNonNull(tanggalLahir, "tanggalLahir");
    JenisKelamin gender = JenisKelamin.of(jenisKelamin);
    if (nik == null || nik.isBlank()) {
      return List.of("NIK kosong");
    }
    if (nik.length() != LENGTH || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return List.of("NIK harus " + LENGTH + " angka, diterima '" + nik + "' (" + nik.length() + " karakter)");
    }
    int encodedDay = Integer.parseInt(nik.substring(6, 8));
    JenisKelamin nikGender;
    int day;
    if (encodedDay >= 1 && encodedDay <= 31) {
      nikGender = JenisKelamin.L;
      day = encodedDay;
    } else if (encodedDay >= 1 + FEMALE_DAY_OFFSET && encodedDay <= 31 + FEMALE_DAY_OFFSET) {
      nikGender = JenisKelamin.P;
      day = encodedDay - FEMALE_DAY_OFFSET;
    } else {
      return List.of("tanggal lahir pada NIK (digit 7-8: " + nik.substring(6, 8) + ") tidak sah: "
          + "01-31 untuk laki-laki, 41-71 untuk perempuan");
    }
    String month = nik.substring(8, 10);
    String year = nik.substring(10, 12);
    List<String> disagreements = new ArrayList<>();
    if (day != tanggalLahir.getDayOfMonth() || Integer.parseInt(month) != tanggalLahir.getMonthValue()
        || Integer.parseInt(year) != tanggalLahir.getYear() % 100) {
      disagreements.add("tanggal lahir pada NIK (" + String.format("%02d", day) + "-" + month + "-" + year
          + ") tidak sama dengan tanggal lahir " + tanggalLahir);
    }
    if (nikGender != gender) {
      String how = nikGender == JenisKelamin.P ? ", tanggal lahir ditambah 40" : "";
      disagreements.add("jenis kelamin pada NIK (" + nikGender.label() + how + ") tidak sama dengan jenis kelamin "
          + gender.label() + " (" + gender + ")");
    }
    return disagreements;
  }
}
