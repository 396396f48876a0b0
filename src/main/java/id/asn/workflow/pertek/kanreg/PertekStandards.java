package id.asn.workflow.pertek.kanreg;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The POS standard times (Mutu Baku "Waktu") and the correction terms, as the pertekNiCasn model reads
 * them: due dates of the two tasks and the durations of their SLA timers, the PPPK correction limit and the
 * interval of reminders while a PNS usul waits for its correction. Configurable, defaults per POS.
 */
@Component("pertekStandards")
public class PertekStandards {

  private final Duration verifikasi;
  private final Duration tandaTangan;
  private final int batasPerbaikanHariKerja;
  private final Duration pengingatPerbaikanPns;
  private final Clock clock;

  PertekStandards(@Value("${app.pertek.standar-verifikasi:PT10M}") Duration verifikasi,
      @Value("${app.pertek.standar-tanda-tangan:PT2M}") Duration tandaTangan,
      @Value("${app.pertek.batas-perbaikan-hari-kerja:25}") int batasPerbaikanHariKerja,
      @Value("${app.pertek.pengingat-perbaikan-pns:P7D}") Duration pengingatPerbaikanPns, Clock clock) {
    if (pengingatPerbaikanPns.isNegative() || pengingatPerbaikanPns.isZero()) {
      throw new IllegalArgumentException("app.pertek.pengingat-perbaikan-pns must be positive, was "
          + pengingatPerbaikanPns);
    }
    this.verifikasi = verifikasi;
    this.tandaTangan = tandaTangan;
    this.batasPerbaikanHariKerja = batasPerbaikanHariKerja;
    this.pengingatPerbaikanPns = pengingatPerbaikanPns;
    this.clock = clock;
  }

  public String verifikasi() {
    return verifikasi.toString();
  }

  public String tandaTangan() {
    return tandaTangan.toString();
  }

  public Date verifikasiDue() {
    return new Date(clock.millis() + verifikasi.toMillis());
  }

  public Date tandaTanganDue() {
    return new Date(clock.millis() + tandaTangan.toMillis());
  }

  /** Lampiran II VI.6.c: a PPPK usul's correction is due within this many working days. */
  public int batasPerbaikanHariKerja() {
    return batasPerbaikanHariKerja;
  }

  /** How often the instansi is reminded of a PNS usul waiting for its correction, which has no limit. */
  public Duration pengingatPerbaikanPns() {
    return pengingatPerbaikanPns;
  }

  /** The reminder timer's cycle: repeated until the usul is corrected or withdrawn. */
  public String siklusPengingatPerbaikan() {
    return "R/" + pengingatPerbaikanPns;
  }
}
