package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.VAR_NOMOR_INDUK;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_RINGKASAN;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_TMT_PNS;

import id.asn.workflow.identity.TaskQueues;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the form of an appointment's user task shows: an overview of the candidate and the deadline that applies. */
@Component
class AppointmentForms {

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;
  private final AppointmentDocumentRepository documents;
  private final AppointmentCalendar calendar;
  private final CpnsPayRules payRules;

  AppointmentForms(AppointmentRepository repository, CandidateRepository candidates,
      AppointmentDocumentRepository documents, AppointmentCalendar calendar, CpnsPayRules payRules) {
    this.payRules = payRules;
    this.repository = repository;
    this.candidates = candidates;
    this.documents = documents;
    this.calendar = calendar;
  }

  Map<String, Object> variables(String id, Stage task) {
    Pengangkatan p = repository.get(id);
    Kandidat k = candidates.candidate(p);
    StringBuilder text = new StringBuilder("#### " + k.nama() + " (nomor peserta " + k.nomorPeserta() + ")\n"
        + k.jabatan() + ", " + k.unitKerja() + "; formasi " + p.kodeFormasi() + ", peringkat " + p.peringkat()
        + "; pendidikan " + k.pendidikan() + ".\n");
    if (p.penggantiDari() != null) {
      text.append("Pengganti peserta ").append(p.penggantiDari()).append(".\n");
    }
    text.append(stage(p, task));
    Map<String, Object> v = new HashMap<>(calendar.formTexts());
    v.put(VAR_RINGKASAN, text.toString());
    v.put(TaskQueues.VAR_PERIHAL, TaskQueues.perihal(k.nama(), k.nomorPeserta(), k.jabatan()));
    if (p.nomorInduk() != null) {
      v.put(VAR_NOMOR_INDUK, p.nomorInduk());
    }
    if (task == Stage.SK_PNS) {
      v.put(VAR_TMT_PNS, TmtPns.of(calendar.deadlines().probation(p.tmtCpns()), calendar.workingDays()).toString());
    }
    return v;
  }

  /** The task's own line: what it is about and its deadline. */
  private String stage(Pengangkatan p, Stage task) {
    AppointmentDeadlines deadlines = calendar.deadlines();
    return switch (task) {
      case PENGGANTIAN -> "Menggantikan " + p.penggantiDari() + " pada formasi " + p.kodeFormasi() + " (peringkat "
          + p.peringkat() + "): keputusan PPK, laporan tertulis kepada ketua panitia seleksi nasional dan pengumuman. "
          + "Bila yang diganti sudah diusulkan " + p.numberName() + ", laporan paling lama "
          + deadlines.limits().laporanPengganti() + " hari kerja sejak keputusan (VI.A.6.g.2).";
      case PERIKSA_KELENGKAPAN -> "Dokumen diserahkan: " + documents.documents(p.id()).keySet().stream()
          .map(Enum::name).collect(Collectors.joining(", ")) + ". Batas kelengkapan: " + p.batasDokumen() + ".";
      case SK_CPNS -> "NIP " + p.nomorInduk() + " diterima " + p.tanggalNip() + "; keputusan paling lambat "
          + deadlines.decreeDue(p.tanggalNip()).dated() + " (" + deadlines.limits().penetapanKeputusan()
          + " hari kerja). TMT CPNS " + p.tmtCpns() + "; gaji CPNS "
          + payRules.of(p.tmtCpns().getYear()).persenGajiPokok() + "% dari gaji pokok PNS (VI.A.10.a).";
      case PENYERAHAN_SK -> "Keputusan " + p.nomorSkCpns() + " tanggal " + p.tanggalSkCpns()
          + "; diserahkan paling lambat " + deadlines.decreeDeliveryDue(p.tanggalSkCpns()).dated() + ".";
      case SPMT -> "TMT CPNS " + p.tmtCpns() + "; SPMT paling lambat " + deadlines.spmtLatest(p.tmtCpns()) + ".";
      case USUL_GAJI -> "SPMT mulai " + p.tanggalSpmt() + "; gaji CPNS (" + p.gajiCpns() + ") diusulkan paling lambat "
          + deadlines.payProposalDue(p.tanggalSpmt()) + " (" + deadlines.limits().usulGajiBulan()
          + " bulan sejak SPMT, VI.A.10.d).";
      case SK_PNS -> "TMT PNS " + TmtPns.of(deadlines.probation(p.tmtCpns()), calendar.workingDays()) + ".";
      case SK_CALON_PPPK -> "Dokumen lengkap dan sah; TMT perjanjian kerja yang diusulkan " + p.tmtCpns()
          + ". Unggah keputusan sebagai SK_CALON_PPPK sebelum menyelesaikan tugas ini.";
      case PERJANJIAN_KERJA -> "NI PPPK " + p.nomorInduk() + " diterima " + p.tanggalNip()
          + "; perjanjian kerja dan keputusan paling lambat " + deadlines.decreeDue(p.tanggalNip()).dated()
          + " (" + deadlines.limits().penetapanKeputusan() + " hari kerja).";
      case KIRIM_BKN -> "Perjanjian kerja " + p.nomorPerjanjianKerja() + ", keputusan " + p.nomorSkPppk()
          + "; dikirim ke BKN paling lambat " + deadlines.bknDeliveryDue(p.tanggalNip()).dated()
          + " (" + deadlines.limits().pengirimanKeBkn() + " hari kerja sejak NI PPPK).";
      case SUMPAH_JABATAN -> "PPPK pada JPT utama/madya tertentu: dilantik dan mengangkat sumpah/janji jabatan "
          + "(VII.B). Keputusan " + p.nomorSkPppk() + ".";
      case PEMBERHENTIAN -> "Berhenti: " + p.alasanBerhenti() + ". Keputusan pemberhentian PPK dan tembusannya segera "
          + "kepada Kepala BKN/Kanreg (" + (p.isPppk() ? "II VI.6.g.4" : "VI.A.6.g.4") + ").";
      default -> p.numberName() + " " + (p.nomorInduk() == null ? "-" : p.nomorInduk()) + ".";
    };
  }
}
