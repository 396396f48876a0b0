package id.asn.workflow.recruitment;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what with a recruitment period: the selection committee imports and reads; the PPK and
 * administrators read. A committee member who also belongs to an instansi group works only on that instansi's
 * periods; another instansi's period is answered as if it did not exist.
 */
record SeleksiAccess(String userId, boolean panitia, boolean reads, Set<String> instansi) {

  static SeleksiAccess of(AuthenticatedUser user) {
    Set<String> instansi = user.groupIds().stream().filter(Groups::isInstansi).map(Groups::instansiCode)
        .collect(Collectors.toUnmodifiableSet());
    boolean panitia = user.isMemberOf(Groups.PANITIA_SELEKSI);
    return new SeleksiAccess(user.id(), panitia, panitia || user.isMemberOf(Groups.PPK) || user.isMemberOf(Groups.ADMIN),
        instansi);
  }

  void requireRead(Periode periode) {
    if (!reads) {
      throw Refusal.forbidden("Hasil seleksi hanya dapat dilihat panitia seleksi, PPK dan administrator");
    }
    ownInstansi(periode);
  }

  void requireImport(Periode periode) {
    if (!panitia) {
      throw Refusal.forbidden("Impor data seleksi hanya dapat dilakukan panitia seleksi instansi");
    }
    ownInstansi(periode);
  }

  void requireStart(String kodeInstansi) {
    if (!panitia) {
      throw Refusal.forbidden("Periode pengadaan PNS hanya dapat dibuka panitia seleksi instansi");
    }
    if (!instansi.isEmpty() && !instansi.contains(kodeInstansi)) {
      throw Refusal.forbidden("Akun ini panitia seleksi instansi " + String.join(", ", instansi.stream().sorted().toList()));
    }
  }

  private void ownInstansi(Periode periode) {
    if (!instansi.isEmpty() && !instansi.contains(periode.instansi())) {
      throw Refusal.notFound("Periode seleksi " + periode.id() + " tidak ditemukan");
    }
  }
}
