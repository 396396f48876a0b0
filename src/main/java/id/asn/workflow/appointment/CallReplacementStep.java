package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PanggilPengganti: the candidate left before the NIP; the next in rank of the same formasi gets an
 * appointment and a process of their own (VI.A.6.g), once however often the step runs.
 */
@Component
class CallReplacementStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_PanggilPengganti");

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;
  private final AppointmentWorkflow workflow;

  CallReplacementStep(AppointmentRepository repository, CandidateRepository candidates, AppointmentWorkflow workflow) {
    this.repository = repository;
    this.candidates = candidates;
    this.workflow = workflow;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    String id = step.id();
    Pengangkatan p = repository.get(id);
    repository.markReplaced(id);
    if (repository.replacementOf(id).isPresent()) {
      return Result.NOTHING;
    }
    Optional<Map<String, Object>> next = candidates.nextInRank(p.periodeId(), p.kodeFormasi());
    if (next.isEmpty()) {
      repository.event(id, "TIDAK_ADA_PENGGANTI", "Tidak ada peserta berikutnya pada formasi " + p.kodeFormasi(), null);
      return Result.NOTHING;
    }
    String nomorPeserta = (String) next.get().get("nomor_peserta");
    int peringkat = ((Number) next.get().get("peringkat")).intValue();
    String replacementId = Pengangkatan.idOf(p.periodeId(), nomorPeserta);
    repository.insert(replacementId, p.jenis(), p.periodeId(), nomorPeserta, p.instansi(), p.kodeFormasi(), peringkat,
        id, step.now());
    repository.event(id, "PENGGANTI_DIPANGGIL", "Diganti peserta " + nomorPeserta + " (peringkat " + peringkat
        + ") dengan keputusan PPK; dilaporkan ke panitia seleksi nasional dan diumumkan"
        + (p.batasLaporanPenggantian() == null ? "" : ", laporan paling lambat " + p.batasLaporanPenggantian()), null);
    repository.event(replacementId, "MENGGANTIKAN", "Menggantikan " + id + " (" + p.alasanBerhenti() + ")", null);
    workflow.start(repository.get(replacementId));
    return Result.NOTHING;
  }
}
