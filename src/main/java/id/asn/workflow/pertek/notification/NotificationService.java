package id.asn.workflow.pertek.notification;

import id.asn.workflow.kernel.Paging;
import id.asn.workflow.kernel.Paging.PageResult;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an instansi what happened to one of its usul (BTS and TMS reasons, Pertek issued, deadlines). The
 * process code calls {@link #notify} inside its own step, so the message commits with the step or not at all.
 */
@Service
public class NotificationService {

  /** Berkas tidak sesuai: the instansi must correct the usul. */
  public static final String BTS = "BTS";
  /** Tidak memenuhi syarat: rejected, with the reason. */
  public static final String TMS = "TMS";
  public static final String PERTEK_TERBIT = "PERTEK_TERBIT";
  /** A correction deadline is near. */
  public static final String TENGGAT = "TENGGAT";
  /** No correction arrived in time. */
  public static final String KEDALUWARSA = "KEDALUWARSA";
  /** A PNS usul still waits for its correction. */
  public static final String PENGINGAT_PERBAIKAN = "PENGINGAT_PERBAIKAN";
  /** The instansi withdrew the usul. */
  public static final String DITARIK = "DITARIK";

  private static final int MAX_JENIS = 32;
  private static final int MAX_JUDUL = 300;
  private static final int MAX_PESAN = 4000;

  private final UsulRepository usulRepository;
  private final NotificationRepository notifications;
  private final Clock clock;

  NotificationService(UsulRepository usulRepository, NotificationRepository notifications, Clock clock) {
    this.usulRepository = usulRepository;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * Records a notification to the instansi of a usul.
   *
   * @param jenis what kind of news it is, e.g. {@link #BTS}; at most 32 characters
   * @param judul a title; cut to 300 characters
   * @param pesan the message in full, e.g. the verifier's reason; cut to 4000 characters
   * @throws IllegalArgumentException when the usul does not exist or a value is blank
   */
  @Transactional
  public void notify(String usulId, String jenis, String judul, String pesan) {
    UsulNi usul = usulRepository.findById(usulId)
        .orElseThrow(() -> new IllegalArgumentException("No usul NI " + usulId + " to notify about"));
    requireText("jenis", jenis);
    requireText("judul", judul);
    requireText("pesan", pesan);
    if (jenis.length() > MAX_JENIS) {
      throw new IllegalArgumentException("jenis longer than " + MAX_JENIS + " characters: " + jenis);
    }
    notifications.insert(usul.instansi(), usulId, jenis, cut(judul, MAX_JUDUL), cut(pesan, MAX_PESAN),
        Instant.now(clock));
  }

  @Transactional(readOnly = true)
  PageResult<Notifikasi> list(UsulAccess access, Paging paging) {
    access.requireReader();
    return paging.result(notifications.findPage(access.visibleInstansi(), paging.page(), paging.size()),
        notifications.count(access.visibleInstansi()));
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " of a notification must not be blank");
    }
  }

  /** A long reason is still worth sending: cut it rather than fail the process step. */
  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
