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
    List<String> rincian) {

  static VerificationResult of(PertekValidator.Outcome outcome, String nomorPertek, String nomorInduk, String url) {
    boolean registered = nomorPertek != null;
    return new VerificationResult(outcome.valid(), outcome.indikasi(), outcome.subIndikasi(),
        message(outcome, registered), outcome.penandatangan(), outcome.waktuTandaTangan(), outcome.tingkat(), registered,
        nomorPertek, nomorInduk, url, outcome.rincian());
  }

  static String message(PertekValidator.Outcome outcome, boolean registered) {
    if (outcome.valid()) {
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
