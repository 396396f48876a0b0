package id.asn.workflow.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables of the technical consideration (pertimbangan teknis), as Peraturan BKN 9/2022 lists them
 * for central, provincial and regency/city instansi, with the values computed where the data allows it:
 * need and current staff per level, composition per job group, retirements and ending agreements, ASN per
 * population or per coordinated regency, personnel spending over total spending.
 */
record TechnicalConsideration(JenisInstansi jenisInstansi, List<Variable> variabel) {

  /** One variable: its letter in the regulation, what it is, its value as text and, when computed, as a number. */
  public record Variable(String kode, String nama, String nilai, BigDecimal angka) {}

  public static TechnicalConsideration of(Planning planning, List<OrgUnit> units, NeedsProposal proposal) {
    Facts facts = Facts.of(planning, units, proposal);
    List<Variable> variabel = switch (planning.jenisInstansi()) {
      case PUSAT -> central(facts);
      case PROVINSI -> province(facts);
      case KABUPATEN_KOTA -> regency(facts);
      default -> throw new IllegalStateException();
    };
    return new TechnicalConsideration(planning.jenisInstansi(), List.copyOf(variabel));
  }

  /** What several variables state, worked out once from the planning's data. */
  private record Facts(NeedsProposal proposal, Attachments lampiran, int units, int ada, String kelembagaan,
      String kebutuhan, String komposisi, String pensiun, String pppk, BigDecimal belanja, String belanjaText) {

    static Facts of(Planning planning, List<OrgUnit> units, NeedsProposal proposal) {
      Attachments lampiran = planning.lampiran() == null ? Attachments.NONE : planning.lampiran();
      int ada = proposal.total().ada();
      String kelembagaan = units.size() + " unit organisasi, " + proposal.jabatan().size() + " jabatan; unit tertinggi: "
          + units.stream().filter(u -> u.kodeInduk() == null).map(OrgUnit::nama).collect(Collectors.joining(", "));
      BigDecimal belanja = lampiran.rasioBelanjaPegawaiPersen().orElse(null);
      String belanjaText = belanja == null ? "belum diisi" : Angka.of(belanja) + "% (belanja pegawai Rp"
          + Angka.of(lampiran.belanjaPegawai()) + " dari seluruh belanja Rp" + Angka.of(lampiran.belanjaTotal()) + ")";
      return new Facts(proposal, lampiran, units.size(), ada, kelembagaan,
          perJenjang(proposal, NeedsProposal.Item::kebutuhan) + " (jumlah " + proposal.total().kebutuhan() + ")",
          perJenjang(proposal, NeedsProposal.Item::ada) + " (jumlah " + ada + ")",
          departures(proposal, proposal.total().pensiun()), departures(proposal, proposal.total().perjanjianBerakhir()),
          belanja, belanjaText);
    }

    BigDecimal kebutuhanTotal() {
      return BigDecimal.valueOf(proposal.total().kebutuhan());
    }

    BigDecimal pensiunTotal() {
      return BigDecimal.valueOf(sum(proposal.total().pensiun()));
    }

    BigDecimal pppkTotal() {
      return BigDecimal.valueOf(sum(proposal.total().perjanjianBerakhir()));
    }

    String tanggalData() {
      return Angka.tanggal(proposal.tanggalData());
    }
  }

  /** A central instansi: variables 1 to 8. */
  private static List<Variable> central(Facts f) {
    return List.of(
        new Variable("1", "Susunan organisasi dan tata kerja", f.kelembagaan(), BigDecimal.valueOf(f.units())),
        new Variable("2", "Jenis dan sifat urusan pemerintahan yang menjadi tanggung jawabnya",
            orDash(f.lampiran().karakteristikInstansi()), null),
        new Variable("3", "Jumlah kebutuhan pegawai ASN untuk setiap jenjang jabatan", f.kebutuhan(), f.kebutuhanTotal()),
        new Variable("4", "Jumlah dan komposisi pegawai ASN yang tersedia per " + f.tanggalData(), f.komposisi(),
            BigDecimal.valueOf(f.ada())),
        new Variable("5", "Jumlah PNS yang akan memasuki batas usia pensiun", f.pensiun(), f.pensiunTotal()),
        new Variable("6", "Jumlah PPPK yang akan berakhir masa hubungan perjanjian kerja", f.pppk(), f.pppkTotal()),
        new Variable("7", "Rasio pegawai ASN pada jabatan administrator, pengawas, pelaksana dan JF",
            groupRatio(f.proposal()), null),
        new Variable("8", "Rasio anggaran belanja pegawai terhadap anggaran belanja instansi", f.belanjaText(),
            f.belanja()));
  }

  /** Variables a to e, the same for a province and a regency/city; f onwards differ. */
  private static List<Variable> regional(Facts f) {
    List<Variable> v = new ArrayList<>();
    v.add(new Variable("a", "Data kelembagaan instansi", f.kelembagaan(), BigDecimal.valueOf(f.units())));
    v.add(new Variable("b", "Jumlah kebutuhan pegawai ASN untuk setiap jenjang jabatan", f.kebutuhan(),
        f.kebutuhanTotal()));
    v.add(new Variable("c", "Jumlah dan komposisi pegawai ASN yang tersedia per " + f.tanggalData(),
        f.komposisi() + "; " + groupRatio(f.proposal()), BigDecimal.valueOf(f.ada())));
    v.add(new Variable("d", "Jumlah PNS yang akan memasuki batas usia pensiun", f.pensiun(), f.pensiunTotal()));
    v.add(new Variable("e", "Jumlah PPPK yang akan berakhir masa hubungan perjanjian kerja", f.pppk(), f.pppkTotal()));
    return v;
  }

  private static List<Variable> province(Facts f) {
    Attachments lampiran = f.lampiran();
    int ada = f.ada();
    BigDecimal perKabKota = lampiran.jumlahKabupatenKota() == null ? null
        : BigDecimal.valueOf(ada).divide(BigDecimal.valueOf(lampiran.jumlahKabupatenKota()), 2, RoundingMode.HALF_UP);
    List<Variable> v = regional(f);
    v.add(new Variable("f", "Rasio jumlah pegawai ASN terhadap jumlah kabupaten/kota yang dikoordinasikan",
        perKabKota == null ? "belum diisi" : Angka.of(perKabKota) + " ASN per kabupaten/kota (" + ada + " ASN, "
            + lampiran.jumlahKabupatenKota() + " kabupaten/kota)", perKabKota));
    v.add(new Variable("g", "Rasio anggaran belanja pegawai ASN terhadap anggaran belanja daerah", f.belanjaText(),
        f.belanja()));
    return v;
  }

  private static List<Variable> regency(Facts f) {
    Attachments lampiran = f.lampiran();
    int ada = f.ada();
    BigDecimal perSeribu = lampiran.jumlahPenduduk() == null ? null
        : BigDecimal.valueOf(ada * 1000L).divide(BigDecimal.valueOf(lampiran.jumlahPenduduk()), 2, RoundingMode.HALF_UP);
    List<Variable> v = regional(f);
    v.add(new Variable("f", "Rasio jumlah pegawai ASN terhadap jumlah penduduk", perSeribu == null ? "belum diisi"
        : Angka.of(perSeribu) + " ASN per 1.000 penduduk (" + ada + " ASN, " + Angka.of(lampiran.jumlahPenduduk())
            + " penduduk" + (ada == 0 ? "" : "; 1 ASN melayani " + Angka.of(lampiran.jumlahPenduduk() / ada) + " penduduk")
            + ")", perSeribu));
    v.add(new Variable("g", "Luas wilayah, kondisi geografis dan potensi daerah untuk dikembangkan",
        lampiran.luasWilayah() == null ? "belum diisi" : "Luas " + Angka.of(lampiran.luasWilayah()) + " km²; "
            + lampiran.kondisiGeografis() + "; potensi: " + lampiran.potensiDaerah(), lampiran.luasWilayah()));
    v.add(new Variable("h", "Rasio anggaran belanja pegawai terhadap anggaran belanja daerah", f.belanjaText(),
        f.belanja()));
    return v;
  }

  private static String perJenjang(NeedsProposal proposal, java.util.function.ToIntFunction<NeedsProposal.Item> count) {
    Map<Jenjang, Integer> byLevel = new EnumMap<>(Jenjang.class);
    proposal.jabatan().forEach(i -> byLevel.merge(i.jenjang(), count.applyAsInt(i), Integer::sum));
    String text = byLevel.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining("; "));
    return text.isEmpty() ? "tidak ada" : text;
  }

  private static String groupRatio(NeedsProposal proposal) {
    Map<Jenjang.Kelompok, Integer> byGroup = new LinkedHashMap<>();
    for (Jenjang.Kelompok group : Jenjang.Kelompok.values()) {
      byGroup.put(group, 0);
    }
    proposal.jabatan().forEach(i -> byGroup.merge(i.jenjang().kelompok(), i.ada(), Integer::sum));
    int total = byGroup.values().stream().mapToInt(Integer::intValue).sum();
    return byGroup.entrySet().stream()
        .map(e -> e.getKey().label() + " " + e.getValue() + (total == 0 ? "" : " (" + Angka.of(
            BigDecimal.valueOf(e.getValue() * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP)) + "%)"))
        .collect(Collectors.joining(" : "));
  }

  private static String departures(NeedsProposal proposal, List<Integer> perYear) {
    List<String> years = new ArrayList<>();
    for (int i = 0; i < perYear.size(); i++) {
      years.add(proposal.tahunProyeksi().get(i) + ": " + perYear.get(i));
    }
    return sum(perYear) + " orang dalam " + perYear.size() + " tahun (" + String.join(", ", years) + ")";
  }

  private static int sum(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "belum diisi" : text;
  }
}
