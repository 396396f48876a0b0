package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import id.asn.workflow.tabular.ImportRejectedException;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.workforce.RetirementAges;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periods and their imports. An import is checked whole before anything is stored: with any bad row it is refused
 * with every problem and nothing changes; a valid file is written by natural key (formasi code, registration
 * number), so the same file again changes nothing, and an identical file is not even written again.
 */
@Service
class SeleksiService {

  public static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final Pattern INSTANSI = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,40}");

  private final SeleksiRepository periods;
  private final FormasiRepository formasi;
  private final PelamarRepository applicants;
  private final ScoreRepository scores;
  private final SeleksiWorkflow workflow;
  private final SeleksiResults results;
  private final RetirementAges retirementAges;
  private final PppkThresholds pppkThresholds;
  private final BarredApplicants barred;
  private final ScoreScales scoreScales;
  private final ApplicantAgeLimits ageLimits;
  private final PeriodSummary summaries;

  SeleksiService(SeleksiRepository periods, FormasiRepository formasi, PelamarRepository applicants,
      ScoreRepository scores, SeleksiWorkflow workflow, SeleksiResults results, RetirementAges retirementAges,
      PppkThresholds pppkThresholds, BarredApplicants barred, ScoreScales scoreScales, ApplicantAgeLimits ageLimits,
      PeriodSummary summaries) {
    this.summaries = summaries;
    this.ageLimits = ageLimits;
    this.pppkThresholds = pppkThresholds;
    this.scoreScales = scoreScales;
    this.barred = barred;
    this.periods = periods;
    this.formasi = formasi;
    this.applicants = applicants;
    this.scores = scores;
    this.workflow = workflow;
    this.results = results;
    this.retirementAges = retirementAges;
  }

  @Transactional
  Periode start(SeleksiAccess access, String instansi, Integer tahun, Instant now) {
    return start(access, instansi, tahun, JenisSeleksi.PNS.name(), now);
  }

  @Transactional
  Periode start(SeleksiAccess access, String instansi, Integer tahun, String jenisText, Instant now) {
    List<id.asn.workflow.kernel.FieldProblem> problems = new ArrayList<>();
    if (instansi == null || !INSTANSI.matcher(instansi).matches()) {
      problems.add(new id.asn.workflow.kernel.FieldProblem("instansi", "wajib diisi: kode instansi, mis. KabBatang"));
    }
    if (tahun == null || tahun < 2020 || tahun > 2100) {
      problems.add(new id.asn.workflow.kernel.FieldProblem("tahun", "wajib diisi: tahun anggaran 2020 sampai 2100"));
    }
    JenisSeleksi jenis = jenisText == null ? JenisSeleksi.PNS : JenisSeleksi.of(jenisText).orElse(null);
    if (jenis == null) {
      problems.add(new id.asn.workflow.kernel.FieldProblem("jenis", "PNS atau PPPK (kosong: PNS), bukan '" + jenisText + "'"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    access.requireStart(instansi);
    String id = Periode.idOf(instansi, tahun, jenis);
    if (periods.find(id).isPresent()) {
      throw Refusal.conflict("Periode pengadaan " + jenis.label() + " " + id + " sudah ada");
    }
    periods.insert(id, instansi, tahun, jenis, now);
    periods.addEvent(id, "DIBUKA", "Periode pengadaan " + jenis.label() + " instansi " + instansi + " tahun " + tahun
        + " dibuka.", access.userId(), now);
    Periode periode = periods.find(id).orElseThrow();
    workflow.started(periode);
    return periode;
  }

  public Periode get(String id) {
    return periods.find(id).orElseThrow(() -> Refusal.notFound("Periode seleksi " + id + " tidak ditemukan"));
  }

  Periode readable(SeleksiAccess access, String id) {
    Periode periode = get(id);
    access.requireRead(periode);
    return periode;
  }

  /** What an import did: how many rows the file holds and whether the period's data changed. */
  public record Outcome(String jenis, int jumlahBaris, boolean berubah) {}

  @Transactional
  public Outcome importCsv(SeleksiAccess access, String id, ImportKind jenis, byte[] body, Instant now) {
    Periode periode = get(id);
    access.requireImport(periode);
    requireKind(periode, jenis);
    String text = Csv.decode(body, MAX_BYTES, problems -> new ImportRejectedException(jenis, problems));
    List<?> rows = switch (jenis) {
      case FORMASI -> thresholdsKnown(periode, valid(jenis, SeleksiCsv.formasi(text, periode.jenis(), retirementAges::of,
          periode.pppk() ? scoreScales.of(periode.tahun()) : null, ageLimits.current())));
      case PELAMAR -> valid(jenis, SeleksiCsv.pelamar(text, periode.jenis(),
          formasi.formasi(id).stream().map(Formasi::kode).collect(Collectors.toSet()), periode.batasPelamaran()));
      case NILAI_SKD -> {
        Set<String> registered = applicants.applicantNumbers(id);
        yield valid(jenis, SeleksiCsv.skd(text, registered::contains, scoreScales.of(periode.tahun())));
      }
      case NILAI_SKB -> {
        results.refreshSkd(periode);
        Set<String> passed = passedSkd(id);
        yield valid(jenis, SeleksiCsv.skb(text, passed::contains, scoreScales.of(periode.tahun())));
      }
      case NILAI_KOMPETENSI -> {
        Set<String> registered = applicants.applicantNumbers(id);
        yield valid(jenis, SeleksiCsv.kompetensi(text, registered::contains, scoreScales.of(periode.tahun())));
      }
    };
    String sha256 = Csv.fingerprint(rows);
    if (periods.lastImportHash(id, jenis).filter(sha256::equals).isPresent()) {
      return new Outcome(jenis.path(), rows.size(), false);
    }
    write(periode, jenis, rows);
    periods.recordImport(id, jenis, sha256, rows.size(), access.userId(), now);
    periods.addEvent(id, "IMPOR_" + jenis.name(), rows.size() + " baris " + jenis.label() + " diimpor.", access.userId(), now);
    periods.dataChanged(id);
    // an open task's form shows the new counts at once, not those of when the task was created
    workflow.refresh(id, Map.of(PengadaanProcess.VAR_RINGKASAN, summaries.of(get(id))));
    return new Outcome(jenis.path(), rows.size(), true);
  }

  /**
   * A PPPK formasi whose year and kind the decision table ambangBatasPppk has no row for (a 2023 position without a
   * certificate requirement and without its technical threshold) is refused at import, not when results are read.
   */
  private List<Formasi> thresholdsKnown(Periode periode, List<Formasi> rows) {
    if (!periode.pppk()) {
      return rows;
    }
    Map<String, String> unknown = new java.util.HashMap<>();
    List<RowProblem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Formasi f = rows.get(i);
      String key = f.sertifikasiWajib() + "/" + f.ambangTeknis();
      String reason = unknown.computeIfAbsent(key, k -> {
        try {
          pppkThresholds.of(periode.tahun(), f.sertifikasiWajib(), f.ambangTeknis());
          return "";
        } catch (PppkThresholds.UnknownThresholdException e) {
          return e.getMessage();
        }
      });
      if (!reason.isEmpty()) {
        // lines: data rows start at line 2 and the reader keeps file order
        problems.add(new RowProblem(i + 2, "ambangTeknis", reason));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(ImportKind.FORMASI, problems);
    }
    return rows;
  }

  private static void requireKind(Periode periode, ImportKind jenis) {
    if (!jenis.appliesTo(periode)) {
      throw Refusal.conflict("Periode " + periode.id() + " adalah pengadaan " + periode.jenis().label() + ": "
          + jenis.label() + " tidak berlaku; " + (periode.pppk() ? "impor nilai-kompetensi"
          : "impor nilai-skd dan nilai-skb"));
    }
  }

  @SuppressWarnings("unchecked")
  private void write(Periode periode, ImportKind jenis, List<?> rows) {
    String id = periode.id();
    switch (jenis) {
      case FORMASI -> {
        formasi.upsertFormasi(id, (List<Formasi>) rows);
        recomputeEligibility(periode);
      }
      case PELAMAR -> {
        List<Pelamar> pelamar = (List<Pelamar>) rows;
        checkNikUnique(id, pelamar);
        Map<String, Formasi> byKode = formasi.formasi(id).stream().collect(Collectors.toMap(Formasi::kode, Function.identity()));
        Map<String, String> bars = barsFor(periode);
        ApplicantAge age = ageLimits.current();
        applicants.upsertApplicants(id, pelamar, pelamar.stream()
            .map(p -> Eligibility.check(periode.jenis(), p, byKode.get(p.kodeFormasi()), applicationDay(p, periode), age)
                .barredBy(bars.get(p.nik())))
            .toList());
      }
      case NILAI_SKD -> scores.upsertSkd(id, (List<SkdScore>) rows);
      case NILAI_SKB -> scores.upsertSkb(id, (List<SkbScore>) rows);
      case NILAI_KOMPETENSI -> scores.upsertKompetensi(id, (List<KompetensiScore>) rows);
    }
  }

  /** A CPNS who resigned during probation may not apply in the next budget year's PNS selection (VI.B.8). */
  private Map<String, String> barsFor(Periode periode) {
    return periode.pppk() ? Map.of() : barred.barredIn(periode.tahun());
  }

  private void checkNikUnique(String id, List<Pelamar> pelamar) {
    Map<String, String> owners = applicants.nikOwners(id);
    List<RowProblem> problems = new ArrayList<>();
    for (int i = 0; i < pelamar.size(); i++) {
      Pelamar p = pelamar.get(i);
      String owner = owners.get(p.nik());
      if (owner != null && !owner.equals(p.nomorPeserta())) {
        // lines: data rows start at line 2 and the reader keeps file order
        problems.add(new RowProblem(i + 2, "nik", "NIK sudah terdaftar pada periode ini dengan nomor peserta " + owner));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(ImportKind.PELAMAR, problems);
    }
  }

  static LocalDate applicationDay(Pelamar p, Periode periode) {
    return p.tanggalMelamar() != null ? p.tanggalMelamar() : periode.batasPelamaran();
  }

  /**
   * The administrative check of every applicant again (formasi or schedule changed), streaming the applicants and
   * writing the outcome in batches.
   */
  @Transactional
  public void recomputeEligibility(Periode periode) {
    Map<String, Formasi> byKode = formasi.formasi(periode.id()).stream()
        .collect(Collectors.toMap(Formasi::kode, Function.identity()));
    List<Object[]> pending = new ArrayList<>();
    Map<String, String> bars = barsFor(periode);
    ApplicantAge age = ageLimits.current();
    applicants.eachApplicant(periode.id(), p -> {
      LocalDate day = applicationDay(p, periode);
      if (day == null) {
        return;
      }
      Eligibility.Decision d = Eligibility.check(periode.jenis(), p, byKode.get(p.kodeFormasi()), day, age)
          .barredBy(bars.get(p.nik()));
      pending.add(new Object[] {p.nomorPeserta(), d.memenuhiSyarat(), d.alasanText()});
      if (pending.size() == SeleksiRepository.BATCH) {
        applicants.updateEligibility(periode.id(), pending);
        pending.clear();
      }
    });
    applicants.updateEligibility(periode.id(), pending);
    periods.dataChanged(periode.id());
  }

  private Set<String> passedSkd(String id) {
    return Set.copyOf(scores.passedSkd(id));
  }

  private static <T> List<T> valid(ImportKind jenis, ImportResult<T> result) {
    if (!result.valid()) {
      throw new ImportRejectedException(jenis, result.problems());
    }
    return result.rows();
  }

}
