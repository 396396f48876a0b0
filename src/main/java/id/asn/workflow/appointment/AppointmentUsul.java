package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PROCESS_ACTOR;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.intake.UsulForm;
import id.asn.workflow.pertek.intake.UsulIntakeService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The usul NIP or NI PPPK of an appointment: its data as recorded when the documents were found complete, the
 * documents handed in, and sending it (or its correction) to the Kantor Regional on the instansi's behalf, with the
 * selection it rests on from this system's own records (period, formasi, final score, rank) and the PPK's collective
 * proposal that lists the candidate.
 */
@Component
class AppointmentUsul {

  private final CandidateRepository candidates;
  private final AppointmentDocumentRepository documents;
  private final DocumentStore documentStore;
  private final UsulIntakeService usulIntake;

  AppointmentUsul(CandidateRepository candidates, AppointmentDocumentRepository documents,
      DocumentStore documentStore, UsulIntakeService usulIntake) {
    this.candidates = candidates;
    this.documents = documents;
    this.documentStore = documentStore;
    this.usulIntake = usulIntake;
  }

  /** The usul's data as recorded when the documents were found complete. */
  UsulForm form(Pengangkatan p) {
    return form(p, candidates.candidate(p), p.tempatLahir(), p.agama(), p.tmtCpns());
  }

  static UsulForm form(Pengangkatan p, Kandidat k, String tempatLahir, String agama, LocalDate tmt) {
    return new UsulForm(p.jenis().name(), k.nomorPeserta(), k.nik(), k.nama(), tempatLahir,
        String.valueOf(k.tanggalLahir()), k.jenisKelamin(), k.pendidikan(), k.jabatan(), k.unitKerja(),
        String.valueOf(tmt), agama);
  }

  /** The documents handed in, with their bytes. */
  Map<DocumentType, UploadedDocument> documents(String id) {
    Map<DocumentType, UploadedDocument> uploaded = new EnumMap<>(DocumentType.class);
    documents.documents(id).forEach((type, file) ->
        uploaded.put(type, new UploadedDocument(type, file[1], documentStore.get(file[0]))));
    return uploaded;
  }

  /** Submits the usul for the appointment's instansi, with the process as its sender; answers the usul's id. */
  String submit(Pengangkatan p) {
    return usulIntake.submitOnBehalf(p.instansi(), PROCESS_ACTOR, form(p), documents(p.id()),
        new SelectionReference(p.periodeId(), p.kodeFormasi(), candidates.finalScore(p).orElse(null), p.peringkat()),
        p.usulKolektifId()).id();
  }

  /** Sends the corrected usul, completed {@code by} someone of the instansi. */
  void correct(Pengangkatan p, String by) {
    usulIntake.correctOnBehalf(p.instansi(), by, p.usulId(), form(p), documents(p.id()));
  }
}
