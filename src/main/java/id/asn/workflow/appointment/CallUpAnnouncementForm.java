package id.asn.workflow.appointment;

import id.asn.workflow.kernel.FieldChecks;
import id.asn.workflow.kernel.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The call-up announcement as the instansi sends it (Lampiran I VI.A.1.a-b): its number and date (not after today),
 * the days, time and place to attend, which lie within the documents' 15 working days from the announcement, and
 * where it was published.
 */
record CallUpAnnouncementForm(String nomorPengumuman, String tanggalPengumuman, String tanggalKehadiranMulai,
    String tanggalKehadiranSelesai, String waktuKehadiran, String tempatKehadiran, String media) {

  /**
   * The checked announcement, or null with the problems added; {@code documentsDue} maps its date to the last day,
   * {@code workingDays} after it.
   */
  CallUpNotice check(LocalDate today, UnaryOperator<LocalDate> documentsDue, int workingDays,
      List<FieldProblem> problems) {
    String nomor = FieldChecks.requiredText(nomorPengumuman, "nomorPengumuman", 100, problems);
    LocalDate tanggal = FieldChecks.requiredDate(tanggalPengumuman, "tanggalPengumuman", problems);
    LocalDate mulai = FieldChecks.requiredDate(tanggalKehadiranMulai, "tanggalKehadiranMulai", problems);
    LocalDate selesai = FieldChecks.requiredDate(tanggalKehadiranSelesai, "tanggalKehadiranSelesai", problems);
    String waktu = FieldChecks.requiredText(waktuKehadiran, "waktuKehadiran", 100, problems);
    String tempat = FieldChecks.requiredText(tempatKehadiran, "tempatKehadiran", 300, problems);
    String di = FieldChecks.requiredText(media, "media", 500, problems);
    if (tanggal != null && tanggal.isAfter(today)) {
      problems.add(new FieldProblem("tanggalPengumuman", "tidak boleh sesudah hari ini (" + today + ")"));
    }
    if (tanggal != null && mulai != null && mulai.isBefore(tanggal)) {
      problems.add(new FieldProblem("tanggalKehadiranMulai", "tidak boleh sebelum pengumuman (" + tanggal + ")"));
    }
    if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
      problems.add(new FieldProblem("tanggalKehadiranSelesai", "tidak boleh sebelum hari pertama kehadiran"));
    }
    LocalDate last = tanggal == null ? null : documentsDue.apply(tanggal);
    if (last != null && selesai != null && selesai.isAfter(last)) {
      problems.add(new FieldProblem("tanggalKehadiranSelesai", "paling lambat " + last + ": "
          + workingDays + " hari kerja sejak pengumuman (VI.A.1.c)"));
    }
    return problems.isEmpty() ? new CallUpNotice(null, null, null, nomor, tanggal, mulai, selesai, waktu, tempat, di,
        List.of()) : null;
  }
}
