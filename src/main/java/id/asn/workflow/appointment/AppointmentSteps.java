package id.asn.workflow.appointment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.DocumentRules;
import id.asn.workflow.pertek.DocumentStore;
import id.asn.workflow.pertek.UploadedDocument;
import id.asn.workflow.pertek.UsulForm;
import id.asn.workflow.pertek.UsulFormValidator;
import id.asn.workflow.pertek.UsulIntakeService;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.kernel.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a candidate's appointment as the pengangkatanCpns and pengangkatanPppk processes call them; a step
 * both kinds share (call-up, completeness, the usul NI and its outcome, replacement) has one implementation that
 * asks the appointment's kind where they differ. Each records what happened
 * in the appointment's tables in the engine's transaction and answers with the variables the process's timers,
 * due dates and gateways use. Task completions are checked here, whatever client completes them; a refusal names
 * the field and the reason.
 */
@Service
@Transactional
public class AppointmentSteps {

  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
  /** Who the process records as the sender of the usul it submits for the instansi. */
  public static final String PROCESS_USER = "pengangkatanCpns";
  /** The owner kind of the deadlines an appointment holds in the ledger. */
  public static final String DEADLINE_OWNER = "PENGANGKATAN";

  public static final String VAR_RINGKASAN = "ringkasanPengangkatan";
  public static final String VAR_BATAS_DOKUMEN = "batasDokumen";
  public static final String VAR_HASIL_KELENGKAPAN = "hasilKelengkapan";
  public static final String VAR_USUL_ID = "usulId";
  public static final String VAR_PENDIDIKAN = "pendidikan";
  public static final String VAR_GOLONGAN_RUANG = "golonganRuang";
  public static final String VAR_BATAS_SK_CPNS = "batasSkCpns";
  public static final String VAR_BATAS_PENYERAHAN = "batasPenyerahanSk";
  public static final String VAR_BATAS_SPMT = "batasSpmt";
  public static final String VAR_AKHIR_MASA_PERCOBAAN = "akhirMasaPercobaan";
  public static final String VAR_LULUS_MASA_PERCOBAAN = "lulusMasaPercobaan";
  public static final String VAR_BATAS_NOMOR_INDUK = "batasNomorInduk";
  public static final String VAR_BATAS_PERBAIKAN = "batasPerbaikanUsul";
  public static final String VAR_BATAS_SK_PPPK = "batasSkPppk";
  public static final String VAR_BATAS_KIRIM_BKN = "batasKirimBkn";
  public static final String VAR_JABATAN_JPT = "jabatanJpt";

  private final AppointmentRepository repository;
  private final CalendarService calendar;
  private final UsulIntakeService usulIntake;
  private final DocumentStore documentStore;
  private final OathWordings oathWordings;
  private final AppointmentWorkflow workflow;
  private final Clock clock;

  AppointmentSteps(AppointmentRepository repository, CalendarService calendar, UsulIntakeService usulIntake,
      DocumentStore documentStore, OathWordings oathWordings, AppointmentWorkflow workflow, Clock clock) {
    this.repository = repository;
    this.calendar = calendar;
    this.usulIntake = usulIntake;
    this.documentStore = documentStore;
    this.oathWordings = oathWordings;
    this.workflow = workflow;
    this.clock = clock;
  }

  public Pengangkatan get(String id) {
    return repository.find(id).orElseThrow(() -> new IllegalStateException("Pengangkatan " + id + " tidak ada"));
  }

  private AppointmentDeadlines deadlines() {
    return new AppointmentDeadlines(calendar.calendar());
  }

  /** The start of the day after {@code lastDay} in Jakarta: a deadline "by" a date ends as that day ends. */
  public static Date endOf(LocalDate lastDay) {
    return Date.from(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  // call-up and documents (VI.A.1-3)

  /** The call-up notice: documents due 15 working days later plus any days granted for distance. Kept on a retry. */
  public Map<String, Object> callUp(String id, LocalDate today) {
    Pengangkatan p = get(id);
    LocalDate notice = p.tanggalPanggilan() == null ? today : p.tanggalPanggilan();
    Deadline due = deadlines().documentsDue(notice, p.tambahanHariKerja());
    if (p.tanggalPanggilan() == null) {
      repository.update(id, Map.of("tanggal_panggilan", notice, "batas_dokumen", due.tanggal()));
      repository.event(id, "PANGGILAN", "Pemanggilan dengan daftar dokumen VI.A.2 dan jadwal; dokumen lengkap paling "
          + "lambat " + due.dated() + " (" + AppointmentDeadlines.DOCUMENTS_WORKING_DAYS + " hari kerja)", null);
    }
    return Map.of(VAR_BATAS_DOKUMEN, due);
  }

  /** The deadline after days were granted for distance (recorded by {@link AppointmentService#extend}). */
  public Map<String, Object> deadlineExtended(String id) {
    Pengangkatan p = get(id);
    Deadline due = deadlines().documentsDue(p.tanggalPanggilan(), p.tambahanHariKerja());
    repository.update(id, Map.of("batas_dokumen", due.tanggal()));
    return Map.of(VAR_BATAS_DOKUMEN, due);
  }

  /** The documents were not complete by the deadline: the candidate is deemed not to qualify (VI.A.1.e). */
  public void deemedNotQualified(String id) {
    Pengangkatan p = get(id);
    repository.update(id, Map.of("status", AppointmentStatus.DIANGGAP_TIDAK_MEMENUHI_SYARAT));
    repository.event(id, "DIANGGAP_TMS", "Dokumen tidak lengkap sampai " + p.batasDokumen()
        + "; peserta dianggap tidak memenuhi syarat (VI.A.1.e)", null);
  }

  // tasks

  public void taskStarted(String id, AppointmentTask task) {
    AppointmentStatus status = switch (task) {
      case PERIKSA_KELENGKAPAN -> AppointmentStatus.PEMERIKSAAN;
      case PERBAIKAN_USUL -> AppointmentStatus.PERBAIKAN_USUL;
      case SK_CALON_PPPK -> AppointmentStatus.SK_CALON_PPPK;
      default -> null;
    };
    if (status != null) {
      repository.update(id, Map.of("status", status));
    }
  }

  /** What a task's form shows: an overview of the candidate and the deadline that applies. */
  public Map<String, Object> formVariables(String id, AppointmentTask task) {
    Pengangkatan p = get(id);
    Kandidat k = repository.candidate(p);
    StringBuilder text = new StringBuilder("#### " + k.nama() + " (nomor peserta " + k.nomorPeserta() + ")\n"
        + k.jabatan() + ", " + k.unitKerja() + "; formasi " + p.kodeFormasi() + ", peringkat " + p.peringkat()
        + "; pendidikan " + k.pendidikan() + ".\n");
    if (p.penggantiDari() != null) {
      text.append("Pengganti peserta ").append(p.penggantiDari()).append(".\n");
    }
    switch (task) {
      case PERIKSA_KELENGKAPAN -> text.append("Dokumen diserahkan: ").append(repository.documents(id).keySet().stream()
          .map(Enum::name).collect(Collectors.joining(", "))).append(". Batas kelengkapan: ").append(p.batasDokumen())
          .append(".");
      case SK_CPNS -> text.append("NIP ").append(p.nomorInduk()).append(" diterima ").append(p.tanggalNip())
          .append("; keputusan paling lambat ").append(deadlines().decreeDue(p.tanggalNip()).dated())
          .append(" (30 hari kerja). TMT CPNS ").append(p.tmtCpns()).append(".");
      case PENYERAHAN_SK -> text.append("Keputusan ").append(p.nomorSkCpns()).append(" tanggal ").append(p.tanggalSkCpns())
          .append("; diserahkan paling lambat ").append(deadlines().decreeDeliveryDue(p.tanggalSkCpns()).dated()).append(".");
      case SPMT -> text.append("TMT CPNS ").append(p.tmtCpns()).append("; SPMT paling lambat ")
          .append(AppointmentDeadlines.spmtLatest(p.tmtCpns())).append(".");
      case SK_PNS -> text.append("TMT PNS ").append(TmtPns.of(p.tmtCpns(), calendar.calendar())).append(".");
      case SK_CALON_PPPK -> text.append("Dokumen lengkap dan sah; TMT perjanjian kerja yang diusulkan ")
          .append(p.tmtCpns()).append(". Unggah keputusan sebagai SK_CALON_PPPK sebelum menyelesaikan tugas ini.");
      case PERJANJIAN_KERJA -> text.append("NI PPPK ").append(p.nomorInduk()).append(" diterima ")
          .append(p.tanggalNip()).append("; perjanjian kerja dan keputusan paling lambat ")
          .append(deadlines().decreeDue(p.tanggalNip()).dated()).append(" (30 hari kerja).");
      case KIRIM_BKN -> text.append("Perjanjian kerja ").append(p.nomorPerjanjianKerja()).append(", keputusan ")
          .append(p.nomorSkPppk()).append("; dikirim ke BKN paling lambat ")
          .append(deadlines().bknDeliveryDue(p.tanggalNip()).dated()).append(" (30 hari kerja sejak NI PPPK).");
      case SUMPAH_JABATAN -> text.append("PPPK pada JPT utama/madya tertentu: dilantik dan mengangkat sumpah/janji "
          + "jabatan (VII.B). Keputusan ").append(p.nomorSkPppk()).append(".");
      default -> text.append(p.isPppk() ? "NI PPPK " : "NIP ").append(p.nomorInduk() == null ? "-" : p.nomorInduk()).append(".");
    }
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_RINGKASAN, text.toString());
    if (p.nomorInduk() != null) {
      v.put("nomorInduk", p.nomorInduk());
    }
    if (task == AppointmentTask.SK_PNS) {
      v.put("tmtPns", TmtPns.of(p.tmtCpns(), calendar.calendar()).toString());
    }
    return v;
  }

  /** Checks and records a task's values; answers with the variables the process goes on with. */
  public Map<String, Object> complete(String id, AppointmentTask task, CompletionValues values, String by,
      LocalDate today) {
    if (by == null) {
      throw new InvalidCompletionException("petugas", "klaim tugas terlebih dahulu");
    }
    return switch (task) {
      case PERIKSA_KELENGKAPAN -> completeness(id, values, by, today);
      case PERBAIKAN_USUL -> correction(id, values, by);
      case SK_CPNS -> cpnsDecree(id, values, by, today);
      case PENYERAHAN_SK -> delivery(id, values, by, today);
      case SPMT -> spmt(id, values, by);
      case HASIL_PERCOBAAN -> probation(id, values, by);
      case SK_PNS -> pnsDecree(id, values, by, today);
      case SUMPAH -> oath(id, values, by, today);
      case SK_CALON_PPPK -> calonPppkDecree(id, values, by, today);
      case PERJANJIAN_KERJA -> pppkAgreementAndDecree(id, values, by, today);
      case KIRIM_BKN -> sentToBkn(id, values, by, today);
      case SUMPAH_JABATAN -> oathOfOffice(id, values, by, today);
    };
  }

  private Map<String, Object> completeness(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    List<DocumentReview> reviews = new ArrayList<>();
    for (AppointmentDocument document : AppointmentDocument.values()) {
      String statusKey = "status" + document.name();
      String alasanKey = "alasan" + document.name();
      DocumentStatus status = enumValue(values, statusKey, DocumentStatus.class, document.label());
      String alasan = values.optionalText(alasanKey, 1000);
      if (status != DocumentStatus.SAH && alasan == null) {
        throw new InvalidCompletionException(alasanKey, "wajib diisi untuk " + document.label() + " yang " + status);
      }
      reviews.add(new DocumentReview(document, status, alasan));
    }
    LocalDate completionDeadline = null;
    if (reviews.stream().anyMatch(r -> r.status() == DocumentStatus.BELUM_ADA)
        && reviews.stream().noneMatch(r -> r.status() == DocumentStatus.TIDAK_SAH)) {
      completionDeadline = values.requiredDate("batasKelengkapan", "batas waktu melengkapi dokumen");
      if (!completionDeadline.isAfter(today)) {
        throw new InvalidCompletionException("batasKelengkapan", "harus sesudah hari ini (" + today + ")");
      }
    }
    CompletenessCheck.Result result = CompletenessCheck.check(reviews,
        completionDeadline == null ? today : completionDeadline);
    Map<String, Object> columns = new HashMap<>();
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_HASIL_KELENGKAPAN, result.hasil().name());
    switch (result.hasil()) {
      case SEMUA_SAH -> {
        String tempatLahir = values.requiredText("tempatLahir", 100, "tempat lahir untuk usul NIP");
        String agama = values.requiredText("agama", 20, "agama untuk usul NIP dan lafal sumpah");
        LocalDate tmt = p.isPppk()
            ? values.requiredDate("tmtPppk", "TMT perjanjian kerja pertama yang diusulkan")
            : values.requiredDate("tmtCpns", "TMT CPNS yang diusulkan");
        List<FieldProblem> problems = new ArrayList<>(UsulFormValidator.validate(usulForm(p, repository.candidate(p),
            tempatLahir, agama, tmt), LocalDate.now(clock.withZone(ZONE))).problems());
        // a PPPK's usul also needs the decree as calon PPPK, which the PPK sets next
        problems.addAll(DocumentRules.check(uploaded(id), Set.of(), JenisAsn.PNS));
        if (!problems.isEmpty()) {
          FieldProblem first = problems.get(0);
          throw new InvalidCompletionException(first.field(), first.reason() + " (diperlukan untuk usul "
              + numberName(p) + ")");
        }
        columns.put("tempat_lahir", tempatLahir);
        columns.put("agama", agama);
        columns.put("tmt_cpns", tmt);
      }
      case BELUM_LENGKAP -> {
        columns.put("status", AppointmentStatus.MELENGKAPI);
        columns.put("batas_dokumen", completionDeadline);
        v.put(VAR_BATAS_DOKUMEN, endOf(completionDeadline));
      }
      case TIDAK_MEMENUHI_SYARAT -> columns.put("status", AppointmentStatus.TIDAK_MEMENUHI_SYARAT);
    }
    int round = repository.nextRound(id);
    Instant now = Instant.now(clock);
    reviews.forEach(review -> repository.review(id, round, review, by, now));
    if (!columns.isEmpty()) {
      repository.update(id, columns);
    }
    repository.event(id, "KELENGKAPAN_" + result.hasil().name(), "Pemeriksaan kelengkapan putaran " + round + ": "
        + result.hasil() + (result.temuan().isEmpty() ? "" : "; " + result.temuan().stream()
            .map(r -> r.dokumen().name() + " " + r.status() + " (" + r.alasan() + ")").collect(Collectors.joining("; ")))
        + (completionDeadline == null ? "" : "; lengkapi paling lambat " + completionDeadline), by);
    return v;
  }

  // NIP proposal (VI.A.4-5)

  /**
   * Submits the usul NI to the Kanreg once (PPPK: in the NI PPPK format, with the decree as calon PPPK): a retry
   * after a committed submission finds it and sends nothing. For PPPK the answer holds the day the number is due,
   * 25 working days after the proposal (II VI.6.a).
   */
  public Map<String, Object> submitNipProposal(String id, LocalDate today) {
    Pengangkatan p = get(id);
    if (p.usulId() == null) {
      UsulNi usul = usulIntake.submitOnBehalf(p.instansi(), PROCESS_USER, usulForm(p), uploaded(id));
      repository.update(id, Map.of("usul_id", usul.id(), "status", AppointmentStatus.USUL_NIP, "tanggal_usul", today));
      repository.event(id, "USUL_NIP", "Usul penetapan " + numberName(p) + " dikirim ke Kantor Regional (usul "
          + usul.id() + ")", null);
      p = get(id);
    }
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_USUL_ID, p.usulId());
    if (p.isPppk()) {
      v.put(VAR_BATAS_NOMOR_INDUK, deadlines().numberDue(p.tanggalUsul()));
    }
    return v;
  }

  /**
   * PPPK: the 25 working days for the number passed without an outcome (II VI.6.a): recorded once, however often
   * the limit is reached again (after a correction the process waits again under the same limit).
   */
  public void numberLate(String id) {
    Pengangkatan p = get(id);
    if (!p.terlambatNomorInduk()) {
      repository.update(id, Map.of("terlambat_nomor_induk", true));
      repository.event(id, "NOMOR_INDUK_TERLAMBAT", "Nomor induk PPPK belum diterima sampai "
          + deadlines().numberDue(p.tanggalUsul()).dated() + ", " + AppointmentDeadlines.NUMBER_WORKING_DAYS
          + " hari kerja sejak usul " + p.tanggalUsul() + " (VI.6.a); ditanyakan ke Kantor Regional", null);
    }
  }

  /**
   * PPPK: the Kanreg found the usul incomplete (BTS); the instansi completes it within 25 working days of the notice
   * (II VI.6.b-c), counted from the day the outcome reaches the appointment.
   */
  public Map<String, Object> correctionRequested(String id, String alasan, LocalDate today) {
    Deadline due = deadlines().correctionDue(today);
    repository.event(id, "USUL_BTS", "Usul " + numberName(get(id)) + " tidak lengkap (BTS)"
        + (alasan == null ? "" : ": " + alasan) + "; lengkapi paling lambat " + due.dated() + " ("
        + AppointmentDeadlines.CORRECTION_WORKING_DAYS + " hari kerja, VI.6.c)", null);
    return Map.of(VAR_BATAS_PERBAIKAN, due);
  }

  /** PPPK: not completed within 25 working days of the notice: no NI PPPK is given (II VI.6.d). */
  public void noNumber(String id) {
    repository.update(id, Map.of("status", AppointmentStatus.TANPA_NOMOR_INDUK, "keterangan",
        "Usul tidak dilengkapi dalam " + AppointmentDeadlines.CORRECTION_WORKING_DAYS + " hari kerja (VI.6.d)"));
    repository.event(id, "TANPA_NOMOR_INDUK", "Kekurangan usul tidak dipenuhi dalam "
        + AppointmentDeadlines.CORRECTION_WORKING_DAYS + " hari kerja; calon PPPK tidak diberi nomor induk (VI.6.d)",
        null);
  }

  private Map<String, Object> correction(String id, CompletionValues values, String by) {
    String catatan = values.requiredText("catatanPerbaikan", 2000, "apa yang diperbaiki");
    Pengangkatan p = get(id);
    usulIntake.correctOnBehalf(p.instansi(), by, p.usulId(), usulForm(p), uploaded(id));
    repository.update(id, Map.of("status", AppointmentStatus.USUL_NIP));
    repository.event(id, "PERBAIKAN_USUL", "Perbaikan usul NIP dikirim: " + catatan, by);
    return Map.of();
  }

  /**
   * MS: the Pertek with the NIP or NI PPPK; the CPNS decree is due within 30 working days (VI.A.6.c), the PPPK's
   * agreement and decree likewise (II VII.A.1) and their delivery to BKN within 30 working days (II VIII.A).
   */
  public Map<String, Object> nipIssued(String id, String nomorInduk, LocalDate today) {
    Pengangkatan p = get(id);
    LocalDate received = p.tanggalNip() == null ? today : p.tanggalNip();
    repository.update(id, Map.of("nomor_induk", nomorInduk, "tanggal_nip", received, "status",
        AppointmentStatus.NIP_TERBIT));
    repository.event(id, "NIP_TERBIT", "Pertek terbit dengan " + numberName(p) + " " + nomorInduk, null);
    if (p.isPppk()) {
      return Map.of(VAR_BATAS_SK_PPPK, deadlines().decreeDue(received),
          VAR_BATAS_KIRIM_BKN, deadlines().bknDeliveryDue(received));
    }
    return Map.of(VAR_PENDIDIKAN, repository.candidate(p).pendidikan(),
        VAR_BATAS_SK_CPNS, deadlines().decreeDue(received));
  }

  /** TMS, or no correction before the usul expired: ends with the reason, no NIP (VI.A.5.d). */
  public void nipRefused(String id, String hasil, String alasan) {
    repository.update(id, Map.of("status", AppointmentStatus.USUL_DITOLAK, "keterangan",
        hasil + (alasan == null ? "" : ": " + alasan)));
    repository.event(id, "USUL_" + hasil, "Usul " + numberName(get(id)) + " " + hasil + (alasan == null ? "" : ": " + alasan), null);
  }

  // decree, delivery, SPMT (VI.A.6-11)

  private Map<String, Object> cpnsDecree(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    String nomor = values.requiredText("nomorSkCpns", 100, "nomor keputusan pengangkatan CPNS");
    LocalDate tanggal = dateBetween(values, "tanggalSkCpns", "tanggal keputusan", p.tanggalNip(),
        "tanggal NIP diterima", today);
    String golongan = values.requiredText("golonganRuang", 8, "golongan ruang dari tabel golonganRuang");
    GolonganRuang.ofKode(golongan);
    long gajiPokok = values.requiredWhole("gajiPokok", 1, 100_000_000, "gaji pokok PNS golongan " + golongan);
    MasaKerja masaKerja = priorService(values.text("masaKerjaSebelumnya"));
    LocalDate due = deadlines().decreeDue(p.tanggalNip()).tanggal();
    Map<String, Object> columns = new HashMap<>();
    columns.put("nomor_sk_cpns", nomor);
    columns.put("tanggal_sk_cpns", tanggal);
    columns.put("golongan_ruang", golongan);
    columns.put("gaji_pokok", gajiPokok);
    columns.put("gaji_cpns", CpnsPay.of(gajiPokok));
    columns.put("masa_kerja_bulan", masaKerja.totalBulan());
    columns.put("status", AppointmentStatus.CPNS);
    repository.update(id, columns);
    repository.event(id, "SK_CPNS", "Keputusan pengangkatan CPNS " + nomor + " tanggal " + tanggal + ", TMT "
        + p.tmtCpns() + ", golongan " + golongan + ", gaji 80% " + CpnsPay.of(gajiPokok) + ", masa kerja " + masaKerja
        + late(tanggal, due, "VI.A.6.c"), by);
    return Map.of(VAR_BATAS_PENYERAHAN, deadlines().decreeDeliveryDue(tanggal));
  }

  /** One period a line: {@code JENIS;mulai;sampai}, e.g. {@code SWASTA_BERBADAN_HUKUM;2018-01-01;2020-12-31}. */
  static MasaKerja priorService(String lines) {
    List<ServicePeriod> periods = new ArrayList<>();
    int line = 0;
    for (String text : lines.split("\\R")) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      String[] cells = text.split(";");
      try {
        periods.add(new ServicePeriod(ServiceKind.valueOf(cells[0].strip()), LocalDate.parse(cells[1].strip()),
            LocalDate.parse(cells[2].strip())));
      } catch (RuntimeException e) {
        throw new InvalidCompletionException("masaKerjaSebelumnya", "baris " + line + ": tulis JENIS;YYYY-MM-DD;YYYY-MM-DD"
            + " dengan JENIS salah satu dari " + java.util.Arrays.toString(ServiceKind.values())
            + (e instanceof IllegalArgumentException && e.getMessage() != null ? " (" + e.getMessage() + ")" : ""));
      }
    }
    try {
      return PriorService.credit(periods).masaKerja();
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("masaKerjaSebelumnya", e.getMessage());
    }
  }

  private Map<String, Object> delivery(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    LocalDate diserahkan = dateBetween(values, "tanggalDiserahkan", "tanggal keputusan diserahkan kepada CPNS",
        p.tanggalSkCpns(), "tanggal keputusan", today);
    LocalDate due = deadlines().decreeDeliveryDue(p.tanggalSkCpns()).tanggal();
    repository.update(id, Map.of("tanggal_sk_diserahkan", diserahkan));
    repository.event(id, "SK_DISERAHKAN", "Keputusan diserahkan " + diserahkan
        + late(diserahkan, due, "VI.A.6.f"), by);
    return Map.of(VAR_BATAS_SPMT, endOf(AppointmentDeadlines.spmtLatest(p.tmtCpns())));
  }

  private Map<String, Object> spmt(String id, CompletionValues values, String by) {
    Pengangkatan p = get(id);
    String nomor = values.requiredText("nomorSpmt", 100, "nomor SPMT");
    LocalDate tanggal = values.requiredDate("tanggalSpmt", "tanggal SPMT");
    try {
      AppointmentDeadlines.checkSpmt(p.tmtCpns(), tanggal);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("tanggalSpmt", e.getMessage());
    }
    repository.update(id, Map.of("nomor_spmt", nomor, "tanggal_spmt", tanggal));
    repository.event(id, "SPMT", "SPMT " + nomor + " mulai " + tanggal + "; gaji CPNS 80% (" + p.gajiCpns()
        + ") dibayar sejak tanggal itu, diusulkan paling lambat " + AppointmentDeadlines.payProposalDue(tanggal), by);
    return Map.of(VAR_AKHIR_MASA_PERCOBAAN, startOf(AppointmentDeadlines.probationAnniversary(p.tmtCpns())));
  }

  // probation and PNS (VI.B, VII.A)

  private Map<String, Object> probation(String id, CompletionValues values, String by) {
    String latsar = values.requiredText("hasilLatsar", 20, "hasil pelatihan terintegrasi");
    String sehat = values.requiredText("hasilKesehatan", 20, "hasil pemeriksaan kesehatan");
    if (!latsar.equals("LULUS") && !latsar.equals("TIDAK_LULUS")) {
      throw new InvalidCompletionException("hasilLatsar", "pilih LULUS atau TIDAK_LULUS");
    }
    if (!sehat.equals("SEHAT") && !sehat.equals("TIDAK_SEHAT")) {
      throw new InvalidCompletionException("hasilKesehatan", "pilih SEHAT atau TIDAK_SEHAT");
    }
    repository.update(id, Map.of("hasil_latsar", latsar, "hasil_kesehatan", sehat));
    repository.event(id, "HASIL_MASA_PERCOBAAN", "Pelatihan " + latsar + ", kesehatan " + sehat, by);
    return Map.of(VAR_LULUS_MASA_PERCOBAAN, latsar.equals("LULUS") && sehat.equals("SEHAT"));
  }

  /** Not passing the training or not healthy: dismissed with honour (VII.A.1, VII.B.1, VII.B.3.a-b). */
  public void dismissAfterProbation(String id) {
    Pengangkatan p = get(id);
    DismissalGround ground = "LULUS".equals(p.hasilLatsar()) ? DismissalGround.TIDAK_SEHAT
        : DismissalGround.TIDAK_LULUS_DIKLAT;
    repository.update(id, Map.of("status", AppointmentStatus.DIBERHENTIKAN, "alasan_berhenti", ground.name(),
        "kelas_pemberhentian", ground.kelas().name()));
    repository.event(id, "DIBERHENTIKAN", ground.label() + ": " + ground.kelas().label() + " (" + ground.reference() + ")",
        null);
  }

  private Map<String, Object> pnsDecree(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    String nomor = values.requiredText("nomorSkPns", 100, "nomor keputusan pengangkatan PNS (boleh kolektif)");
    LocalDate tanggal = values.requiredDate("tanggalSkPns", "tanggal keputusan");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSkPns", "tidak boleh sesudah hari ini (" + today + ")");
    }
    LocalDate tmtPns = TmtPns.of(p.tmtCpns(), calendar.calendar());
    repository.update(id, Map.of("nomor_sk_pns", nomor, "tanggal_sk_pns", tanggal, "tmt_pns", tmtPns,
        "status", AppointmentStatus.PNS));
    repository.event(id, "SK_PNS", "Keputusan pengangkatan PNS " + nomor + " tanggal " + tanggal + ", TMT PNS " + tmtPns,
        by);
    return Map.of("tmtPns", tmtPns.toString());
  }

  private Map<String, Object> oath(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    Kandidat k = repository.candidate(p);
    OathForm bentuk = enumValue(values, "bentukSumpah", OathForm.class, "sumpah atau janji");
    LocalDate tanggal = values.requiredDate("tanggalSumpah", "tanggal pengambilan sumpah/janji");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSumpah", "tidak boleh sesudah hari ini (" + today + ")");
    }
    OathRecord record;
    try {
      OathWording wording = oathWordings.wording(Agama.valueOf(p.agama()), bentuk, values.text("kalimatKepercayaan"));
      OathPerson pns = new OathPerson(k.nama(), p.nomorInduk(), GolonganRuang.ofKode(p.golonganRuang()), k.jabatan());
      OathPerson pejabat = new OathPerson(values.requiredText("pejabatNama", 200, "pejabat yang mengambil sumpah"),
          values.requiredText("pejabatNip", 18, "NIP pejabat"), null, values.requiredText("pejabatJabatan", 200,
              "jabatan pejabat"));
      List<OathPerson> saksi = List.of(witness(values, 1), witness(values, 2));
      record = new OathRecord(values.optionalText("nomorBeritaAcara", 100), tanggal,
          values.requiredText("tempatSumpah", 200, "tempat"), values.requiredText("namaInstansi", 200, "nama instansi"),
          pns, wording, pejabat, values.requiredText("rohaniwan", 200, "rohaniwan yang mendampingi (VII.C.15)"), saksi);
    } catch (InvalidCompletionException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException(oathField(e.getMessage()), e.getMessage());
    }
    byte[] pdf = OathRecordPdf.render(record);
    String sha256 = documentStore.put(pdf);
    repository.update(id, Map.of("tanggal_sumpah", tanggal, "nomor_berita_acara", record.nomor(),
        "berita_acara_sha256", sha256, "status", AppointmentStatus.SELESAI));
    repository.event(id, "SUMPAH", bentuk + " " + p.agama() + " diucapkan " + tanggal + " di " + record.tempat()
        + "; saksi " + record.saksi().get(0).nama() + " dan " + record.saksi().get(1).nama() + "; rohaniwan "
        + record.rohaniwan() + "; berita acara 3 rangkap", by);
    return Map.of();
  }

  private static OathPerson witness(CompletionValues values, int n) {
    String prefix = "saksi" + n;
    String golongan = values.requiredText(prefix + "Golongan", 8, "golongan ruang saksi " + n + " (mis. III/a)");
    GolonganRuang rank;
    try {
      rank = GolonganRuang.ofKode(golongan);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException(prefix + "Golongan", e.getMessage());
    }
    return new OathPerson(values.requiredText(prefix + "Nama", 200, "nama saksi " + n),
        values.requiredText(prefix + "Nip", 18, "NIP saksi " + n), rank, null);
  }

  /** The field an oath rule's refusal is about, so that the form can point at it. */
  private static String oathField(String message) {
    if (message.contains("Saksi") || message.contains("saksi")) {
      return message.contains("Kedua saksi") || message.contains("2 (dua)") ? "saksi2Nip" : "saksi1Golongan";
    }
    if (message.contains("Kalimat") || message.contains("kalimat")) {
      return "kalimatKepercayaan";
    }
    return "bentukSumpah";
  }

  // calon PPPK and PPPK (Lampiran II VI.3.e, VII.A, VII.B, VIII.A)

  /** The PPK's decree as calon PPPK, uploaded as SK_CALON_PPPK: the usul NI PPPK carries it (VI.3.e, VI.4.b.2). */
  private Map<String, Object> calonPppkDecree(String id, CompletionValues values, String by, LocalDate today) {
    String nomor = values.requiredText("nomorSkCalonPppk", 100, "nomor keputusan pengangkatan calon PPPK");
    LocalDate tanggal = values.requiredDate("tanggalSkCalonPppk", "tanggal keputusan pengangkatan calon PPPK");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSkCalonPppk", "tidak boleh sesudah hari ini (" + today + ")");
    }
    List<FieldProblem> problems = DocumentRules.check(uploaded(id), Set.of(), JenisAsn.PPPK);
    if (!problems.isEmpty()) {
      FieldProblem first = problems.get(0);
      throw new InvalidCompletionException(first.field(), first.reason() + " (unggah keputusan sebagai bagian "
          + "SK_CALON_PPPK lewat POST /api/pengangkatan/" + id + "/dokumen)");
    }
    repository.update(id, Map.of("nomor_sk_calon_pppk", nomor, "tanggal_sk_calon_pppk", tanggal));
    repository.event(id, "SK_CALON_PPPK", "Keputusan pengangkatan calon PPPK " + nomor + " tanggal " + tanggal, by);
    return Map.of();
  }

  /**
   * The work agreement signed by the PPK and the calon PPPK and the appointment decree (collective: the number may be
   * shared), both dated between the NI and today; later than 30 working days after the NI is recorded as late
   * (VII.A.1-2). Answers whether the position is a JPT whose PPPK takes the oath of office (VII.B).
   */
  private Map<String, Object> pppkAgreementAndDecree(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    String perjanjian = values.requiredText("nomorPerjanjianKerja", 100, "nomor perjanjian kerja");
    LocalDate tanggalPerjanjian = dateBetween(values, "tanggalPerjanjianKerja", "tanggal perjanjian kerja",
        p.tanggalNip(), "tanggal NI PPPK diterima", today);
    values.requireTrue("ditandatanganiKeduaPihak", "perjanjian kerja harus ditandatangani PPK dan calon PPPK (VII.A.1.a)");
    String nomorSk = values.requiredText("nomorSkPppk", 100, "nomor keputusan pengangkatan PPPK (boleh kolektif)");
    LocalDate tanggalSk = dateBetween(values, "tanggalSkPppk", "tanggal keputusan pengangkatan PPPK", p.tanggalNip(),
        "tanggal NI PPPK diterima", today);
    LocalDate due = deadlines().decreeDue(p.tanggalNip()).tanggal();
    LocalDate last = tanggalSk.isAfter(tanggalPerjanjian) ? tanggalSk : tanggalPerjanjian;
    repository.update(id, Map.of("nomor_perjanjian_kerja", perjanjian, "tanggal_perjanjian_kerja", tanggalPerjanjian,
        "nomor_sk_pppk", nomorSk, "tanggal_sk_pppk", tanggalSk, "status", AppointmentStatus.PPPK));
    repository.event(id, "SK_PPPK", "Perjanjian kerja " + perjanjian + " tanggal " + tanggalPerjanjian
        + " ditandatangani PPK dan calon PPPK; keputusan pengangkatan PPPK " + nomorSk + " tanggal " + tanggalSk
        + late(last, due, "VII.A.1"), by);
    return Map.of(VAR_JABATAN_JPT, repository.isJpt(p));
  }

  /** The agreement and decree sent to BKN for SIASN; later than 30 working days after the NI is recorded (VIII.A-B). */
  private Map<String, Object> sentToBkn(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    String surat = values.requiredText("nomorSuratPengantar", 100, "nomor surat pengantar ke BKN");
    LocalDate sent = dateBetween(values, "tanggalKirimBkn", "tanggal dikirim ke BKN", p.tanggalSkPppk(),
        "tanggal keputusan pengangkatan PPPK", today);
    LocalDate due = deadlines().bknDeliveryDue(p.tanggalNip()).tanggal();
    boolean jpt = repository.isJpt(p);
    Map<String, Object> columns = new HashMap<>(Map.of("tanggal_kirim_bkn", sent));
    if (!jpt) {
      columns.put("status", AppointmentStatus.SELESAI);
    }
    repository.update(id, columns);
    repository.event(id, "KIRIM_BKN", "Perjanjian kerja dan keputusan pengangkatan PPPK dikirim ke BKN dengan surat "
        + surat + " tanggal " + sent + late(sent, due, "VIII.A"), by);
    return Map.of();
  }

  /** A PPPK in a JPT utama or madya tertentu is installed and takes the oath of office (VII.B). */
  private Map<String, Object> oathOfOffice(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = get(id);
    LocalDate tanggal = dateBetween(values, "tanggalPelantikan", "tanggal pelantikan dan sumpah/janji jabatan",
        p.tanggalSkPppk(), "tanggal keputusan pengangkatan PPPK", today);
    String tempat = values.requiredText("tempatPelantikan", 200, "tempat pelantikan");
    String pejabat = values.requiredText("pejabatNama", 200, "pejabat yang melantik");
    String beritaAcara = values.requiredText("nomorBeritaAcara", 100, "nomor berita acara pelantikan");
    repository.update(id, Map.of("tanggal_sumpah", tanggal, "nomor_berita_acara", beritaAcara, "status",
        AppointmentStatus.SELESAI));
    repository.event(id, "SUMPAH_JABATAN", "Dilantik dan mengangkat sumpah/janji jabatan " + tanggal + " di " + tempat
        + " oleh " + pejabat + "; berita acara " + beritaAcara, by);
    return Map.of();
  }

  /** What the event log says of a step done after its time limit (the regulation's point in brackets). */
  private static String late(LocalDate done, LocalDate due, String point) {
    return done.isAfter(due) ? "; TERLAMBAT, batas " + due + " (" + point + ")" : "";
  }

  private static LocalDate dateBetween(CompletionValues values, String key, String what, LocalDate from,
      String fromWhat, LocalDate today) {
    LocalDate date = values.requiredDate(key, what);
    if ((from != null && date.isBefore(from)) || date.isAfter(today)) {
      throw new InvalidCompletionException(key, "harus antara " + fromWhat + " (" + from + ") dan hari ini ("
          + today + ")");
    }
    return date;
  }

  private static String numberName(Pengangkatan p) {
    return p.isPppk() ? "NI PPPK" : "NIP";
  }

  // leaving (VI.A.6.g-h, VII.B)

  /** Before a NIP: the next in rank of the same formasi gets an appointment of their own, once. */
  public void callReplacement(String id, Instant now) {
    Pengangkatan p = get(id);
    repository.update(id, Map.of("status", AppointmentStatus.DIGANTI));
    if (repository.replacementOf(id).isPresent()) {
      return;
    }
    var next = repository.nextInRank(p.periodeId(), p.kodeFormasi());
    if (next.isEmpty()) {
      repository.event(id, "TIDAK_ADA_PENGGANTI", "Tidak ada peserta berikutnya pada formasi " + p.kodeFormasi(), null);
      return;
    }
    String nomorPeserta = (String) next.get().get("nomor_peserta");
    int peringkat = ((Number) next.get().get("peringkat")).intValue();
    String replacementId = Pengangkatan.idOf(p.periodeId(), nomorPeserta);
    repository.insert(replacementId, p.jenis(), p.periodeId(), nomorPeserta, p.instansi(), p.kodeFormasi(), peringkat, id, now);
    repository.event(id, "PENGGANTI_DIPANGGIL", "Diganti peserta " + nomorPeserta + " (peringkat " + peringkat
        + ") dengan keputusan PPK; dilaporkan ke panitia seleksi nasional dan diumumkan"
        + (p.batasLaporanPenggantian() == null ? "" : ", laporan paling lambat " + p.batasLaporanPenggantian()), null);
    repository.event(replacementId, "MENGGANTIKAN", "Menggantikan " + id + " (" + p.alasanBerhenti() + ")", null);
    workflow.start(get(replacementId));
  }

  /** After the NIP and before the decree: BKN cancels the NIP (VI.A.6.h.1); the vacancy is not refilled this year. */
  public void cancelNip(String id) {
    Pengangkatan p = get(id);
    repository.update(id, Map.of("status", AppointmentStatus.NIP_DIBATALKAN));
    repository.event(id, "NIP_DIBATALKAN", "Pembatalan NIP " + p.nomorInduk() + " (" + p.alasanBerhenti()
        + "); formasi tidak dapat diisi kembali pada tahun anggaran berjalan", null);
  }

  /** After the decree: the PPK dismisses the CPNS on the recorded VII.B ground (VI.A.6.h.2). */
  public void dismiss(String id) {
    Pengangkatan p = get(id);
    repository.update(id, Map.of("status", AppointmentStatus.DIBERHENTIKAN));
    DismissalGround ground = DismissalGround.valueOf(p.alasanBerhenti());
    repository.event(id, "DIBERHENTIKAN", ground.label() + ": " + ground.kelas().label() + " (" + ground.reference() + ")"
        + (p.tahunDilarangMelamar() == null ? "" : "; tidak dapat melamar pada seleksi tahun anggaran "
            + p.tahunDilarangMelamar() + " (VI.B.8)"), null);
  }

  // the usul's data and documents

  private UsulForm usulForm(Pengangkatan p) {
    return usulForm(p, repository.candidate(p), p.tempatLahir(), p.agama(), p.tmtCpns());
  }

  private static UsulForm usulForm(Pengangkatan p, Kandidat k, String tempatLahir, String agama, LocalDate tmt) {
    return new UsulForm(p.jenis().name(), k.nomorPeserta(), k.nik(), k.nama(), tempatLahir,
        String.valueOf(k.tanggalLahir()), k.jenisKelamin(), k.pendidikan(), k.jabatan(), k.unitKerja(),
        String.valueOf(tmt), agama);
  }

  Map<DocumentType, UploadedDocument> uploaded(String id) {
    Map<DocumentType, UploadedDocument> documents = new EnumMap<>(DocumentType.class);
    repository.documents(id).forEach((type, file) ->
        documents.put(type, new UploadedDocument(type, file[1], documentStore.get(file[0]))));
    return documents;
  }

  private static <E extends Enum<E>> E enumValue(CompletionValues values, String key, Class<E> type, String what) {
    String text = values.requiredText(key, 40, what);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException(key, "'" + text + "' tidak dikenal; pilih salah satu dari "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
