package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.PengadaanProcess.*;

import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.identity.TaskQueues;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user tasks of pengadaanPns and pengadaanPppk share: the stage a period is in and the overview every
 * task's form shows. Each task's own checks are in its class ({@link SeleksiTask}); the service tasks are classes of
 * their own ({@code *Step}).
 */
@Service
@Transactional
class SeleksiTasks {

  private final SeleksiRepository periods;
  private final PeriodSummary summaries;
  private final SeleksiService service;
  private final ScoreScales scoreScales;
  private final TimeLimits timeLimits;
  private final ApplicantAgeLimits ageLimits;

  SeleksiTasks(SeleksiRepository periods, PeriodSummary summaries, SeleksiService service,
      ScoreScales scoreScales, TimeLimits timeLimits, ApplicantAgeLimits ageLimits) {
    this.periods = periods;
    this.scoreScales = scoreScales;
    this.timeLimits = timeLimits;
    this.ageLimits = ageLimits;
    this.summaries = summaries;
    this.service = service;
  }

  public void stageStarted(String id, Stage stage) {
    periods.setStatus(id, stage.status());
  }

  /** What the form of a task shows: an overview of the period and the values it starts from. */
  public Map<String, Object> formVariables(String id, Stage stage) {
    Periode p = service.get(id);
    // the forms state the time limits and the age rule from the tables the steps check them by
    Map<String, Object> v = new HashMap<>(timeLimits.formTexts("pengumumanLowongan", "dokumenLamaran",
        "dataPanselnas", "pengumumanUjian", "pengumumanHasilAkhir"));
    v.put(VAR_RINGKASAN, summaries.of(p));
    v.put(TaskQueues.VAR_PERIHAL, TaskQueues.perihal("Pengadaan " + p.jenis().label() + " " + summaries.instansiName(p) + " "
        + p.tahun()));
    if (stage == Stage.SELEKSI_ADMINISTRASI) {
      v.put("aturanUsiaPelamar", ageLimits.current().text(p.pppk()));
    }
    if (stage == Stage.UMUMKAN_HASIL_AKHIR) {
      // the announcement states the formula the ranking computes, from the same record
      v.put("rumusIntegrasi", scoreScales.of(p.tahun()).integration().text());
    }
    if (p.jadwal() != null) {
      v.put("tanggalSkd", p.jadwal().tanggalSkd().toString());
      v.put("tanggalSkb", p.jadwal().tanggalSkb().toString());
    }
    return v;
  }
}
