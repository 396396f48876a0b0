package id.asn.workflow.appointment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call-up announcement of a period's candidates (Lampiran I VI.A.1.a-b, II VI.1): it names those called up and
 * not yet announced, the documents and the attendance schedule, and where it was published; its date is their
 * call-up notice, so their documents' deadline is counted again from it (with any days granted for distance).
 */
@Service
class CallUpAnnouncement {

  private final CallUpNoticeRepository notices;
  private final AppointmentRepository repository;
  private final AppointmentCalendar calendar;
  private final CandidateRepository candidates;
  private final AppointmentWorkflow workflow;
  private final Clock clock;

  CallUpAnnouncement(CallUpNoticeRepository notices, AppointmentRepository repository, CandidateRepository candidates,
      AppointmentCalendar calendar, AppointmentWorkflow workflow, Clock clock) {
    this.notices = notices;
    this.repository = repository;
    this.candidates = candidates;
    this.calendar = calendar;
    this.workflow = workflow;
    this.clock = clock;
  }

  @Transactional
  CallUpNotice announce(AppointmentAccess access, String periodeId, String instansi, CallUpAnnouncementForm form) {
    String kode = access.actingFor(instansi);
    Instant now = Instant.now(clock);
    List<FieldProblem> problems = new ArrayList<>();
    AppointmentDeadlines deadlines = calendar.deadlines();
    CallUpNotice checked = form == null ? null : form.check(LocalDate.ofInstant(now, Deadline.ZONE),
        day -> deadlines.documentsDue(day, 0).tanggal(), deadlines.limits().kelengkapanDokumen(), problems);
    if (checked == null) {
      throw form == null ? Refusal.invalid("pengumuman", "wajib dikirim: data pengumuman dalam JSON")
          : Refusal.invalid(problems);
    }
    if (notices.exists(periodeId, kode, checked.nomor())) {
      throw Refusal.conflict("Pengumuman nomor " + checked.nomor() + " sudah dicatat untuk periode " + periodeId);
    }
    List<String> called = notices.awaitingAnnouncement(periodeId, kode);
    if (called.isEmpty()) {
      throw Refusal.conflict("Tidak ada peserta periode " + periodeId + " yang dipanggil dan belum diumumkan");
    }
    // an announcement dated before a candidate's recorded call-up would move their deadline into the past
    LocalDate latestCallUp = called.stream().map(repository::get).map(Pengangkatan::tanggalPanggilan)
        .max(LocalDate::compareTo).orElseThrow();
    if (checked.tanggal().isBefore(latestCallUp)) {
      throw Refusal.invalid("tanggalPengumuman", "tidak boleh sebelum pemanggilan dicatat (" + latestCallUp + ")");
    }
    CallUpNotice notice = new CallUpNotice(UUID.randomUUID().toString(), periodeId, kode, checked.nomor(),
        checked.tanggal(), checked.kehadiranMulai(), checked.kehadiranSelesai(), checked.waktu(), checked.tempat(),
        checked.media(), called);
    notices.insert(notice, access.userId(), now);
    for (String id : called) {
      if (!notices.name(id, notice, now)) {
        throw Refusal.conflict("Pengangkatan " + id + " sudah diumumkan atau tidak lagi menunggu dokumen");
      }
      repository.event(id, "PENGUMUMAN_PANGGILAN", "Diumumkan dengan pengumuman " + notice.nomor() + " tanggal "
          + notice.tanggal() + " (" + notice.media() + "); hadir " + notice.kehadiranMulai() + " s.d. "
          + notice.kehadiranSelesai() + ", " + notice.waktu() + ", " + notice.tempat(), access.userId());
      // the documents' 15 working days now run from the announcement (VI.A.1.c)
      workflow.deadlineExtended(id);
    }
    return notice;
  }

  /** The announcement as a PDF to publish: who is called, what to bring, when and where to attend. */
  byte[] pdf(AppointmentAccess access, String periodeId, String id) {
    CallUpNotice notice = notices.find(id).filter(n -> n.periodeId().equals(periodeId) && access.sees(n.instansi()))
        .orElseThrow(() -> Refusal.notFound("Pengumuman panggilan " + id + " tidak ditemukan"));
    List<Kandidat> called = notice.peserta().stream().map(repository::get).map(candidates::candidate).toList();
    AppointmentDeadlines deadlines = calendar.deadlines();
    return CallUpAnnouncementPdf.render(notice, called, deadlines.documentsDue(notice.tanggal(), 0),
        deadlines.limits());
  }
}
