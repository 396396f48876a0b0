package id.asn.workflow.appointment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.intake.UsulForm;
import id.asn.workflow.pertek.intake.UsulIntakeService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a candidate's appointment as the pengangkatanCpns and pengangkatanPppk processes call them; a step
 * both kinds share (call-up, completeness, the usul NI and its outcome, replacement) has one implementation that
 * asks the appointment's kind where they differ. Each records what happened
 * in the appointment's tables in the engine's transaction and answers with the variables the process's timers,
 * due dates and gateways use. The user tasks are one {@link AppointmentTaskHandler} each; they share what is here.
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
  private final AppointmentWorkflow workflow;

  AppointmentSteps(AppointmentRepository repository, CalendarService calendar, UsulIntakeService usulIntake,
      DocumentStore documentStore, AppointmentWorkflow workflow) {
    this.repository = repository;
    this.calendar = calendar;
    this.usulIntake = usulIntake;
    this.documentStore = documentStore;
    this.workflow = workflow;
  }

  public Pengangkatan get(String id) {
    return repository.find(id).orElseThrow(() -> new IllegalStateException("Pengangkatan " + id + " tidak ada"));
  }

  AppointmentDeadlines deadlines() {
    return new AppointmentDeadlines(calendar.calendar());
  }

  /** The instant a deadline "by" {@code lastDay} is over: as that day ends in Jakarta ({@link Deadline#endOf}). */
  public static Date endOf(LocalDate lastDay) {
    return Date.from(Deadline.endOf(lastDay));
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

  // probation and PNS (VI.B, VII.A)

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

  /** What the appointment's number is called: NIP for a CPNS, NI PPPK for a PPPK. */
  static String numberName(Pengangkatan p) {
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

  /** The usul's data as recorded when the documents were found complete. */
  UsulForm usulForm(Pengangkatan p) {
    return usulForm(p, repository.candidate(p), p.tempatLahir(), p.agama(), p.tmtCpns());
  }

  static UsulForm usulForm(Pengangkatan p, Kandidat k, String tempatLahir, String agama, LocalDate tmt) {
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
}
