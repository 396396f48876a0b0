package id.asn.workflow.appointment;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.intake.CollectiveProposalForm;
import id.asn.workflow.pertek.intake.CollectiveProposalService;
import id.asn.workflow.tabular.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PPK proposes the NIP or NI PPPK of a period's candidates together (Lampiran I VI.A.4.a, II VI.4.a): the
 * candidates whose documents are valid wait at MessageEvent_UsulKolektif; the nominative list of those waiting is
 * drawn from the records, the PPK (or an official of at least JPT Pratama) signs the covering letter for it, and
 * sending the letter with the list releases exactly the listed candidates, each with its own usul naming the proposal.
 */
@Service
class CollectiveNipProposal {

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;
  private final CollectiveProposalService proposals;
  private final AppointmentWorkflow workflow;

  CollectiveNipProposal(AppointmentRepository repository, CandidateRepository candidates,
      CollectiveProposalService proposals, AppointmentWorkflow workflow) {
    this.repository = repository;
    this.candidates = candidates;
    this.proposals = proposals;
    this.workflow = workflow;
  }

  /**
   * The candidates of the period and instansi waiting for a collective proposal: the nominative list, in the columns
   * the list sent back with the letter has.
   */
  Table nominativeList(AppointmentAccess access, String periodeId, String instansi) {
    String kode = access.actingFor(instansi);
    Table list = Table.of("nomorPeserta", "nama");
    for (Pengangkatan p : waiting(periodeId, kode)) {
      list.row(p.nomorPeserta(), candidates.candidate(p).nama());
    }
    return list;
  }

  /**
   * The signed letter and its list: every listed candidate must wait in this period and instansi under the name
   * the records hold and be of the letter's kind; then each joins the proposal once and its usul is sent.
   */
  @Transactional
  CollectiveProposal send(AppointmentAccess access, String periodeId, String instansi,
      CollectiveProposalForm pengantar, byte[] surat, byte[] daftar) {
    String kode = access.actingFor(instansi);
    CollectiveProposal proposal = proposals.createOnBehalf(kode, access.userId(), pengantar, surat, daftar);
    List<FieldProblem> problems = new ArrayList<>();
    List<Pengangkatan> listed = new ArrayList<>();
    for (Map.Entry<String, String> peserta : proposal.peserta().entrySet()) {
      Pengangkatan p = repository.find(Pengangkatan.idOf(periodeId, peserta.getKey()))
          .filter(a -> a.instansi().equals(kode)).orElse(null);
      String problem = p == null ? "peserta " + peserta.getKey() + " tidak ada dalam pengangkatan periode " + periodeId
          : problem(p, peserta.getValue(), proposal);
      if (problem == null) {
        listed.add(p);
      } else {
        problems.add(new FieldProblem("DAFTAR_NOMINATIF", problem));
      }
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    for (Pengangkatan p : listed) {
      if (!repository.joinCollectiveProposal(p.id(), proposal.id())) {
        throw Refusal.conflict("Peserta " + p.nomorPeserta() + " sudah dimasukkan dalam usul kolektif lain");
      }
      repository.event(p.id(), "USUL_KOLEKTIF", "Dimasukkan dalam usul kolektif surat " + proposal.nomorSurat()
          + " tanggal " + proposal.tanggalSurat() + " oleh " + proposal.pejabatNama() + " ("
          + proposal.pejabatJabatan() + ")", access.userId());
      workflow.collectiveProposalSent(p.id());
    }
    return proposal;
  }

  private String problem(Pengangkatan p, String nama, CollectiveProposal proposal) {
    if (p.jenis() != proposal.jenisAsn()) {
      return "peserta " + p.nomorPeserta() + " diangkat sebagai " + p.jenis() + ", surat untuk " + proposal.jenisAsn();
    }
    if (p.usulKolektifId() != null) {
      return "peserta " + p.nomorPeserta() + " sudah dimasukkan dalam usul kolektif lain";
    }
    if (p.status() != AppointmentStatus.USUL_KOLEKTIF) {
      return "peserta " + p.nomorPeserta() + " tidak sedang menunggu usul kolektif (status " + p.status() + ")";
    }
    String recorded = candidates.candidate(p).nama();
    if (!recorded.strip().equalsIgnoreCase(nama.strip())) {
      return "nama '" + nama + "' tidak sama dengan nama peserta " + p.nomorPeserta() + " '" + recorded + "'";
    }
    return null;
  }

  private List<Pengangkatan> waiting(String periodeId, String instansi) {
    return repository.ofPeriode(periodeId).stream().filter(p -> p.instansi().equals(instansi)
        && p.status() == AppointmentStatus.USUL_KOLEKTIF && p.usulKolektifId() == null).toList();
  }
}
