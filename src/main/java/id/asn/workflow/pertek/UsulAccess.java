package id.asn.workflow.pertek;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in user may see of the usul NI: the Kanreg's staff see all of them, an instansi operator
 * only those of their own instansi. A usul the user may not see is answered as if it did not exist, so
 * that an operator cannot learn which participants another instansi proposed.
 */
public record UsulAccess(String userId, boolean readsAll, Set<String> instansi) {

  public static UsulAccess of(AuthenticatedUser user) {
    Set<String> instansi = user.groupIds().stream()
        .filter(Groups::isInstansi)
        .map(Groups::instansiCode)
        .collect(Collectors.toUnmodifiableSet());
    return new UsulAccess(user.id(), user.isKanreg(), instansi);
  }

  /** Refuses users who may see no usul at all (e.g. a selection committee member). */
  public void requireReader() {
    if (!readsAll && instansi.isEmpty()) {
      throw Refusal.forbidden("Usul NI hanya dapat dilihat oleh operator instansi dan pegawai Kantor Regional");
    }
  }

  public boolean sees(UsulNi usul) {
    return readsAll || instansi.contains(usul.instansi());
  }

  /** The instansi whose usul to list: null for all of them. */
  public Set<String> visibleInstansi() {
    return readsAll ? null : instansi;
  }

  /** The instansi a new usul is sent for: the operator's own, which must be exactly one. */
  public String submittingInstansi() {
    if (instansi.isEmpty()) {
      throw Refusal.forbidden("Hanya operator instansi yang dapat mengirim usul NI");
    }
    if (instansi.size() > 1) {
      throw Refusal.forbidden("Akun ini tergabung di lebih dari satu instansi (" + String.join(", ", instansi.stream()
          .sorted().toList()) + "); usul NI dikirim dari akun operator satu instansi");
    }
    return instansi.iterator().next();
  }

  /** Only the usul's own instansi may correct it; the Kanreg reads but does not write for an instansi. */
  public void requireOperatorOf(UsulNi usul) {
    requireOperatorOf(usul, "mengirim perbaikan");
  }

  /** Only the usul's own instansi may act on it ({@code action}, e.g. "menarik usul"). */
  public void requireOperatorOf(UsulNi usul, String action) {
    if (!instansi.contains(usul.instansi())) {
      throw Refusal.forbidden("Hanya operator instansi pengusul yang dapat " + action);
    }
  }
}
