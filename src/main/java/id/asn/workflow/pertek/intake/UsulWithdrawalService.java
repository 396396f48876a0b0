package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.UsulEventRepository;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.pertek.UsulWorkflow;
import id.asn.workflow.pertek.query.UsulQueryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instansi withdraws a PNS usul that came back BTS: its correction has no time limit (POS step 1 note 2,
 * Lampiran I VI.A.5.d.2), so withdrawing is how the instansi closes one it will not complete. A PPPK usul is not
 * withdrawn: it closes by itself when its correction limit passes (Lampiran II VI.6.c–d).
 */
@Service
public class UsulWithdrawalService {

  static final int MAX_ALASAN = 1000;

  private final UsulRepository usulRepository;
  private final UsulWorkflow workflow;
  private final UsulEventRepository events;

  UsulWithdrawalService(UsulRepository usulRepository, UsulWorkflow workflow, UsulEventRepository events) {
    this.usulRepository = usulRepository;
    this.workflow = workflow;
    this.events = events;
  }

  @Transactional
  public UsulNi withdraw(UsulAccess access, String usulId, String alasan) {
    UsulNi usul = usulRepository.findById(usulId).filter(access::sees)
        .orElseThrow(() -> UsulQueryService.notFound(usulId));
    access.requireOperatorOf(usul, "menarik usul");
    String reason = checkedReason(alasan);
    if (usul.jenisAsn() == JenisAsn.PPPK) {
      throw Refusal.conflict("Usul " + usulId + " untuk PPPK tidak dapat ditarik: usul PPPK yang tidak diperbaiki "
          + "sampai batas waktunya ditutup dengan sendirinya (Perbup Batang 6/2023 Lampiran II VI.6.c–d)");
    }
    if (usul.status() != UsulStatus.PERBAIKAN
        || !usulRepository.transition(usulId, UsulStatus.PERBAIKAN, UsulStatus.DITARIK, "Ditarik instansi: " + reason)) {
      UsulNi now = usulRepository.findById(usulId).orElse(usul);
      throw Refusal.conflict("Usul " + usulId + " berstatus " + now.status() + "; usul hanya dapat ditarik saat "
          + "statusnya " + UsulStatus.PERBAIKAN);
    }
    events.record(usulId, UsulEventRepository.DITARIK, "Usul ditarik: " + reason, access.userId());
    events.statusChanged(usulId, UsulStatus.PERBAIKAN, UsulStatus.DITARIK, access.userId());
    workflow.withdrawn(usulId);
    return usulRepository.findById(usulId).orElseThrow();
  }

  private static String checkedReason(String alasan) {
    if (alasan == null || alasan.isBlank()) {
      throw Refusal.invalid("alasan", "wajib diisi: mengapa usul ditarik");
    }
    if (alasan.strip().length() > MAX_ALASAN) {
      throw Refusal.invalid("alasan", "paling banyak " + MAX_ALASAN + " karakter");
    }
    return alasan.strip();
  }
}
