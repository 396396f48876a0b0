package id.asn.workflow.pertek.kanreg;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The POS standard times (Mutu Baku "Waktu") and the correction deadline, as the pertekNiCasn model reads
 * them: due dates of the two tasks and the durations of their SLA timers. Configurable, defaults per POS.
 */
@Component("pertekStandards")
public class PertekStandards {

  private final Duration verifikasi;
  private final Duration tandaTangan;
  private final int batasPerbaikanHariKerja;
  private final Clock clock;

  PertekStandards(@Value("${app.pertek.standar-verifikasi:PT10M}") Duration verifikasi,
      @Value("${app.pertek.standar-tanda-tangan:PT2M}") Duration tandaTangan,
      @Value("${app.pertek.batas-perbaikan-hari-kerja:25}") int batasPerbaikanHariKerja, Clock clock) {
    this.verifikasi = verifikasi;
    this.tandaTangan = tandaTangan;
    this.batasPerbaikanHariKerja = batasPerbaikanHariKerja;
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

  public int batasPerbaikanHariKerja() {
    return batasPerbaikanHariKerja;
  }
}
