package id.asn.workflow.signature;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything a Pertek letter states, as it is printed; the renderer adds nothing but layout. */
record PertekContent(
    String nomor,
    LocalDate tanggal,
    Kantor kantor,
    String instansi,
    JenisAsn jenisAsn,
    List<String> dasarHukum,
    String nama,
    String nomorPeserta,
    String tempatLahir,
    LocalDate tanggalLahir,
    String jenisKelamin,
    String pendidikan,
    String jabatan,
    String unitKerja,
    LocalDate tmt,
    String golonganRuang,
    String nomorInduk,
    String urlVerifikasi,
    int batasPenetapanHariKerja) {

  public PertekContent {
    Objects.requireNonNull(nomor, "nomor");
    Objects.requireNonNull(tanggal, "tanggal");
    Objects.requireNonNull(kantor, "kantor");
    Objects.requireNonNull(jenisAsn, "jenisAsn");
    Objects.requireNonNull(nomorInduk, "nomorInduk");
    Objects.requireNonNull(urlVerifikasi, "urlVerifikasi");
    dasarHukum = List.copyOf(dasarHukum);
  }

  /** The Kantor Regional that issues the Pertek: its name in a sentence, letterhead lines, city and the signing official's title. */
  public record Kantor(String nama, List<String> kop, String alamat, String kota, String jabatanPenandatangan) {
    public Kantor {
      kop = List.copyOf(kop);
    }
  }

  /** A legal basis the letter cites (POS "Dasar Hukum") and the kinds of ASN it concerns (empty: both). */
  public record LegalBasis(String teks, List<JenisAsn> jenisAsn) {
    public LegalBasis {
      jenisAsn = jenisAsn == null ? List.of() : List.copyOf(jenisAsn);
    }

    public boolean appliesTo(JenisAsn jenis) {
      return jenisAsn.isEmpty() || jenisAsn.contains(jenis);
    }

    public static List<String> applicable(List<LegalBasis> all, JenisAsn jenis) {
      return all.stream().filter(b -> b.appliesTo(jenis)).map(LegalBasis::teks).toList();
    }
  }
}
