package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.numbering.NumberAllocator;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.UsulEventRepository;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Kanreg cancels the Nomor Induk of a candidate who left after it was set and before the appointment decree, on
 * the PPK's report (Lampiran I VI.A.6.g.3, II VI.6.g.3): the number register marks it cancelled with the day and
 * the reason (it is never given again), the usul's Pertek is marked revoked, and the usul's history says so. Asked
 * again, it changes nothing.
 */
@Service
public class NumberCancellationService {

  public static final String NOMOR_INDUK_DIBATALKAN = "NOMOR_INDUK_DIBATALKAN";

  private final UsulRepository usulRepository;
  private final UsulEventRepository events;
  private final NumberAllocator numbers;
  private final PertekDocuments documents;

  NumberCancellationService(UsulRepository usulRepository, UsulEventRepository events, NumberAllocator numbers,
      PertekDocuments documents) {
    this.usulRepository = usulRepository;
    this.events = events;
    this.numbers = numbers;
    this.documents = documents;
  }

  /**
   * @param alasan why, as the PPK's report gives it (at most 500 characters)
   * @throws IllegalStateException when the usul does not exist or holds no number
   */
  @Transactional
  public void cancel(String usulId, String alasan) {
    UsulNi usul = usulRepository.findById(usulId)
        .orElseThrow(() -> new IllegalStateException("Usul " + usulId + " tidak ada"));
    if (usul.nomorInduk() == null) {
      throw new IllegalStateException("Usul " + usulId + " belum memiliki nomor induk untuk dibatalkan");
    }
    boolean cancelledNow = numbers.cancel(usul.nomorInduk(), alasan);
    documents.revoke(usulId, alasan);
    if (cancelledNow) {
      events.record(usulId, NOMOR_INDUK_DIBATALKAN, "Nomor induk " + usul.nomorInduk() + " dibatalkan dan Pertek "
          + "dicabut: " + alasan, null);
    }
  }
}
