package id.asn.workflow.workforce;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a signed-in user may do with plannings: an instansi operator reads and changes only the instansi's
 * own; BKN's analysts and administrators read all of them (BKN acts on a planning through its tasks). A
 * planning the user may not see is answered as if it did not exist.
 */
record PlanningAccess(String userId, boolean readsAll, Set<String> instansi) {

  static PlanningAccess of(AuthenticatedUser user) {
    Set<String> instansi = user.groupIds().stream().filter(Groups::isInstansi).map(Groups::instansiCode)
        .collect(Collectors.toUnmodifiableSet());
    return new PlanningAccess(user.id(), user.isMemberOf(Groups.BKN_ANALIS) || user.isMemberOf(Groups.ADMIN), instansi);
  }

  /** The instansi whose planning to read: the one asked for, or the operator's own when there is one. */
  String readable(String requested) {
    boolean asked = requested != null && !requested.isBlank();
    if (asked && (readsAll || instansi.contains(requested.strip()))) {
      return requested.strip();
    }
    if (asked) {
      throw Refusal.notFound("Penyusunan kebutuhan instansi " + requested.strip() + " tidak ditemukan");
    }
    if (instansi.size() == 1) {
      return instansi.iterator().next();
    }
    if (readsAll || instansi.size() > 1) {
      throw Refusal.invalid("instansi", "wajib diisi: kode instansi, mis. KabBatang");
    }
    throw Refusal.forbidden("Penyusunan kebutuhan ASN hanya dapat dilihat operator instansi, analis BKN dan administrator");
  }

  /** The instansi an operator changes a planning for: their own (the one asked for if they have several). */
  String operable(String requested) {
    if (instansi.isEmpty()) {
      throw Refusal.forbidden("Hanya operator instansi yang dapat mengubah penyusunan kebutuhan; "
          + "BKN menanganinya lewat tugas analisis di Tasklist");
    }
    boolean asked = requested != null && !requested.isBlank();
    if (asked) {
      if (!instansi.contains(requested.strip())) {
        throw Refusal.notFound("Penyusunan kebutuhan instansi " + requested.strip() + " tidak ditemukan");
      }
      return requested.strip();
    }
    if (instansi.size() > 1) {
      throw Refusal.invalid("instansi", "akun ini tergabung di lebih dari satu instansi ("
          + String.join(", ", instansi.stream().sorted().toList()) + "); sebutkan instansi yang dimaksud");
    }
    return instansi.iterator().next();
  }

  /** The instansi whose plannings to list: null for all. */
  Set<String> visibleInstansi() {
    if (readsAll) {
      return null;
    }
    if (instansi.isEmpty()) {
      throw Refusal.forbidden("Penyusunan kebutuhan ASN hanya dapat dilihat operator instansi, analis BKN dan administrator");
    }
    return instansi;
  }
}
