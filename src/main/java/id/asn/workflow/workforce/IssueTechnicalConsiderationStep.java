package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.numbering.SequenceCounter;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * TERBITKAN: the Pertimbangan Teknis gets the next number of the year (kept on a retry) and the instansi can
 * download it.
 */
@Component
class IssueTechnicalConsiderationStep implements ServiceTaskHandler {

  private final PlanningRepository plannings;
  private final SequenceCounter counter;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_TERBITKAN), VAR_PENYUSUNAN_ID, null);

  IssueTechnicalConsiderationStep(PlanningRepository plannings, SequenceCounter counter) {
    this.plannings = plannings;
    this.counter = counter;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    Planning p = plannings.get(step.id());
    String nomor = p.nomorPertimbangan();
    if (nomor == null) {
      int year = step.today().getYear();
      nomor = counter.next("pertimbangan-kebutuhan-" + year) + "/PERTEK-KEB/BKN/" + year;
      plannings.issue(step.id(), nomor, step.today());
      plannings.addEvent(step.id(), "PERTIMBANGAN_TERBIT", "Pertimbangan teknis kebutuhan ASN nomor " + nomor
          + " terbit; unduh di /api/kebutuhan/" + p.tahun() + "/pertimbangan-teknis.pdf", null, step.now());
    }
    return Result.setting(Map.of(VAR_NOMOR_PERTIMBANGAN, nomor));
  }
}
