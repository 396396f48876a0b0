package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.pertek.SelectionRecords;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulSelectionRepository;
import org.springframework.stereotype.Component;

/** A usul's selection reference with what this system's recruitment records say of it, for the pre-check. */
@Component
class UsulSelection {

  private final UsulSelectionRepository references;
  private final SelectionRecords records;

  UsulSelection(UsulSelectionRepository references, SelectionRecords records) {
    this.references = references;
    this.records = records;
  }

  SelectionCheck.Selection of(UsulNi usul) {
    SelectionReference ref = references.find(usul.id()).orElse(null);
    if (ref == null) {
      return SelectionCheck.Selection.NONE;
    }
    return new SelectionCheck.Selection(ref,
        records.facts(ref.periodeId(), usul.nomorPeserta(), ref.kodeFormasi()).orElse(null));
  }
}
