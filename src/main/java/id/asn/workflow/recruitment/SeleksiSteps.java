package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a period as the pengadaanPns process calls them: what each task's form shows, and each task's
 * completion, checked on the server whatever client completes it (the regulation's deadlines computed with the
 * working-day calendar), recorded, and answered with the variables the process's timers and due dates use.
 */
@Service
@Transactional
public class SeleksiSteps {

  /** The owner kind of the deadlines a recruitment period holds in the ledger. */
  public static final String DEADLINE_OWNER = "SELEKSI";
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  public static final String VAR_RINGKASAN = "ringkasanSeleksi";
  public static final String VAR_WAKTU_PENGUMUMAN_BERAKHIR = "waktuPengumumanBerakhir";
  public static final String VAR_WAKTU_PELAMARAN_DITUTUP = "waktuPelamaranDitutup";
  public static final String VAR_BATAS_KIRIM_PANSELNAS = "batasKirimPanselnas";
  public static final String VAR_BATAS_PENGUMUMAN_SKD = "batasPengumumanSkd";
  public static final String VAR_WAKTU_SKD_SELESAI = "waktuSkdSelesai";
  public static final String VAR_BATAS_PENGUMUMAN_SKB = "batasPengumumanSkb";
  public static final String VAR_WAKTU_SKB_SELESAI = "waktuSkbSelesai";
  public static final String VAR_BATAS_HASIL_AKHIR = "batasPengumumanHasilAkhir";
  public static final String VAR_WAKTU_KOMPETENSI_SELESAI = "waktuKompetensiSelesai";

  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final SeleksiResults results;
  private final CalendarService calendar;

  SeleksiSteps(SeleksiRepository periods, SeleksiService service, SeleksiResults results, CalendarService calendar) {
    this.periods = periods;
    this.service = service;
    this.results = results;
    this.calendar = calendar;
  }

  public void stageStarted(String id, Tahap tahap) {
    periods.setStatus(id, tahap.status());
  }

  /** What the form of a task shows: an overview of the period and the values it starts from. */
  public Map<String, Object> formVariables(String id, Tahap tahap) {
    Periode p = service.get(id);
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_RINGKASAN, summary(p, tahap));
    if (p.jadwal() != null) {
      v.put("tanggalSkd", p.jadwal().tanggalSkd().toString());
      v.put("tanggalSkb", p.jadwal().tanggalSkb().toString());
    }
    return v;
  }

  private String summary(Periode p, Tahap tahap) {
    StringBuilder text = new StringBuilder("#### Pengadaan " + p.jenis().label() + " " + p.instansi() + " tahun "
        + p.tahun() + "\n");
    text.append("Formasi: ").append(periods.count("seleksi_formasi", p.id())).append("; pelamar: ")
        .append(periods.count("seleksi_pelamar", p.id()));
    if (p.pppk()) {
      text.append("; nilai kompetensi dan wawancara: ").append(periods.count("seleksi_nilai_kompetensi", p.id()));
    } else {
      text.append("; nilai SKD: ").append(periods.count("seleksi_nilai_skd", p.id())).append("; nilai SKB: ")
          .append(periods.count("seleksi_nilai_skb", p.id()));
    }
    text.append(".\n");
    if (p.jadwal() != null) {
      Jadwal j = p.jadwal();
      text.append("Jadwal: pengumuman ").append(j.pengumumanMulai()).append(" s.d. ").append(j.pengumumanSelesai())
          .append("; pelamaran ditutup ").append(j.batasPelamaran()).append("; seleksi administrasi ")
          .append(j.seleksiAdministrasi()).append("; SKD ").append(j.tanggalSkd()).append("; SKB ").append(j.tanggalSkb())
          .append(".\n");
    }
    if (tahap == Tahap.SELEKSI_ADMINISTRASI) {
      int[] counts = periods.administrativeCounts(p.id());
      text.append("Hasil seleksi administrasi menurut data: ").append(counts[0]).append(" memenuhi syarat, ")
          .append(counts[1]).append(" tidak memenuhi syarat (rincian dan alasan: GET /api/seleksi/").append(p.id())
          .append("/hasil-administrasi).\n");
    }
    return text.toString();
  }

  /** Checks and records the completion of a task; returns the variables the process continues with. */
  public Map<String, Object> complete(String id, Tahap tahap, CompletionValues values, String user, LocalDate today,
      Instant now) {
    Periode p = service.get(id);
    Map<String, Object> out = new HashMap<>();
    WorkingDayCalendar days = calendar.calendar();
    switch (tahap) {
      case BENTUK_PANITIA -> committee(p, values, user, now);
      case TETAPKAN_JADWAL -> {
        Jadwal jadwal = new Jadwal(values.requiredDate("pengumumanMulai", "mulai pengumuman lowongan"),
            values.requiredDate("pengumumanSelesai", "akhir pengumuman lowongan"),
            values.requiredDate("batasPelamaran", "batas akhir pelamaran"),
            values.requiredDate("seleksiAdministrasi", "tanggal seleksi administrasi"),
            values.requiredDate("tanggalSkd", "tanggal SKD"), values.requiredDate("tanggalSkb", "tanggal SKB"));
        refuse(jadwal.problems(days, today));
        periods.setSchedule(id, jadwal);
        service.recomputeEligibility(service.get(id));
        periods.addEvent(id, "JADWAL", "Jadwal seleksi ditetapkan." + (days.touchesProvisional(jadwal.pengumumanMulai(),
            jadwal.tanggalSkb()) ? " " + Deadline.PROVISIONAL_NOTE : ""), user, now);
        out.put(VAR_BATAS_KIRIM_PANSELNAS, Jadwal.latestDataToNationalCommittee(days, jadwal.tanggalSkd()));
      }
      case TERBITKAN_PENGUMUMAN -> out.putAll(announceVacancies(p, values, user, today, now));
      case SELEKSI_ADMINISTRASI -> administrative(p, values, user, today, now, days);
      case UMUMKAN_SKD -> {
        LocalDate skd = examDate(values, "tanggalSkd", today, p.jadwal().seleksiAdministrasi(), days, true);
        values.requireTrue("kartuDanKtpDiwajibkan", "pengumuman SKD memuat kewajiban membawa kartu peserta dan KTP");
        String tempat = values.requiredText("tempatSkd", 500, "hari, waktu dan tempat pelaksanaan SKD");
        periods.setExamDate(id, "tanggal_skd", skd);
        periods.publish(id, "PELAKSANAAN_SKD", today, "SKD " + skd + ", " + tempat, user);
        out.put(VAR_WAKTU_SKD_SELESAI, startOf(skd.plusDays(1)));
      }
      case HASIL_SKD -> {
        if (periods.count("seleksi_nilai_skd", id) == 0) {
          throw new InvalidCompletionException("hasilSkdDitetapkan", "belum ada nilai SKD: impor nilai-skd dahulu");
        }
        try {
          results.refreshSkd(p);
        } catch (SkdThresholds.UnknownThresholdException e) {
          throw new InvalidCompletionException("hasilSkdDitetapkan", e.getMessage());
        }
        values.requireTrue("hasilSkdDitetapkan", "hasil SKD yang ditetapkan panitia seleksi nasional telah diperiksa");
        int lulus = periods.passedSkd(id).size();
        periods.publish(id, "HASIL_SKD", today, lulus + " peserta lulus SKD dan berhak mengikuti SKB", user);
        out.put("jumlahLulusSkd", lulus);
      }
      case UMUMKAN_SKB -> {
        LocalDate skb = examDate(values, "tanggalSkb", today, p.jadwal().tanggalSkd(), days, false);
        values.requireTrue("kartuDanKtpDiwajibkan", "pengumuman SKB memuat kewajiban membawa kartu peserta dan KTP");
        String tempat = values.requiredText("tempatSkb", 500, "hari, waktu dan tempat pelaksanaan SKB");
        values.requiredText("alatTulis", 500, "alat tulis yang diperlukan");
        periods.setExamDate(id, "tanggal_skb", skb);
        periods.publish(id, "PELAKSANAAN_SKB", today, "SKB " + skb + ", " + tempat, user);
        out.put(VAR_WAKTU_SKB_SELESAI, startOf(skb.plusDays(1)));
      }
      case TERIMA_HASIL_AKHIR -> {
        LocalDate received = values.requiredDate("tanggalDiterima", "tanggal hasil integrasi diterima dari panitia seleksi nasional");
        if (received.isAfter(today)) {
          throw new InvalidCompletionException("tanggalDiterima", "tidak boleh setelah hari ini (" + today + ")");
        }
        if (received.isBefore(p.jadwal().tanggalSkb())) {
          throw new InvalidCompletionException("tanggalDiterima", "tidak boleh sebelum SKB (" + p.jadwal().tanggalSkb() + ")");
        }
        if (periods.count("seleksi_nilai_skb", id) == 0) {
          throw new InvalidCompletionException("tanggalDiterima", "belum ada nilai SKB: impor nilai-skb dahulu");
        }
        periods.setFinalReceived(id, received);
        results.refreshFinal(p);
        LocalDate due = Jadwal.finalResultDue(received);
        out.put(VAR_BATAS_HASIL_AKHIR, startOf(due.plusDays(1)));
        periods.addEvent(id, "HASIL_AKHIR_DITERIMA", "Hasil integrasi SKD dan SKB diterima " + received
            + "; diumumkan paling lambat " + due + ".", user, now);
      }
      case UMUMKAN_KOMPETENSI -> {
        LocalDate exam = values.requiredDate("tanggalKompetensi", "tanggal seleksi kompetensi");
        LocalDate latest = Jadwal.latestExamAnnouncement(exam);
        if (today.isAfter(latest)) {
          throw new InvalidCompletionException("tanggalKompetensi", "seleksi kompetensi diumumkan paling lambat "
              + Jadwal.HARI_PENGUMUMAN_UJIAN + " hari kalender sebelum pelaksanaan (Lampiran II V.C.2.a); untuk " + exam
              + " batasnya " + latest + ": pilih tanggal paling cepat " + today.plusDays(Jadwal.HARI_PENGUMUMAN_UJIAN));
        }
        if (days.workingDaysBetween(p.jadwal().seleksiAdministrasi(), exam) < Jadwal.HARI_KERJA_DATA_PANSELNAS) {
          throw new InvalidCompletionException("tanggalKompetensi", "seleksi kompetensi paling cepat "
              + Jadwal.HARI_KERJA_DATA_PANSELNAS + " hari kerja setelah seleksi administrasi ("
              + p.jadwal().seleksiAdministrasi() + ", Lampiran II V.B.10)");
        }
        values.requireTrue("kartuDanKtpDiwajibkan", "pengumuman memuat kewajiban membawa kartu peserta dan KTP");
        String tempat = values.requiredText("tempatKompetensi", 500, "hari, waktu dan tempat seleksi kompetensi");
        periods.setExamDate(id, "tanggal_skd", exam);
        periods.publish(id, "PELAKSANAAN_KOMPETENSI", today, "Seleksi kompetensi " + exam + ", " + tempat, user);
        out.put(VAR_WAKTU_KOMPETENSI_SELESAI, startOf(exam.plusDays(1)));
      }
      case HASIL_KOMPETENSI -> {
        if (periods.count("seleksi_nilai_kompetensi", id) == 0) {
          throw new InvalidCompletionException("hasilKompetensiDitetapkan",
              "belum ada nilai kompetensi dan wawancara: impor nilai-kompetensi dahulu");
        }
        try {
          results.refreshFinal(p);
        } catch (PppkThresholds.UnknownThresholdException e) {
          throw new InvalidCompletionException("hasilKompetensiDitetapkan", e.getMessage());
        }
        values.requireTrue("hasilKompetensiDitetapkan", "hasil seleksi kompetensi dan wawancara ditetapkan PPK (V.E.3)");
        int lulus = periods.passedFinal(id);
        periods.publish(id, "HASIL_KOMPETENSI", today, lulus + " peserta lulus seleksi kompetensi dan wawancara", user);
        out.put("jumlahLulus", lulus);
      }
      case UMUMKAN_HASIL_PPPK -> {
        values.requireTrue("hasilAkhirDiumumkan", "hasil seleksi diumumkan secara terbuka (V.E.4)");
        String nomor = values.requiredText("nomorPengumuman", 100, "nomor pengumuman hasil seleksi");
        results.refreshFinal(p);
        periods.setFinalAnnounced(id, today);
        periods.publish(id, "HASIL_AKHIR", today, "Pengumuman " + nomor, user);
      }
      case UMUMKAN_HASIL_AKHIR -> {
        values.requireTrue("hasilAkhirDiumumkan", "hasil akhir diumumkan secara terbuka");
        String nomor = values.requiredText("nomorPengumuman", 100, "nomor pengumuman hasil akhir");
        results.refreshFinal(p);
        periods.setFinalAnnounced(id, today);
        LocalDate due = Jadwal.finalResultDue(p.hasilAkhirDiterima());
        periods.publish(id, "HASIL_AKHIR", today, "Pengumuman " + nomor + (today.isAfter(due)
            ? "; terlambat dari batas " + due : ""), user);
        out.put("hasilAkhirTerlambat", today.isAfter(due));
      }
    }
    return out;
  }

  private void committee(Periode p, CompletionValues values, String user, Instant now) {
    String sk = values.requiredText("nomorSkPanitia", 100, "nomor keputusan PPK pembentukan panitia seleksi");
    String ketua = values.requiredText("ketuaPanitia", 200, "ketua panitia: PyB (II.B.3)");
    values.requireTrue("ketuaAdalahPyb", "ketua panitia seleksi adalah Pejabat yang Berwenang (II.B.3)");
    Map<String, List<String>> members = new java.util.LinkedHashMap<>();
    members.put("KETUA", List.of(ketua));
    members.put("WAKIL_KETUA", List.of(values.requiredText("wakilKetua", 200, "wakil ketua (II.B.5.b)")));
    members.put("SEKRETARIS", List.of(values.requiredText("sekretaris", 200, "sekretaris (II.B.5.c)")));
    members.put("TIM_SELEKSI_ADMINISTRASI", names(values, "timSeleksiAdministrasi", "tim seleksi administrasi (II.B.5.d)"));
    members.put("TIM_SKD_SKB", names(values, "timSkdSkb", "tim pelaksanaan SKD dan SKB (II.B.5.e)"));
    members.put("TIM_PEMANTAUAN", names(values, "timPemantauanUjian", "tim pemantauan ujian (II.B.5.f)"));
    values.requireTrue("tugasDitetapkan", "tugas dan tanggung jawab setiap unsur panitia ditetapkan PPK (II.B.6–8)");
    values.requireTrue("saranaDisabilitas", "sarana bagi pelamar penyandang disabilitas disiapkan (II.D.3)");
    periods.setCommittee(p.id(), sk, ketua, members);
    periods.addEvent(p.id(), "PANITIA", "Panitia seleksi dibentuk dengan keputusan " + sk + ", diketuai " + ketua + ".",
        user, now);
  }

  private static List<String> names(CompletionValues values, String key, String what) {
    List<String> names = values.requiredText(key, 4000, what + ", satu nama per baris").lines().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    if (names.stream().anyMatch(n -> n.length() > 200)) {
      throw new InvalidCompletionException(key, "setiap nama paling panjang 200 karakter");
    }
    return names;
  }

  private Map<String, Object> announceVacancies(Periode p, CompletionValues values, String user, LocalDate today,
      Instant now) {
    if (p.jadwal() == null) {
      throw new InvalidCompletionException("isiPengumumanLengkap", "jadwal tahapan seleksi belum ditetapkan");
    }
    List<Formasi> formasi = periods.formasi(p.id());
    if (formasi.isEmpty()) {
      throw new InvalidCompletionException("isiPengumumanLengkap", "pengumuman memuat nama jabatan, jumlah lowongan, "
          + "unit kerja dan kualifikasi pendidikan (III.A.5.a–d): impor formasi dahulu");
    }
    String alamat = values.requiredText("alamatLamaran", 1000, "alamat dan tempat lamaran ditujukan (III.A.5.e)");
    String syarat = values.requiredText("syaratPelamar", 4000, "syarat yang harus dipenuhi pelamar (III.A.5.g)");
    values.requireTrue("isiPengumumanLengkap", "isi pengumuman III.A.5 telah diperiksa lengkap");
    periods.setAnnouncementContent(p.id(), alamat, syarat, today);
    int lowongan = formasi.stream().mapToInt(Formasi::jumlah).sum();
    periods.publish(p.id(), "LOWONGAN", today, formasi.size() + " formasi, " + lowongan + " lowongan", user);
    periods.addEvent(p.id(), "PENGUMUMAN_LOWONGAN", "Pengumuman lowongan diterbitkan.", user, now);
    // open at least 15 calendar days from the day it is actually published, whatever the schedule says
    LocalDate lastDay = max(p.jadwal().pengumumanSelesai(), Jadwal.earliestAnnouncementEnd(today));
    LocalDate closing = max(lastDay, p.jadwal().batasPelamaran());
    Map<String, Object> out = new HashMap<>();
    out.put(VAR_WAKTU_PENGUMUMAN_BERAKHIR, startOf(lastDay.plusDays(1)));
    out.put(VAR_WAKTU_PELAMARAN_DITUTUP, startOf(closing.plusDays(1)));
    return out;
  }

  private void administrative(Periode p, CompletionValues values, String user, LocalDate today, Instant now,
      WorkingDayCalendar days) {
    if (periods.count("seleksi_pelamar", p.id()) == 0) {
      throw new InvalidCompletionException("hasilAdministrasiDitetapkan", "belum ada pelamar: impor pelamar dahulu");
    }
    List<SeleksiRepository.Correction> corrections = Corrections.parse(values.text(Corrections.FIELD),
        periods.applicantNumbers(p.id()));
    values.requireTrue("hasilAdministrasiDitetapkan", "hasil seleksi administrasi ditetapkan ketua panitia (V.B.8)");
    values.requireTrue("dataDikirimPanselnas", "data pelamar lulus seleksi administrasi disampaikan kepada panitia "
        + "seleksi nasional (V.B.10)");
    if (!corrections.isEmpty()) {
      periods.saveCorrections(p.id(), corrections, user, now);
      periods.dataChanged(p.id());
      periods.addEvent(p.id(), "KOREKSI_ADMINISTRASI", corrections.size() + " hasil seleksi administrasi dikoreksi panitia.",
          user, now);
    }
    int[] counts = periods.administrativeCounts(p.id());
    periods.publish(p.id(), "HASIL_ADMINISTRASI", today, counts[0] + " lulus, " + counts[1] + " tidak lulus", user);
    LocalDate latest = Jadwal.latestDataToNationalCommittee(days, p.jadwal().tanggalSkd()).tanggal();
    if (today.isAfter(latest)) {
      periods.addEvent(p.id(), "DATA_PANSELNAS_TERLAMBAT", "Data peserta lulus seleksi administrasi disampaikan " + today
          + ", lewat batas " + latest + " (" + Jadwal.HARI_KERJA_DATA_PANSELNAS + " hari kerja sebelum SKD).", user, now);
    }
  }

  private static LocalDate examDate(CompletionValues values, String key, LocalDate today, LocalDate after,
      WorkingDayCalendar days, boolean skd) {
    LocalDate exam = values.requiredDate(key, skd ? "tanggal SKD" : "tanggal SKB");
    LocalDate latest = Jadwal.latestExamAnnouncement(exam);
    if (today.isAfter(latest)) {
      throw new InvalidCompletionException(key, (skd ? "SKD" : "SKB") + " diumumkan paling lambat "
          + Jadwal.HARI_PENGUMUMAN_UJIAN + " hari kalender sebelum pelaksanaan; untuk " + exam + " batasnya " + latest
          + ": pilih tanggal paling cepat " + today.plusDays(Jadwal.HARI_PENGUMUMAN_UJIAN));
    }
    if (skd && days.workingDaysBetween(after, exam) < Jadwal.HARI_KERJA_DATA_PANSELNAS) {
      throw new InvalidCompletionException(key, "SKD paling cepat " + Jadwal.HARI_KERJA_DATA_PANSELNAS
          + " hari kerja setelah seleksi administrasi (" + after + ")");
    }
    if (!skd && !exam.isAfter(after)) {
      throw new InvalidCompletionException(key, "SKB dilaksanakan setelah SKD (" + after + ")");
    }
    return exam;
  }

  private static void refuse(List<Jadwal.Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCompletionException(problems.get(0).field(), String.join("; ", problems.stream()
          .map(pr -> pr.field() + ": " + pr.reason()).toList()));
    }
  }

  /** Hands the passing candidates to the appointment of the period's kind; returns how many were handed over now. */
  public int handOver(String id, Instant now) {
    Periode p = service.get(id);
    results.refreshFinal(p);
    int handed = periods.handOff(id, p.jenis(), now);
    periods.setStatus(id, "SELESAI");
    periods.addEvent(id, "SERAH_PENGANGKATAN", handed + " peserta lulus diserahkan ke pengangkatan "
        + (p.pppk() ? "calon PPPK" : "CPNS") + ".", null, now);
    return handed;
  }

  /** The final result was not announced within 30 calendar days of its receipt: recorded once. */
  public void finalAnnouncementLate(String id, Instant now) {
    Periode p = service.get(id);
    periods.addEvent(id, "HASIL_AKHIR_TERLAMBAT", "Hasil akhir belum diumumkan " + Jadwal.HARI_PENGUMUMAN_HASIL_AKHIR
        + " hari kalender setelah diterima " + p.hasilAkhirDiterima() + " (V.D.4.c.2).", null, now);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  private static Date date(LocalDate day) {
    return startOf(day);
  }
}
