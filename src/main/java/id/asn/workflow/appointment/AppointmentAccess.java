package id.asn.workflow.appointment;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may follow and act on appointments: the operators of the candidate's instansi and the PPK. A PPK who also
 * belongs to instansi groups acts for those instansi only. An appointment the user may not see is answered as if
 * it did not exist.
 */
record AppointmentAccess(String userId, boolean ppk, Set<String> instansi) {

  static AppointmentAccess of(AuthenticatedUser user) {
    Set<String> instansi = user.groupIds().stream().filter(Groups::isInstansi).map(Groups::instansiCode)
        .collect(Collectors.toUnmodifiableSet());
    return new AppointmentAccess(user.id(), user.isMemberOf(Groups.PPK), instansi);
  }

  boolean sees(String kodeInstansi) {
    return instansi.contains(kodeInstansi) || (ppk && instansi.isEmpty());
  }

  void require(String kodeInstansi, String what) {
    if (!sees(kodeInstansi)) {
      throw Refusal.notFound(what + " tidak ditemukan");
    }
  }

  /** The instansi named, which the user must act for, or the user's only one; a PPK of every instansi names it. */
  String actingFor(String named) {
    if (named != null && !named.isBlank()) {
      require(named.strip(), "Instansi " + named.strip());
      return named.strip();
    }
    if (instansi.size() == 1) {
      return instansi.iterator().next();
    }
    throw Refusal.invalid("instansi", "wajib diisi: kode instansi");
  }
}
