package id.asn.workflow.calendar;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.web.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar for everyone signed in; its data for administrators to keep. */
@RestController
@RequestMapping("/api/kalender")
class CalendarController {

  private static final int MAX_DAYS = 3660;
  /** The years an administrator may enter; a start date outside them cannot have holiday data. */
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  /** The columns of hari_libur and kalender_tahun. */
  private static final int MAX_KETERANGAN = 200;
  private static final int MAX_DASAR_HUKUM = 500;

  private final CalendarService calendar;
  private final DeadlineRecount recount;

  CalendarController(CalendarService calendar, DeadlineRecount recount) {
    this.calendar = calendar;
    this.recount = recount;
  }

  @GetMapping("/hari-kerja")
  Map<String, Object> workingDaysAfter(@RequestParam LocalDate mulai, @RequestParam int tambah) {
    List<FieldProblem> problems = new ArrayList<>();
    if (mulai.getYear() < FIRST_YEAR || mulai.getYear() > LAST_YEAR) {
      problems.add(new FieldProblem("mulai", "harus antara tahun " + FIRST_YEAR + " dan " + LAST_YEAR));
    }
    if (tambah < 0 || tambah > MAX_DAYS) {
      problems.add(new FieldProblem("tambah", "harus antara 0 dan " + MAX_DAYS + " hari kerja"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    Deadline deadline = calendar.deadline(DeadlineRule.workingDaysAfter(mulai, tambah));
    return Map.of("mulai", mulai, "tambah", tambah, "tanggal", deadline.tanggal(), "sementara", deadline.sementara());
  }

  /** A year's days off; a year without a decree shows the provisional days, marked {@code sementara}. */
  @GetMapping("/libur")
  Map<String, Object> daysOff(@RequestParam int tahun) {
    if (tahun < FIRST_YEAR || tahun > LAST_YEAR) {
      throw Refusal.invalid(List.of(new FieldProblem("tahun", "harus antara " + FIRST_YEAR + " dan " + LAST_YEAR)));
    }
    List<DayOff> days = calendar.daysOff(tahun);
    return Map.of("tahun", tahun, "dasarHukum", calendar.decreeOf(tahun).orElse(""), "sementara",
        calendar.isProvisional(tahun), "hari", days);
  }

  @GetMapping("/tahun")
  List<Integer> years() {
    return calendar.years();
  }

  record YearRequest(String dasarHukum, List<DayRequest> hari) {}

  record DayRequest(LocalDate tanggal, String jenis, String keterangan, String dasarHukum) {}

  @PutMapping("/tahun/{tahun}")
  @PreAuthorize("hasAuthority('" + Groups.ADMIN + "')")
  DeadlineRecount.Summary replaceYear(@PathVariable int tahun, @RequestBody YearRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (tahun < FIRST_YEAR || tahun > LAST_YEAR) {
      problems.add(new FieldProblem("tahun", "harus antara " + FIRST_YEAR + " dan " + LAST_YEAR));
    }
    checkText("dasarHukum", request.dasarHukum(), MAX_DASAR_HUKUM, "wajib diisi: SKB atau Keppres yang menetapkan", problems);
    List<DayOff> days = new ArrayList<>();
    List<DayRequest> requested = request.hari() == null ? List.of() : request.hari();
    for (int i = 0; i < requested.size(); i++) {
      toDayOff(requested.get(i), "hari[" + i + "].", request.dasarHukum(), problems).ifPresent(days::add);
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    calendar.replaceYear(tahun, request.dasarHukum().strip(), days);
    return recount.yearChanged(tahun);
  }

  @PutMapping("/libur/{tanggal}")
  @PreAuthorize("hasAuthority('" + Groups.ADMIN + "')")
  DeadlineRecount.Summary saveDay(@PathVariable LocalDate tanggal, @RequestBody DayRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    DayRequest withDate = new DayRequest(tanggal, request.jenis(), request.keterangan(), request.dasarHukum());
    var day = toDayOff(withDate, "", null, problems);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    calendar.saveDay(day.orElseThrow());
    return recount.yearChanged(tanggal.getYear());
  }

  @DeleteMapping("/libur/{tanggal}")
  @PreAuthorize("hasAuthority('" + Groups.ADMIN + "')")
  DeadlineRecount.Summary deleteDay(@PathVariable LocalDate tanggal) {
    calendar.deleteDay(tanggal);
    return recount.yearChanged(tanggal.getYear());
  }

  /** Text for a column: present, short enough for it, and without control or invisible direction characters. */
  private static void checkText(String field, String text, int max, String whenMissing, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem(field, whenMissing));
    } else if (text.length() > max) {
      problems.add(new FieldProblem(field, "paling panjang " + max + " karakter"));
    } else {
      PlainText.problemOf(text).ifPresent(reason -> problems.add(new FieldProblem(field, reason)));
    }
  }

  private static java.util.Optional<DayOff> toDayOff(DayRequest day, String prefix, String defaultDecree,
      List<FieldProblem> problems) {
    int before = problems.size();
    if (day == null) {
      problems.add(new FieldProblem(prefix.isEmpty() ? "hari" : prefix, "kosong"));
      return java.util.Optional.empty();
    }
    if (day.tanggal() == null) {
      problems.add(new FieldProblem(prefix + "tanggal", "wajib diisi (YYYY-MM-DD)"));
    }
    DayOffType type = null;
    try {
      type = day.jenis() == null ? null : DayOffType.valueOf(day.jenis());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (type == null) {
      problems.add(new FieldProblem(prefix + "jenis", "harus LIBUR_NASIONAL atau CUTI_BERSAMA"));
    }
    checkText(prefix + "keterangan", day.keterangan(), MAX_KETERANGAN, "wajib diisi, mis. nama hari raya", problems);
    String decree = day.dasarHukum() == null || day.dasarHukum().isBlank() ? defaultDecree : day.dasarHukum();
    checkText(prefix + "dasarHukum", decree, MAX_DASAR_HUKUM, "wajib diisi: SKB atau Keppres yang menetapkan", problems);
    if (problems.size() > before) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new DayOff(day.tanggal(), type, day.keterangan(), decree));
  }
}
