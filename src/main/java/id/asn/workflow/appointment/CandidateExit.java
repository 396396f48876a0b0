package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What follows when a candidate leaves before appointment as PNS (Perbup Batang 6/2023 Lampiran I VI.A.6.g-h,
 * VI.B.8, VII.B), by the stage reached:
 * <ul>
 *   <li>no NIP yet: resignation, deemed resignation or death → the next in rank for the same formasi is called
 *       (VI.A.6.g);</li>
 *   <li>NIP issued, no decree yet: the NIP is cancelled (VI.A.6.h.1), the vacancy is not refilled;</li>
 *   <li>decree issued: the CPNS is dismissed (VI.A.6.h.2) on a ground of VII.B, classed as the regulation classes
 *       it; a resignation is VII.B.3.c and one within the probation bars the next budget year's selection
 *       (VI.B.8). A CPNS cannot be "deemed to resign": after the decree a VII.B ground is named instead. Until the
 *       oath the PNS decree changes nothing of this, and refusing the oath (VII.B.2.g) is a ground only then.</li>
 * </ul>
 * Nothing of this applies once the candidate is PNS (has taken the oath) or PPPK.
 */
public final class CandidateExit {

  private CandidateExit() {}

  public enum Consequence {
    /** The next in rank is called (VI.A.6.g). */
    PENGGANTIAN,
    /** BKN cancels the NIP (VI.A.6.h.1). */
    PEMBATALAN_NIP,
    /** The PPK dismisses the CPNS (VI.A.6.h.2, VII.B). */
    PEMBERHENTIAN
  }

  /**
   * The consequence; for a dismissal its ground and class, and the first and last budget year barred by a probation
   * resignation.
   */
  public record Decision(Consequence akibat, String alasan, DismissalGround dasar, DismissalClass kelas,
      Integer tahunDilarangMelamar, Integer tahunDilarangMelamarSampai) {}

  /**
   * @param alasan an {@link ExitReason} or, once the decree is set, a {@link DismissalGround} by name
   * @param status the appointment's status when the candidate leaves
   * @param probation the probation from the decree's TMT, null before the decree
   * @param tanggal the day the candidate left (the resignation letter, the death, the decision)
   * @throws IllegalArgumentException naming what is wrong: an unknown reason, a VII.B ground before the decree, a
   *     deemed resignation after it, or a candidate already PNS or finished
   */
  public static Decision decide(String alasan, AppointmentStatus status, Probation probation, LocalDate tanggal) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tanggal, "tanggal");
    String code = alasan == null ? "" : alasan.strip();
    if (status.isAppointed()) {
      throw new IllegalArgumentException("Pengangkatan berstatus " + status + "; penggantian, pembatalan nomor induk "
          + "atau pemberhentian calon tidak berlaku lagi");
    }
    Optional<ExitReason> reason = parse(ExitReason.values(), code);
    Optional<DismissalGround> ground = parse(DismissalGround.values(), code);
    if (reason.isEmpty() && ground.isEmpty()) {
      throw new IllegalArgumentException("alasan '" + code + "' tidak dikenal: pilih MENGUNDURKAN_DIRI, "
          + "DIANGGAP_MENGUNDURKAN_DIRI, MENINGGAL_DUNIA atau, setelah keputusan CPNS, dasar pemberhentian VII.B");
    }
    if (ground.filter(g -> g == DismissalGround.TIDAK_BERSEDIA_SUMPAH).isPresent()
        && status != AppointmentStatus.SK_PNS) {
      throw new IllegalArgumentException("alasan TIDAK_BERSEDIA_SUMPAH hanya berlaku setelah keputusan pengangkatan "
          + "PNS ditetapkan, pada saat pengambilan sumpah/janji (VII.B.2.g)");
    }
    if (status != AppointmentStatus.CPNS && status != AppointmentStatus.SK_PNS) {
      if (reason.isEmpty()) {
        throw new IllegalArgumentException("alasan " + code + " adalah dasar pemberhentian CPNS (VII.B), sedangkan "
            + "keputusan pengangkatan CPNS belum ditetapkan");
      }
      Consequence akibat = status.hasNip() ? Consequence.PEMBATALAN_NIP : Consequence.PENGGANTIAN;
      return new Decision(akibat, code, null, null, null, null);
    }
    if (reason.filter(r -> r == ExitReason.DIANGGAP_MENGUNDURKAN_DIRI).isPresent()) {
      throw new IllegalArgumentException("alasan DIANGGAP_MENGUNDURKAN_DIRI tidak berlaku bagi CPNS yang sudah "
          + "ditetapkan; pilih dasar pemberhentian VII.B");
    }
    DismissalGround dasar = ground.orElseGet(() -> reason.get() == ExitReason.MENINGGAL_DUNIA
        ? DismissalGround.MENINGGAL_DUNIA : DismissalGround.MENGUNDURKAN_DIRI);
    Optional<ProbationResignation.BarredYears> barred = dasar == DismissalGround.MENGUNDURKAN_DIRI && probation != null
        ? ProbationResignation.barredBudgetYears(probation, tanggal) : Optional.empty();
    return new Decision(Consequence.PEMBERHENTIAN, dasar.name(), dasar, dasar.kelas(),
        barred.map(ProbationResignation.BarredYears::from).orElse(null),
        barred.map(ProbationResignation.BarredYears::to).orElse(null));
  }

  private static <E extends Enum<E>> Optional<E> parse(E[] values, String code) {
    return Arrays.stream(values).filter(v -> v.name().equals(code)).findFirst();
  }
}
