package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.CollectiveProposalRepository;
import id.asn.workflow.pertek.SelectionRecords;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulSelectionRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a usul refers to, for the pre-check and the verifier's form: its selection reference with what this system's
 * recruitment records say of it, and the collective proposal it was sent in.
 */
@Component
class UsulReferences {

  private final UsulSelectionRepository references;
  private final SelectionRecords records;
  private final CollectiveProposalRepository collectives;

  UsulReferences(UsulSelectionRepository references, SelectionRecords records,
      CollectiveProposalRepository collectives) {
    this.references = references;
    this.records = records;
    this.collectives = collectives;
  }

  /** The collective proposal the usul was sent in: its covering letter and nominative list. */
  Optional<CollectiveProposal> collective(String usulId) {
    return collectives.ofUsul(usulId);
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
