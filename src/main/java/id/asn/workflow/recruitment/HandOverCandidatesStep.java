package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Hands every candidate who passed to the appointment of the period's kind: one row per candidate in the hand-off
 * outbox (seleksi_serah_pengangkatan), which pengangkatanCpns and pengangkatanPppk take their candidates from. A
 * retry adds nobody twice. The step has one id in both processes, as every stage they share.
 */
@Component
class HandOverCandidatesStep implements ServiceTaskHandler {

  static final String VAR_JUMLAH_DISERAHKAN = "jumlahDiserahkan";

  private final SeleksiRepository periods;
  private final ScoreRepository scores;
  private final SeleksiService service;
  private final SeleksiResults results;
  private final Binding binding = new Binding(Set.of(PengadaanProcess.PROCESS, PengadaanPppkProcess.PROCESS),
      Set.of(PengadaanProcess.STEP_SERAHKAN_KANDIDAT),
      PengadaanProcess.VAR_PERIODE_ID, null);

  HandOverCandidatesStep(SeleksiRepository periods, ScoreRepository scores, SeleksiService service,
      SeleksiResults results) {
    this.periods = periods;
    this.scores = scores;
    this.service = service;
    this.results = results;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    Periode p = service.get(step.id());
    results.refreshFinal(p);
    int handed = scores.handOff(step.id(), p.jenis(), step.now());
    periods.setStatus(step.id(), "SELESAI");
    periods.addEvent(step.id(), "SERAH_PENGANGKATAN", handed + " peserta lulus diserahkan ke pengangkatan "
        + (p.pppk() ? "calon PPPK" : "CPNS") + ".", null, step.now());
    return Result.setting(Map.of(VAR_JUMLAH_DISERAHKAN, handed));
  }
}
