package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * terimaHasilAkhir: the integrated SKD and SKB result arrives from the national committee; it must be announced
 * within 30 calendar days of its receipt (V.D.4.c.2).
 */
@Component
class FinalResultReceivedTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final SeleksiResults results;

  FinalResultReceivedTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service, SeleksiResults results, TimeLimits timeLimits) {
    super(Stage.TERIMA_HASIL_AKHIR, PNS, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
    this.results = results;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    LocalDate received = c.values().requiredDate("tanggalDiterima",
        "tanggal hasil integrasi diterima dari panitia seleksi nasional");
    if (received.isAfter(c.today())) {
      throw new InvalidCompletionException("tanggalDiterima", "tidak boleh setelah hari ini (" + c.today() + ")");
    }
    if (received.isBefore(p.jadwal().tanggalSkb())) {
      throw new InvalidCompletionException("tanggalDiterima", "tidak boleh sebelum SKB (" + p.jadwal().tanggalSkb() + ")");
    }
    if (periods.count("seleksi_nilai_skb", c.id()) == 0) {
      throw new InvalidCompletionException("tanggalDiterima", "belum ada nilai SKB: impor nilai-skb dahulu");
    }
    periods.setFinalReceived(c.id(), received);
    results.refreshFinal(p);
    LocalDate due = RecruitmentTimeLimits.from(timeLimits).finalResultDue(received);
    periods.addEvent(c.id(), "HASIL_AKHIR_DITERIMA", "Hasil integrasi SKD dan SKB diterima " + received
        + "; diumumkan paling lambat " + due + ".", c.user(), c.now());
    return Map.of(PengadaanProcess.VAR_BATAS_HASIL_AKHIR, startOf(due.plusDays(1)));
  }
}
