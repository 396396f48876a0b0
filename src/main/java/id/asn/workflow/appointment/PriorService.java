package id.asn.workflow.appointment;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prior service counted for a CPNS's base salary (Perbup Batang 6/2023 Lampiran I VI.A.11):
 * <ul>
 *   <li>service of the kinds VI.A.11.b.1-4 counts in full (c);</li>
 *   <li>employment with a private legal entity (b.5) counts only where it reaches one year; it is taken as each
 *       employment (period) reaching a full calendar year, since the text speaks of the time "while an employee
 *       of a company" reaching one year;</li>
 *   <li>that employment counts half, and what it adds is at most 8 years (d: "dihitung 1/2 untuk tiap-tiap
 *       tahunnya dan paling banyak 8 tahun"; the 8 years cap the half that is counted, so 16 years of private
 *       employment and more give 8);</li>
 *   <li>days left over after whole months: more than 15 round up to a month (e), fewer than 16 are dropped (f).</li>
 * </ul>
 * The year, the share, the cap and the 15 days are those of the {@link CpnsPayRule} given
 * ({@code processes/gaji-cpns.dmn}); the figures above are the shipped ones.
 * Arithmetic: each period's calendar length (years, months, days) is turned into days with a 30-day month;
 * the periods are added, the private total halved (a half day is dropped, so the rounding sees whole days only)
 * and capped, and the leftover days are rounded once, at the end. Overlapping periods are refused (the same time
 * cannot count twice).
 */
final class PriorService {

  static final int DAYS_PER_MONTH = 30;

  private PriorService() {}

  /** The counted service and how it was reached. */
  public record Credit(MasaKerja masaKerja, int hariPenuh, int hariSwasta, int hariSwastaDihitung,
      List<ServicePeriod> swastaKurangSetahun, boolean swastaDibatasi) {}

  public static Credit credit(List<ServicePeriod> periods, CpnsPayRule rule) {
    refuseOverlaps(periods);
    int full = 0;
    int privateDays = 0;
    List<ServicePeriod> underOneYear = new ArrayList<>();
    for (ServicePeriod period : periods) {
      Period length = period.length();
      int days = (int) length.toTotalMonths() * DAYS_PER_MONTH + length.getDays();
      if (period.jenis().fullCredit()) {
        full += days;
      } else if (length.toTotalMonths() >= 12L * rule.swastaMinimalTahun()) {
        privateDays += days;
      } else {
        underOneYear.add(period);
      }
    }
    // a part of a day is dropped, so the rounding sees whole days only
    int halved = privateDays * rule.swastaPersen() / 100;
    int cap = rule.swastaPalingLamaTahun() * 12 * DAYS_PER_MONTH;
    int privateCredited = Math.min(halved, cap);
    int total = full + privateCredited;
    int months = total / DAYS_PER_MONTH;
    if (total % DAYS_PER_MONTH > rule.pembulatanLebihDariHari()) {
      months++;
    }
    return new Credit(MasaKerja.ofMonths(months), full, privateDays, privateCredited, List.copyOf(underOneYear),
        halved > cap);
  }

  private static void refuseOverlaps(List<ServicePeriod> periods) {
    List<ServicePeriod> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(ServicePeriod::mulai));
    for (int i = 1; i < sorted.size(); i++) {
      ServicePeriod before = sorted.get(i - 1);
      ServicePeriod after = sorted.get(i);
      if (before.overlaps(after)) {
        throw new IllegalArgumentException("Masa kerja tumpang tindih: " + before.mulai() + " s.d. " + before.sampai()
            + " dan " + after.mulai() + " s.d. " + after.sampai() + "; waktu yang sama tidak dihitung dua kali");
      }
    }
  }
}
