package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * terbitkanPengumuman: the vacancy announcement with the content of Lampiran I III.A.5, open at least 15
 * calendar days from the day it is actually published (III.A.4), whatever the schedule says.
 */
@Component
class VacancyAnnouncementTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final FormasiRepository formasi;
  private final SeleksiService service;

  VacancyAnnouncementTask(SeleksiTasks steps, SeleksiRepository periods, FormasiRepository formasi,
      SeleksiService service, TimeLimits timeLimits) {
    super(Stage.TERBITKAN_PENGUMUMAN, BOTH, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.formasi = formasi;
    this.service = service;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    CompletionValues values = c.values();
    if (p.jadwal() == null) {
      throw new InvalidCompletionException("isiPengumumanLengkap", "jadwal tahapan seleksi belum ditetapkan");
    }
    List<Formasi> positions = formasi.formasi(p.id());
    if (positions.isEmpty()) {
      throw new InvalidCompletionException("isiPengumumanLengkap", "pengumuman memuat nama jabatan, jumlah lowongan, "
          + "unit kerja dan kualifikasi pendidikan (III.A.5.a–d): impor formasi dahulu");
    }
    String alamat = values.requiredText("alamatLamaran", 1000, "alamat dan tempat lamaran ditujukan (III.A.5.e)");
    String syarat = values.requiredText("syaratPelamar", 4000, "syarat yang harus dipenuhi pelamar (III.A.5.g)");
    values.requireTrue("isiPengumumanLengkap", "isi pengumuman III.A.5 telah diperiksa lengkap");
    periods.setAnnouncementContent(p.id(), alamat, syarat, c.today());
    int lowongan = positions.stream().mapToInt(Formasi::jumlah).sum();
    periods.publish(p.id(), "LOWONGAN", c.today(), positions.size() + " formasi, " + lowongan + " lowongan", c.user());
    periods.addEvent(p.id(), "PENGUMUMAN_LOWONGAN", "Pengumuman lowongan diterbitkan.", c.user(), c.now());
    LocalDate lastDay = max(p.jadwal().pengumumanSelesai(), RecruitmentTimeLimits.from(timeLimits).earliestAnnouncementEnd(c.today()));
    LocalDate closing = max(lastDay, p.jadwal().batasPelamaran());
    Map<String, Object> out = new HashMap<>();
    out.put(PengadaanProcess.VAR_WAKTU_PENGUMUMAN_BERAKHIR, startOf(lastDay.plusDays(1)));
    out.put(PengadaanProcess.VAR_WAKTU_PELAMARAN_DITUTUP, startOf(closing.plusDays(1)));
    return out;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
