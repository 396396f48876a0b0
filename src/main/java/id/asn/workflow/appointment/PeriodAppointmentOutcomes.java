package id.asn.workflow.appointment;

import id.asn.workflow.recruitment.AppointmentOutcomes;
import java.util.List;
import org.springframework.stereotype.Component;

/** The period's appointments as the procurement report reads them: placed, still running, or ended without it. */
@Component
class PeriodAppointmentOutcomes implements AppointmentOutcomes {

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;

  PeriodAppointmentOutcomes(AppointmentRepository repository, CandidateRepository candidates) {
    this.repository = repository;
    this.candidates = candidates;
  }

  @Override
  public List<Outcome> ofPeriod(String periodeId) {
    return repository.ofPeriode(periodeId).stream().map(this::outcome).toList();
  }

  private Outcome outcome(Pengangkatan p) {
    // a CPNS is placed by the SPMT (VI.A.9-10); a PPPK once the agreement and decree are set (II VII.A)
    boolean placed = p.isPppk() ? p.status() == AppointmentStatus.PPPK || p.status() == AppointmentStatus.SELESAI
        : p.tanggalSpmt() != null;
    return new Outcome(p.nomorPeserta(), candidates.candidate(p).unitKerja(), p.status().name(), placed,
        !placed && !p.status().isFinished());
  }
}
