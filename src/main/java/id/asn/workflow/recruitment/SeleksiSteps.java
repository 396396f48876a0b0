package id.asn.workflow.recruitment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of pengadaanPns and pengadaanPppk share: the stage a period is in, the overview every task's
 * form shows, the hand-off of the passing candidates and a late final result. Each user task's own checks are
 * in its class ({@link SeleksiTask}).
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
  public static final String VAR_WAKTU_SKD_SELESAI = "waktuSkdSelesai";
  public static final String VAR_WAKTU_SKB_SELESAI = "waktuSkbSelesai";
  public static final String VAR_BATAS_HASIL_AKHIR = "batasPengumumanHasilAkhir";
  public static final String VAR_WAKTU_KOMPETENSI_SELESAI = "waktuKompetensiSelesai";

  private final SeleksiRepository periods;
  private final CorrectionRepository corrections;
  private final ScoreRepository scores;
  private final SeleksiService service;
  private final SeleksiResults results;

  SeleksiSteps(SeleksiRepository periods, CorrectionRepository corrections, ScoreRepository scores,
      SeleksiService service, SeleksiResults results) {
    this.periods = periods;
    this.corrections = corrections;
    this.scores = scores;
    this.service = service;
    this.results = results;
  }

  public void stageStarted(String id, Stage stage) {
    periods.setStatus(id, stage.status());
  }

  /** What the form of a task shows: an overview of the period and the values it starts from. */
  public Map<String, Object> formVariables(String id, Stage stage) {
    Periode p = service.get(id);
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_RINGKASAN, summary(p, stage));
    if (p.jadwal() != null) {
      v.put("tanggalSkd", p.jadwal().tanggalSkd().toString());
      v.put("tanggalSkb", p.jadwal().tanggalSkb().toString());
    }
    return v;
  }

  private String summary(Periode p, Stage stage) {
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
    if (stage == Stage.SELEKSI_ADMINISTRASI) {
      int[] counts = corrections.administrativeCounts(p.id());
      text.append("Hasil seleksi administrasi menurut data: ").append(counts[0]).append(" memenuhi syarat, ")
          .append(counts[1]).append(" tidak memenuhi syarat (rincian dan alasan: GET /api/seleksi/").append(p.id())
          .append("/hasil-administrasi).\n");
    }
    return text.toString();
  }

  /** Hands the passing candidates to the appointment of the period's kind; returns how many were handed over now. */
  public int handOver(String id, Instant now) {
    Periode p = service.get(id);
    results.refreshFinal(p);
    int handed = scores.handOff(id, p.jenis(), now);
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
}
