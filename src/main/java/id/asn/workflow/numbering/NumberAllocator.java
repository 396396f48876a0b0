package id.asn.workflow.numbering;

import id.asn.workflow.kernel.JenisAsn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives each usul its NIP or NI PPPK, never the same number twice, without gaps. Runs in the caller's
 * transaction: the counter increment and the number row commit or roll back together.
 */
@Service
public class NumberAllocator {

  /** Reason recorded when a usul's identity data no longer gives the prefix of its number. */
  public static final String IDENTITY_CHANGED = "data identitas berubah";
  static final int MAX_USUL_ID_LENGTH = 36;
  static final int MAX_REASON_LENGTH = 500;

  private static final Logger log = LoggerFactory.getLogger(NumberAllocator.class);

  private final NomorIndukRepository numbers;
  private final SequenceCounter counter;
  private final Clock clock;

  NumberAllocator(NomorIndukRepository numbers, SequenceCounter counter, Clock clock) {
    this.numbers = numbers;
    this.counter = counter;
    this.clock = clock;
  }

  /**
   * The usul's number. A usul that already holds an active number with the prefix its data gives keeps
   * it (a retried job, a usul returned and signed again); one whose data now gives another prefix has the
   * old number cancelled and gets a new one.
   *
   * @param jenisKelamin "L" or "P"
   * @throws NumberRangeExhaustedException when sequence 999 of the prefix is taken
   */
  @Transactional
  public NomorInduk allocate(String usulId, JenisAsn jenis, LocalDate tanggalLahir, LocalDate tmt,
      String jenisKelamin) {
    requireUsulId(usulId);
    String prefix = NomorIndukFormat.prefix(jenis, tanggalLahir, tmt, jenisKelamin);
    Optional<AllocatedNumber> held = numbers.findActiveByUsul(usulId);
    if (held.isPresent()) {
      NomorInduk current = held.get().nomorInduk();
      if (current.prefix().equals(prefix) && current.jenis() == jenis) {
        return current;
      }
      numbers.cancel(current.nomor(), IDENTITY_CHANGED, Instant.now(clock));
      log.info("Nomor induk {} usul {} dibatalkan: {}", current.nomor(), usulId, IDENTITY_CHANGED);
    }
    long sequence = counter.next(counterName(prefix));
    if (sequence > NomorIndukFormat.MAX_SEQUENCE) {
      throw new NumberRangeExhaustedException(prefix);
    }
    NomorInduk nomor = NomorIndukFormat.withSequence(jenis, prefix, (int) sequence);
    numbers.insertActive(nomor, usulId, Instant.now(clock));
    log.info("Nomor induk {} diberikan untuk usul {}", nomor.nomor(), usulId);
    return nomor;
  }

  /**
   * Records a number as cancelled (the candidate resigned or died after allocation); it is never given
   * again. Cancelling a cancelled number changes nothing, so a retried job succeeds.
   *
   * @return whether this call cancelled it (false: it was cancelled before)
   * @throws NoSuchElementException when the number was never allocated
   */
  @Transactional
  public boolean cancel(String nomor, String alasan) {
    if (alasan == null || alasan.isBlank()) {
      throw new IllegalArgumentException("alasan pembatalan nomor induk wajib diisi");
    }
    String reason = alasan.strip();
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new IllegalArgumentException("alasan pembatalan paling banyak " + MAX_REASON_LENGTH + " karakter");
    }
    if (numbers.cancel(nomor, reason, Instant.now(clock))) {
      log.info("Nomor induk {} dibatalkan: {}", nomor, reason);
      return true;
    }
    if (numbers.find(nomor).isEmpty()) {
      throw new NoSuchElementException("Nomor induk " + nomor + " tidak tercatat");
    }
    return false;
  }

  @Transactional(readOnly = true)
  public Optional<NomorInduk> activeNumberOf(String usulId) {
    return numbers.findActiveByUsul(usulId).map(AllocatedNumber::nomorInduk);
  }

  /** Every number the usul was given, cancelled ones included, oldest first: for the audit trail. */
  @Transactional(readOnly = true)
  public List<AllocatedNumber> numbersOf(String usulId) {
    return numbers.findByUsul(usulId);
  }

  @Transactional(readOnly = true)
  public Optional<AllocatedNumber> find(String nomor) {
    return numbers.find(nomor);
  }

  /** The counter of a prefix; one namespace for PNS and PPPK, since their prefixes share the digits. */
  static String counterName(String prefix) {
    return "nomor-induk/" + prefix;
  }

  private static void requireUsulId(String usulId) {
    if (usulId == null || usulId.isBlank() || usulId.length() > MAX_USUL_ID_LENGTH) {
      throw new IllegalArgumentException("usulId harus 1 sampai " + MAX_USUL_ID_LENGTH + " karakter: " + usulId);
    }
  }
}
