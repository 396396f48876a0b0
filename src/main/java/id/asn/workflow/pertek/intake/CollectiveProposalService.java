package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.document.DocumentRules;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.CollectiveProposalRepository;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.RowProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An instansi's collective proposal (Lampiran I VI.A.4.a, II VI.4.a): the covering letter and the nominative list
 * come first; each listed candidate is then sent as one usul naming the proposal, checked against the list.
 */
@Service
public class CollectiveProposalService {

  public static final String SURAT = "SURAT_PENGANTAR";
  public static final String DAFTAR = "DAFTAR_NOMINATIF";
  static final String KOLOM_NOMOR = "nomorPeserta";
  static final String KOLOM_NAMA = "nama";
  private static final int MAX_BYTES = 1024 * 1024;

  private final CollectiveProposalRepository repository;
  private final DocumentStore store;
  private final Clock clock;

  CollectiveProposalService(CollectiveProposalRepository repository, DocumentStore store, Clock clock) {
    this.repository = repository;
    this.store = store;
    this.clock = clock;
  }

  @Transactional
  public CollectiveProposal create(UsulAccess access, CollectiveProposalForm form, byte[] surat, byte[] daftar) {
    return create(access.submittingInstansi(), access.userId(), form, surat, daftar);
  }

  /**
   * A collective proposal made through one of the application's own processes for an instansi (the appointment's
   * candidates of one period): the same checks and record as {@code POST /api/usul-ni-kolektif}; {@code by} sent it.
   */
  @Transactional
  public CollectiveProposal createOnBehalf(String instansi, String by, CollectiveProposalForm form, byte[] surat,
      byte[] daftar) {
    return create(instansi, by, form, surat, daftar);
  }

  private CollectiveProposal create(String instansi, String by, CollectiveProposalForm form, byte[] surat,
      byte[] daftar) {
    List<FieldProblem> problems = new ArrayList<>();
    CollectiveProposalForm.Checked facts = form == null ? null
        : form.check(LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))), problems);
    if (form == null) {
      problems.add(new FieldProblem("pengantar", "wajib dikirim: data surat pengantar dalam JSON"));
    }
    problems.addAll(DocumentRules.checkPdf(SURAT, surat, MAX_BYTES));
    Map<String, String> peserta = nominativeList(daftar, problems);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    CollectiveProposal proposal = new CollectiveProposal(UUID.randomUUID().toString(), instansi, facts.jenisAsn(),
        facts.nomorSurat(), facts.tanggalSurat(), facts.pejabatNama(), facts.pejabatNip(), facts.pejabatJabatan(),
        facts.tingkatJabatan(), store.put(surat), store.put(daftar), peserta);
    repository.insert(proposal, by, Instant.now(clock));
    return proposal;
  }

  /** The list's candidates in order, nomor peserta → name; every bad row is named. */
  static Map<String, String> nominativeList(byte[] daftar, List<FieldProblem> problems) {
    if (daftar == null || daftar.length == 0) {
      problems.add(new FieldProblem(DAFTAR, "wajib dikirim: CSV berkolom nomorPeserta,nama"));
      return Map.of();
    }
    if (daftar.length > MAX_BYTES) {
      problems.add(new FieldProblem(DAFTAR, "melebihi batas 1 MB"));
      return Map.of();
    }
    List<RowProblem> rowProblems = new ArrayList<>();
    String text;
    try {
      text = Csv.decode(daftar, MAX_BYTES, found -> new IllegalArgumentException(found.get(0).describe()));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(DAFTAR, e.getMessage()));
      return Map.of();
    }
    Map<String, String> peserta = new LinkedHashMap<>();
    for (Csv.Row row : Csv.read(text, List.of(KOLOM_NOMOR, KOLOM_NAMA), List.of(), rowProblems)) {
      String nomor = row.get(KOLOM_NOMOR);
      String nama = row.get(KOLOM_NAMA);
      if (nomor == null || nomor.isBlank() || nomor.length() > 40 || nama == null || nama.isBlank()) {
        rowProblems.add(new RowProblem(row.line(), null, "nomorPeserta (paling panjang 40) dan nama wajib diisi"));
      } else if (peserta.putIfAbsent(nomor.strip(), nama.strip()) != null) {
        rowProblems.add(new RowProblem(row.line(), KOLOM_NOMOR, "nomor peserta " + nomor + " tercantum dua kali"));
      }
    }
    if (rowProblems.isEmpty() && peserta.isEmpty()) {
      rowProblems.add(new RowProblem(2, null, "daftar nominatif tidak memuat peserta"));
    }
    rowProblems.forEach(p -> problems.add(new FieldProblem(DAFTAR, p.describe())));
    return peserta;
  }

  /** The proposal a usul names, if the candidate is listed in it and it is the instansi's own; else the reason. */
  CollectiveProposal requireListing(String kolektifId, String instansi, String nomorPeserta, List<FieldProblem> problems) {
    CollectiveProposal proposal = repository.find(kolektifId).filter(p -> p.instansi().equals(instansi)).orElse(null);
    if (proposal == null) {
      problems.add(new FieldProblem("usulKolektif", "usul kolektif " + kolektifId + " tidak ada pada instansi ini"));
    } else if (!proposal.peserta().containsKey(nomorPeserta)) {
      problems.add(new FieldProblem("usulKolektif", "peserta " + nomorPeserta + " tidak tercantum dalam daftar nominatif "
          + "surat " + proposal.nomorSurat()));
      return null;
    }
    return proposal;
  }

  /** Records the usul as the listed candidate's; refused when that candidate already has one. */
  void attach(CollectiveProposal proposal, String nomorPeserta, String usulId) {
    if (!repository.attach(proposal.id(), nomorPeserta, usulId)) {
      throw Refusal.conflict("Peserta " + nomorPeserta + " dalam usul kolektif " + proposal.nomorSurat()
          + " sudah memiliki usul");
    }
  }

  byte[] file(String sha256) {
    return store.get(sha256);
  }
}
