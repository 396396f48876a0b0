package id.asn.workflow.workflow;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

  PertekStandards(@Value("${app.pertek.standar-verifikasi:PT10M}") Duration verifikasi,
      @Value("${app.pertek.standar-tanda-tangan:PT2M}") Duration tandaTangan,
      @Value("${app.pertek.batas-perbaikan-hari-kerja:25}") int batasPerbaikanHariKerja) {
    this.verifikasi = verifikasi;
    this.tandaTangan = tandaTangan;
    this.batasPerbaikanHariKerja = batasPerbaikanHariKerja;
  }

  public String verifikasi() {
    return verifikasi.toString();
  }

  public String tandaTangan() {
    return tandaTangan.toString();
  }

  public Date verifikasiDue() {
    return new Date(ClockUtil.getCurrentTime().getTime() + verifikasi.toMillis());
  }

  public Date tandaTanganDue() {
    return new Date(ClockUtil.getCurrentTime().getTime() + tandaTangan.toMillis());
  }

  public int batasPerbaikanHariKerja() {
    return batasPerbaikanHariKerja;
  }
}
