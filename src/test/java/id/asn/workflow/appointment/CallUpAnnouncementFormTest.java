package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call-up announcement's own checks (Lampiran I VI.A.1.a-c), each naming its field. */
class CallUpAnnouncementFormTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 5, 7);

  private static List<String> problems(CallUpAnnouncementForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    CallUpNotice notice = form.check(TODAY, day -> day.plusDays(27), 15, problems);
    assertThat(notice == null).isEqualTo(!problems.isEmpty());
    return problems.stream().map(p -> p.field() + ": " + p.reason()).toList();
  }

  @Test
  void everyMissingPartIsNamed() {
    assertThat(problems(new CallUpAnnouncementForm(" ", null, "", "x", null, null, null))).containsExactly(
        "nomorPengumuman: wajib diisi", "tanggalPengumuman: wajib diisi, YYYY-MM-DD",
        "tanggalKehadiranMulai: wajib diisi, YYYY-MM-DD", "tanggalKehadiranSelesai: tanggal tidak valid, gunakan YYYY-MM-DD",
        "waktuKehadiran: wajib diisi", "tempatKehadiran: wajib diisi", "media: wajib diisi");
  }

  @Test
  void attendanceEndsNoEarlierThanItStartsAndNoLaterThanTheDocumentsDeadline() {
    assertThat(problems(new CallUpAnnouncementForm("1", "2025-05-07", "2025-05-12", "2025-05-09", "08.00", "BKPSDM",
        "laman"))).containsExactly("tanggalKehadiranSelesai: tidak boleh sebelum hari pertama kehadiran");
    assertThat(problems(new CallUpAnnouncementForm("1", "2025-05-07", "2025-05-12", "2025-06-04", "08.00", "BKPSDM",
        "laman"))).singleElement().asString().startsWith("tanggalKehadiranSelesai: paling lambat 2025-06-03");
    assertThat(problems(new CallUpAnnouncementForm("1", "2025-05-07", "2025-05-07", "2025-06-03", "08.00", "BKPSDM",
        "laman"))).isEmpty();
  }
}
