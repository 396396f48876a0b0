package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.tabular.Cells;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import id.asn.workflow.workforce.Jenjang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the CSV imports of docs/api.md. A file is read whole: every bad row is reported with its line
 * (the header is line 1), column and reason, and no row is returned unless all are valid.
 */
final class SeleksiCsv {

  public static final int MAKS_JUMLAH_FORMASI = 100_000;

  private SeleksiCsv() {}

  public static ImportResult<Formasi> formasi(String text, ApplicantAge age) {
    return formasi(text, JenisSeleksi.PNS, jenjang -> null, null, age);
  }

  /**
   * Formasi of a period of the kind: PNS reads {@code batasUsia} (one of the upper limits of {@code age}); PPPK needs {@code jenjang}, whose
   * retirement age {@code retirementAge} gives, and reads {@code sertifikasiWajib} (YA | TIDAK),
   * {@code ambangTeknis} (0 to the year's technical maximum of {@code scale}) and {@code jpt} (YA | TIDAK: a JPT utama
   * or madya tertentu, Lampiran II VII.B).
   */
  public static ImportResult<Formasi> formasi(String text, JenisSeleksi jenis, Function<Jenjang, Integer> retirementAge,
      ScoreScale scale, ApplicantAge age) {
    List<RowProblem> problems = new ArrayList<>();
    List<Formasi> rows = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(text, ImportKind.FORMASI.required(), ImportKind.FORMASI.optional(), problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> kode = cells.code("kodeFormasi");
      Optional<String> jabatan = cells.text("jabatan", 200, true);
      Optional<String> unit = cells.text("unitKerja", 200, true);
      Optional<Set<Pendidikan>> kualifikasi = kualifikasi(row.get("kualifikasiPendidikan"), cells);
      Optional<Integer> jumlah = cells.integer("jumlah", 1, MAKS_JUMLAH_FORMASI);
      FormasiTerms terms = jenis == JenisSeleksi.PPPK ? pppkTerms(row, cells, scale, age) : pnsTerms(row, cells, age);
      duplicate(kode, lineOf, row.line(), cells, "kodeFormasi");
      if (problems.size() == before) {
        Jenjang jenjang = terms.jenjang();
        rows.add(new Formasi(kode.get(), jabatan.get(), unit.get(), kualifikasi.get(), jumlah.get(), terms.batasUsia(),
            jenjang, jenjang == null ? null : retirementAge.apply(jenjang), terms.sertifikasiWajib(),
            terms.ambangTeknis(), terms.jpt()));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? rows : List.of(), problems);
  }

  /** The columns of a formasi that depend on the period's kind; null where the kind has none. */
  private record FormasiTerms(int batasUsia, Jenjang jenjang, boolean sertifikasiWajib, Integer ambangTeknis,
      boolean jpt) {}

  /** PNS: {@code batasUsia} the general limit (by default) or the named positions' limit of {@code age}; no {@code jpt}. */
  private static FormasiTerms pnsTerms(Csv.Row row, Cells cells, ApplicantAge age) {
    if (!row.get("jpt").isEmpty()) {
      cells.problem("jpt", "hanya untuk PPPK: PPPK pada JPT utama/madya tertentu dilantik dan bersumpah jabatan");
    }
    int batasUsia = age.pnsMax();
    String usia = row.get("batasUsia");
    if (!usia.isEmpty()) {
      if (usia.matches("[0-9]{1,3}") && age.isPnsUpperLimit(Integer.parseInt(usia))) {
        batasUsia = Integer.parseInt(usia);
      } else {
        cells.problem("batasUsia", "harus " + age.pnsMax() + ", atau " + age.pnsMaxNamedPositions()
            + " untuk jabatan yang ditetapkan Peraturan Presiden; bukan '" + usia + "'");
      }
    }
    return new FormasiTerms(batasUsia, null, false, null, false);
  }

  /** PPPK: the age limit is the retirement age of the {@code jenjang}, which is required; no {@code batasUsia}. */
  private static FormasiTerms pppkTerms(Csv.Row row, Cells cells, ScoreScale scale, ApplicantAge age) {
    if (!row.get("batasUsia").isEmpty()) {
      cells.problem("batasUsia", "tidak berlaku untuk PPPK: batas usia mengikuti batas usia pensiun jenjang jabatan");
    }
    String text = row.get("jenjang");
    Optional<Jenjang> jenjang = text.isEmpty() ? Optional.empty() : Jenjang.parse(text);
    if (jenjang.isEmpty()) {
      cells.problem("jenjang", (text.isEmpty() ? "wajib diisi untuk PPPK" : "'" + text + "' bukan jenjang jabatan")
          + ": salah satu dari " + Arrays.toString(Jenjang.values()) + " (menentukan batas usia pensiun jabatan)");
    }
    boolean sertifikasi = yesNo(row, "sertifikasiWajib", cells);
    boolean jpt = yesNo(row, "jpt", cells);
    Integer ambangTeknis = row.get("ambangTeknis").isEmpty() ? null
        : cells.integer("ambangTeknis", 0, scale.teknis()).orElse(null);
    return new FormasiTerms(age.pnsMax(), jenjang.orElse(null), sertifikasi, ambangTeknis, jpt);
  }

  private static Optional<Set<Pendidikan>> kualifikasi(String text, Cells cells) {
    if (text.isEmpty()) {
      cells.problem("kualifikasiPendidikan", "wajib diisi: jenjang pendidikan dipisah titik koma, mis. S1;D4");
      return Optional.empty();
    }
    Set<Pendidikan> levels = EnumSet.noneOf(Pendidikan.class);
    for (String part : text.split(";")) {
      Optional<Pendidikan> level = Pendidikan.of(part.strip());
      if (level.isEmpty()) {
        cells.problem("kualifikasiPendidikan", "'" + part.strip() + "' bukan jenjang pendidikan; salah satu dari "
            + Arrays.toString(Pendidikan.values()) + ", dipisah titik koma");
        return Optional.empty();
      }
      levels.add(level.get());
    }
    return Optional.of(levels);
  }

  /**
   * Applicants: the formasi must be one of the period's; {@code tanggalMelamar} may be left out when the period's
   * closing date of application is known ({@code defaultTanggalMelamar} not null).
   */
  public static ImportResult<Pelamar> pelamar(String text, Set<String> kodeFormasi, LocalDate defaultTanggalMelamar) {
    return pelamar(text, JenisSeleksi.PNS, kodeFormasi, defaultTanggalMelamar);
  }

  /** Applicants; in a PPPK period also {@code sertifikatProfesi} (YA | TIDAK) and {@code pemberhentian}. */
  public static ImportResult<Pelamar> pelamar(String text, JenisSeleksi jenis, Set<String> kodeFormasi,
      LocalDate defaultTanggalMelamar) {
    List<RowProblem> problems = new ArrayList<>();
    List<Pelamar> rows = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    Map<String, Integer> nikLineOf = new HashMap<>();
    boolean pppk = jenis == JenisSeleksi.PPPK;
    for (Csv.Row row : Csv.read(text, ImportKind.PELAMAR.required(), ImportKind.PELAMAR.optional(), problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> nomor = cells.code("nomorPeserta");
      Optional<String> nik = cells.digits("nik", 16);
      Optional<String> nama = cells.text("nama", 200, true);
      Optional<LocalDate> lahir = cells.date("tanggalLahir", true);
      Optional<String> kelamin = cells.oneOf("jenisKelamin",
          Optional.of(row.get("jenisKelamin")).filter(Predicate.isEqual("L").or(Predicate.isEqual("P"))), List.of("L", "P"));
      Optional<Pendidikan> pendidikan = cells.oneOf("pendidikan", Pendidikan.of(row.get("pendidikan")),
          List.of(Pendidikan.values()));
      Optional<String> formasi = formasiOf(cells, kodeFormasi);
      Optional<Kategori> kategori = cells.oneOf("kategori", Kategori.of(row.get("kategori")), List.of(Kategori.values()));
      Optional<LocalDate> melamar = tanggalMelamar(row, cells, defaultTanggalMelamar, lahir);
      boolean sertifikat = pppk && yesNo(row, "sertifikatProfesi", cells);
      Pemberhentian pemberhentian = pppk ? pemberhentian(row, cells) : null;
      duplicate(nomor, lineOf, row.line(), cells, "nomorPeserta");
      duplicate(nik, nikLineOf, row.line(), cells, "nik");
      if (problems.size() == before) {
        rows.add(new Pelamar(nomor.get(), nik.get(), nama.get(), lahir.get(), kelamin.get(), pendidikan.get(),
            formasi.get(), kategori.get(), melamar.orElse(null), sertifikat, pemberhentian));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? rows : List.of(), problems);
  }

  /** The applicant's formasi, which must be one of the period's. */
  private static Optional<String> formasiOf(Cells cells, Set<String> kodeFormasi) {
    Optional<String> formasi = cells.code("kodeFormasi");
    if (formasi.isPresent() && !kodeFormasi.contains(formasi.get())) {
      cells.problem("kodeFormasi", kodeFormasi.isEmpty() ? "belum ada formasi: impor formasi dahulu"
          : "formasi " + formasi.get() + " tidak ada pada periode ini");
    }
    return formasi;
  }

  /** The day of application: required while the period has no closing date, after the day of birth. */
  private static Optional<LocalDate> tanggalMelamar(Csv.Row row, Cells cells, LocalDate defaultTanggalMelamar,
      Optional<LocalDate> lahir) {
    Optional<LocalDate> melamar = cells.date("tanggalMelamar", false);
    if (melamar.isEmpty() && defaultTanggalMelamar == null && row.get("tanggalMelamar").isEmpty()) {
      cells.problem("tanggalMelamar", "wajib diisi selama jadwal pelamaran periode belum ditetapkan");
    }
    if (lahir.isPresent() && melamar.isPresent() && !lahir.get().isBefore(melamar.get())) {
      cells.problem("tanggalLahir", "harus sebelum tanggal melamar");
    }
    return melamar;
  }

  private static Pemberhentian pemberhentian(Csv.Row row, Cells cells) {
    String berhenti = row.get("pemberhentian");
    if (berhenti.isEmpty()) {
      return null;
    }
    return cells.oneOf("pemberhentian", Pemberhentian.of(berhenti), List.of(Pemberhentian.values())).orElse(null);
  }

  /** SKD scores, whole numbers from 0 to the year's maxima of {@code scale}, of applicants registered in the period. */
  public static ImportResult<SkdScore> skd(String text, Predicate<String> registered, ScoreScale scale) {
    List<RowProblem> problems = new ArrayList<>();
    List<SkdScore> rows = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(text, ImportKind.NILAI_SKD.required(), ImportKind.NILAI_SKD.optional(), problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> nomor = applicant(cells, registered);
      Optional<Integer> twk = cells.integer("twk", 0, scale.twk());
      Optional<Integer> tiu = cells.integer("tiu", 0, scale.tiu());
      Optional<Integer> tkp = cells.integer("tkp", 0, scale.tkp());
      duplicate(nomor, lineOf, row.line(), cells, "nomorPeserta");
      if (problems.size() == before) {
        rows.add(new SkdScore(nomor.get(), twk.get(), tiu.get(), tkp.get()));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? rows : List.of(), problems);
  }

  public static ImportResult<SkbScore> skb(String text, Predicate<String> passedSkd, ScoreScale scale) {
    List<RowProblem> problems = new ArrayList<>();
    List<SkbScore> rows = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(text, ImportKind.NILAI_SKB.required(), ImportKind.NILAI_SKB.optional(), problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> nomor = cells.code("nomorPeserta");
      if (nomor.isPresent() && !passedSkd.test(nomor.get())) {
        cells.problem("nomorPeserta", "peserta " + nomor.get() + " tidak termasuk yang lulus SKD dan berhak mengikuti SKB");
      }
      Optional<BigDecimal> nilai = cells.score("nilaiSkb", BigDecimal.valueOf(scale.skb()));
      duplicate(nomor, lineOf, row.line(), cells, "nomorPeserta");
      if (problems.size() == before) {
        rows.add(new SkbScore(nomor.get(), nilai.get()));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? rows : List.of(), problems);
  }

  /**
   * PPPK competence and interview scores (docs/api.md): technical, managerial + socio-cultural and interview, whole
   * numbers from 0 to the year's maxima of {@code scale}, of applicants registered in the period.
   */
  public static ImportResult<KompetensiScore> kompetensi(String text, Predicate<String> registered, ScoreScale scale) {
    List<RowProblem> problems = new ArrayList<>();
    List<KompetensiScore> rows = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    ImportKind jenis = ImportKind.NILAI_KOMPETENSI;
    for (Csv.Row row : Csv.read(text, jenis.required(), jenis.optional(), problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> nomor = applicant(cells, registered);
      Optional<Integer> teknis = cells.integer("teknis", 0, scale.teknis());
      Optional<Integer> msk = cells.integer("manajerialSosialKultural", 0, scale.manajerialSosialKultural());
      Optional<Integer> wawancara = cells.integer("wawancara", 0, scale.wawancara());
      duplicate(nomor, lineOf, row.line(), cells, "nomorPeserta");
      if (problems.size() == before) {
        rows.add(new KompetensiScore(nomor.get(), teknis.get(), msk.get(), wawancara.get()));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? rows : List.of(), problems);
  }

  private static boolean yesNo(Csv.Row row, String column, Cells cells) {
    String value = row.get(column);
    if (value.isEmpty() || value.equals("TIDAK")) {
      return false;
    }
    if (value.equals("YA")) {
      return true;
    }
    cells.problem(column, "YA atau TIDAK (kosong: TIDAK), bukan '" + value + "'");
    return false;
  }

  private static Optional<String> applicant(Cells cells, Predicate<String> registered) {
    Optional<String> nomor = cells.code("nomorPeserta");
    if (nomor.isPresent() && !registered.test(nomor.get())) {
      cells.problem("nomorPeserta", "peserta " + nomor.get() + " tidak terdaftar sebagai pelamar periode ini");
    }
    return nomor;
  }

  private static void duplicate(Optional<String> key, Map<String, Integer> lineOf, int line, Cells cells,
      String column) {
    if (key.isEmpty()) {
      return;
    }
    Integer first = lineOf.putIfAbsent(key.get(), line);
    if (first != null) {
      cells.problem(column, key.get() + " sudah ada di baris " + first);
    }
  }
}
