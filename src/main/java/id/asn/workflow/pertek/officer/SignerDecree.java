package id.asn.workflow.pertek.officer;

import java.time.LocalDate;

/**
 * The decree of the Kepala BKN that appoints a Pejabat Penandatanganan (POS step 2 note 2): its number and date,
 * the days it holds ({@code berlakuSampai} null: until revoked), and the official's NIP and position as the signed
 * Pertek prints them.
 */
public record SignerDecree(String userId, String nama, String nip, String jabatan, String nomor, LocalDate tanggal,
    LocalDate berlakuMulai, LocalDate berlakuSampai) {

  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(berlakuMulai) && (berlakuSampai == null || !day.isAfter(berlakuSampai));
  }
}
