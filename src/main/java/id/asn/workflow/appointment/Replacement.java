package id.asn.workflow.appointment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Calls the next in rank of the same formasi in place of a candidate who left, or was deemed to leave by missing the
 * documents' deadline (L1 VI.A.3.d–e and VI.A.6.g.2, L2 VI.3.f–g and VI.6.g.2): a new appointment with a process of
 * its own, once however often it is asked.
 */
@Component
class Replacement {

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;
  private final AppointmentWorkflow workflow;

  Replacement(AppointmentRepository repository, CandidateRepository candidates, AppointmentWorkflow workflow) {
    this.repository = repository;
    this.candidates = candidates;
    this.workflow = workflow;
  }

  /** {@code reason} says in the replacement's history whom it replaces and why. */
  void callNextFor(Pengangkatan p, String reason, Instant now) {
    String id = p.id();
    if (repository.replacementOf(id).isPresent()) {
      return;
    }
    Optional<Map<String, Object>> next = candidates.nextInRank(p.periodeId(), p.kodeFormasi());
    if (next.isEmpty()) {
      repository.event(id, "TIDAK_ADA_PENGGANTI", "Tidak ada peserta berikutnya pada formasi " + p.kodeFormasi(), null);
      return;
    }
    String nomorPeserta = (String) next.get().get("nomor_peserta");
    int peringkat = ((Number) next.get().get("peringkat")).intValue();
    String replacementId = Pengangkatan.idOf(p.periodeId(), nomorPeserta);
    repository.insert(replacementId, p.jenis(), p.periodeId(), nomorPeserta, p.instansi(), p.kodeFormasi(), peringkat,
        id, now);
    repository.event(id, "PENGGANTI_DIPANGGIL", "Diganti peserta " + nomorPeserta + " (peringkat " + peringkat
        + "); keputusan PPK, laporan ke panitia seleksi nasional dan pengumuman menyusul"
        + (p.batasLaporanPenggantian() == null ? "" : ", laporan paling lambat " + p.batasLaporanPenggantian()), null);
    repository.event(replacementId, "MENGGANTIKAN", "Menggantikan " + id + " (" + reason + ")", null);
    workflow.startReplacement(repository.get(replacementId), p.batasLaporanPenggantian());
  }
}
