package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_PENYERAHAN;
import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanSkCpns: the PPK's decree appointing the CPNS, dated between the NIP and today, with golongan ruang, the
 * CPNS share of the base salary and the prior service credited ({@link CpnsPayRule}); later than the time limit
 * after the NIP is recorded as late (Lampiran I VI.A.6.c). The decree is then to be delivered (VI.A.6.f).
 */
@Component
class CpnsDecreeTask extends AppointmentTaskHandler {

  private final AppointmentCalendar calendar;
  private final CpnsPayRules payRules;

  CpnsDecreeTask(AppointmentRepository repository, AppointmentForms forms, AppointmentCalendar calendar,
      CpnsPayRules payRules) {
    super(Stage.SK_CPNS, CPNS, repository, forms);
    this.calendar = calendar;
    this.payRules = payRules;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    String nomor = values.requiredText("nomorSkCpns", 100, "nomor keputusan pengangkatan CPNS");
    LocalDate tanggal = dateBetween(values, "tanggalSkCpns", "tanggal keputusan", p.tanggalNip(),
        "tanggal NIP diterima", today);
    String golongan = values.requiredText("golonganRuang", 8, "golongan ruang dari tabel golonganRuang");
    GolonganRuang.ofKode(golongan);
    long gajiPokok = values.requiredWhole("gajiPokok", 1, 100_000_000, "gaji pokok PNS golongan " + golongan);
    CpnsPayRule rule = payRules.of(p.tmtCpns().getYear());
    MasaKerja masaKerja = priorService(values.text("masaKerjaSebelumnya"), rule);
    long gaji = CpnsPay.of(gajiPokok, rule.persenGajiPokok());
    AppointmentDeadlines deadlines = calendar.deadlines();
    LocalDate due = deadlines.decreeDue(p.tanggalNip()).tanggal();
    repository.recordCpnsDecree(id, nomor, tanggal, golongan, gajiPokok, gaji, masaKerja.totalBulan());
    repository.event(id, "SK_CPNS", "Keputusan pengangkatan CPNS " + nomor + " tanggal " + tanggal + ", TMT "
        + p.tmtCpns() + ", golongan " + golongan + ", gaji " + rule.persenGajiPokok() + "% " + gaji + ", masa kerja "
        + masaKerja
        + late(tanggal, due, "VI.A.6.c"), by);
    return Map.of(VAR_BATAS_PENYERAHAN, deadlines.decreeDeliveryDue(tanggal));
  }

  /** One period a line: {@code JENIS;mulai;sampai}, e.g. {@code SWASTA_BERBADAN_HUKUM;2018-01-01;2020-12-31}. */
  static MasaKerja priorService(String lines, CpnsPayRule rule) {
    List<ServicePeriod> periods = new ArrayList<>();
    int line = 0;
    for (String text : lines.split("\\R")) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      String[] cells = text.split(";");
      try {
        periods.add(new ServicePeriod(ServiceKind.valueOf(cells[0].strip()), LocalDate.parse(cells[1].strip()),
            LocalDate.parse(cells[2].strip())));
      } catch (RuntimeException e) {
        throw new InvalidCompletionException("masaKerjaSebelumnya", "baris " + line
            + ": tulis JENIS;YYYY-MM-DD;YYYY-MM-DD dengan JENIS salah satu dari "
            + Arrays.toString(ServiceKind.values())
            + (e instanceof IllegalArgumentException && e.getMessage() != null ? " (" + e.getMessage() + ")" : ""));
      }
    }
    try {
      return PriorService.credit(periods, rule).masaKerja();
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("masaKerjaSebelumnya", e.getMessage());
    }
  }
}
