package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.DocumentRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * tetapkanSkCalonPppk: the PPK's decree as calon PPPK, uploaded as SK_CALON_PPPK, which the usul NI PPPK carries
 * (Lampiran II VI.3.e, VI.4.b.2).
 */
@Component
class CalonPppkDecreeTask extends AppointmentTaskHandler {

  private final AppointmentUsul usul;

  CalonPppkDecreeTask(AppointmentRepository repository, AppointmentForms forms, AppointmentUsul usul) {
    super(Stage.SK_CALON_PPPK, PPPK, repository, forms);
    this.usul = usul;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    String nomor = values.requiredText("nomorSkCalonPppk", 100, "nomor keputusan pengangkatan calon PPPK");
    LocalDate tanggal = values.requiredDate("tanggalSkCalonPppk", "tanggal keputusan pengangkatan calon PPPK");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSkCalonPppk", "tidak boleh sesudah hari ini (" + today + ")");
    }
    List<FieldProblem> problems = DocumentRules.check(usul.documents(id), Set.of(), JenisAsn.PPPK);
    if (!problems.isEmpty()) {
      FieldProblem first = problems.get(0);
      throw new InvalidCompletionException(first.field(), first.reason() + " (unggah keputusan sebagai bagian "
          + "SK_CALON_PPPK lewat POST /api/pengangkatan/" + id + "/dokumen)");
    }
    repository.recordCalonPppkDecree(id, nomor, tanggal);
    repository.awaitCollectiveProposal(id);
    repository.event(id, "SK_CALON_PPPK", "Keputusan pengangkatan calon PPPK " + nomor + " tanggal " + tanggal, by);
    return Map.of();
  }
}
