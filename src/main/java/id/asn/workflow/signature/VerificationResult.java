package id.asn.workflow.signature;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /api/pertek/verifikasi}: the validator's verdict on the signature and, when the
 * file is a Pertek this system issued, its registered number and Nomor Induk.
 *
 * @param valid the signature is valid (EU DSS: TOTAL_PASSED) and covers the whole file
 * @param indikasi the validator's indication (TOTAL_PASSED, TOTAL_FAILED, INDETERMINATE), or TANPA_TANDA_TANGAN /
 *     BUKAN_PDF when there is nothing to validate
 * @param subIndikasi why it is not valid, e.g. HASH_FAILURE (changed after signing), NO_CERTIFICATE_CHAIN_FOUND
 *     (signer not trusted), REVOKED_NO_POE (certificate revoked)
 * @param terdaftar the signed file is a Pertek in this system's register
 * @param dicabut the registered Pertek was revoked when its Nomor Induk was cancelled: the signature may be valid,
 *     the approval no longer holds
 */
record VerificationResult(
    boolean valid,
    String indikasi,
    String subIndikasi,
    String pesan,
    String penandatangan,
    Instant waktuTandaTangan,
    String tingkat,
    boolean terdaftar,
    String nomorPertek,
    String nomorInduk,
    String urlVerifikasi,
    boolean dicabut,
    Instant waktuPencabutan,
    String alasanPencabutan,
    List<String> rincian) {

  /** The register's entry for the file: the Pertek's number, its Nomor Induk and, when revoked, when and why. */
  record Registered(String nomorPertek, String nomorInduk, String url, Instant dicabut, String alasanPencabutan) {}

  /** {@code registered} null: the file is not a Pertek of this system. */
  static VerificationResult of(PertekValidator.Outcome outcome, Registered registered) {
    boolean known = registered != null;
    boolean revoked = known && registered.dicabut() != null;
    return new VerificationResult(outcome.valid(), outcome.indikasi(), outcome.subIndikasi(),
        message(outcome, known, revoked ? registered.alasanPencabutan() : null), outcome.penandatangan(),
        outcome.waktuTandaTangan(), outcome.tingkat(), known, known ? registered.nomorPertek() : null,
        known ? registered.nomorInduk() : null, known ? registered.url() : null, revoked,
        revoked ? registered.dicabut() : null, revoked ? registered.alasanPencabutan() : null, outcome.rincian());
  }

  /** {@code alasanPencabutan}: set when the registered Pertek was revoked. */
  static String message(PertekValidator.Outcome outcome, boolean registered, String alasanPencabutan) {
    if (outcome.valid()) {
      if (alasanPencabutan != null) {
        return "Tanda tangan elektronik sah, tetapi Pertek ini telah DICABUT karena nomor induknya dibatalkan ("
            + alasanPencabutan + "); persetujuan teknis ini tidak berlaku lagi.";
      }
      return registered
          ? "Tanda tangan elektronik sah dan dokumen sama dengan Pertek yang terdaftar."
          : "Tanda tangan elektronik sah, tetapi dokumen ini tidak terdaftar sebagai Pertek di sistem ini.";
    }
    if (PertekValidator.NOT_A_PDF.equals(outcome.indikasi())) {
      return "Berkas bukan PDF atau tidak dapat dibaca.";
    }
    if (PertekValidator.NO_SIGNATURE.equals(outcome.indikasi())) {
      return "PDF ini tidak memuat tanda tangan elektronik.";
    }
    if (!outcome.mencakupSeluruhBerkas() && "TOTAL_PASSED".equals(outcome.indikasi())) {
      return "Dokumen ditambah atau diubah setelah ditandatangani.";
    }
    String sub = outcome.subIndikasi() == null ? "" : outcome.subIndikasi();
    return switch (sub) {
      case "HASH_FAILURE", "SIG_CRYPTO_FAILURE" -> "Dokumen telah diubah setelah ditandatangani; tanda tangan tidak sah.";
      case "NO_CERTIFICATE_CHAIN_FOUND", "NO_CERTIFICATE_CHAIN_FOUND_NO_POE" ->
          "Sertifikat penanda tangan tidak diterbitkan oleh otoritas yang dipercaya.";
      case "REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE" -> "Sertifikat penanda tangan telah dicabut.";
      case "EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED" ->
          "Sertifikat penanda tangan tidak berlaku pada waktu penandatanganan.";
      case "TRY_LATER" -> "Status pencabutan sertifikat belum dapat dipastikan; coba lagi nanti.";
      default -> "Tanda tangan elektronik tidak sah (" + outcome.indikasi() + (sub.isEmpty() ? "" : "/" + sub) + ").";
    };
  }
}
