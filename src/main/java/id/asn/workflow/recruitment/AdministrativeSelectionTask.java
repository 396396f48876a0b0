package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * seleksiAdministrasi: the committee's chair sets the result of the administrative selection (Lampiran I V.B.8),
 * with the committee's corrections, and the data of those who passed goes to the national committee (V.B.10);
 * data sent after the deadline is recorded as late.
 */
@Component
class AdministrativeSelectionTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final PelamarRepository applicants;
  private final CorrectionRepository corrections;
  private final SeleksiService service;
  private final CalendarService calendar;

  AdministrativeSelectionTask(SeleksiTasks steps, SeleksiRepository periods, PelamarRepository applicants,
      CorrectionRepository corrections, SeleksiService service, CalendarService calendar, TimeLimits timeLimits) {
    super(Stage.SELEKSI_ADMINISTRASI, BOTH, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.applicants = applicants;
    this.corrections = corrections;
    this.service = service;
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    CompletionValues values = c.values();
    if (periods.count("seleksi_pelamar", p.id()) == 0) {
      throw new InvalidCompletionException("hasilAdministrasiDitetapkan", "belum ada pelamar: impor pelamar dahulu");
    }
    List<CorrectionRepository.Correction> corrected = Corrections.parse(values.text(Corrections.FIELD),
        applicants.applicantNumbers(p.id()));
    values.requireTrue("hasilAdministrasiDitetapkan", "hasil seleksi administrasi ditetapkan ketua panitia (V.B.8)");
    values.requireTrue("dataDikirimPanselnas", "data pelamar lulus seleksi administrasi disampaikan kepada panitia "
        + "seleksi nasional (V.B.10)");
    if (!corrected.isEmpty()) {
      corrections.saveCorrections(p.id(), corrected, c.user(), c.now());
      periods.dataChanged(p.id());
      periods.addEvent(p.id(), "KOREKSI_ADMINISTRASI", corrected.size() + " hasil seleksi administrasi dikoreksi panitia.",
          c.user(), c.now());
    }
    int[] counts = corrections.administrativeCounts(p.id());
    periods.publish(p.id(), "HASIL_ADMINISTRASI", c.today(), counts[0] + " lulus, " + counts[1] + " tidak lulus", c.user());
    RecruitmentTimeLimits limits = RecruitmentTimeLimits.from(timeLimits);
    LocalDate latest = limits.latestDataToNationalCommittee(calendar.calendar(), p.jadwal().tanggalSkd()).tanggal();
    if (c.today().isAfter(latest)) {
      periods.addEvent(p.id(), "DATA_PANSELNAS_TERLAMBAT", "Data peserta lulus seleksi administrasi disampaikan "
          + c.today() + ", lewat batas " + latest + " (" + limits.dataPanselnas() + " hari kerja sebelum SKD).",
          c.user(), c.now());
    }
    return Map.of();
  }
}
