package id.asn.workflow.pertek;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.util.Map;

/**
 * A collective proposal (Lampiran I VI.A.4.a, II VI.4.a): the covering letter, who signed it (the PPK or an official
 * of at least JPT Pratama), and its nominative list, nomor peserta → name; the letter and the list are stored files.
 */
public record CollectiveProposal(String id, String instansi, JenisAsn jenisAsn, String nomorSurat, LocalDate tanggalSurat,
    String pejabatNama, String pejabatNip, String pejabatJabatan, TingkatJabatan tingkatJabatan, String sha256Surat,
    String sha256Daftar, Map<String, String> peserta) {

  /** The signing official's rank: the PPK, or an official of JPT Pratama or above in the field of staffing. */
  public enum TingkatJabatan {
    PPK("Pejabat Pembina Kepegawaian"),
    JPT_UTAMA("Jabatan Pimpinan Tinggi Utama"),
    JPT_MADYA("Jabatan Pimpinan Tinggi Madya"),
    JPT_PRATAMA("Jabatan Pimpinan Tinggi Pratama");

    private final String label;

    TingkatJabatan(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The link the verifier opens for the letter and for the list. */
  public String suratUrl() {
    return "/api/usul-ni-kolektif/" + id + "/surat-pengantar.pdf";
  }

  public String daftarUrl() {
    return "/api/usul-ni-kolektif/" + id + "/daftar-nominatif.csv";
  }
}
