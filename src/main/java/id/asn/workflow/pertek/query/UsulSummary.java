package id.asn.workflow.pertek.query;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import java.time.Instant;

/** A usul as one line of a list. */
record UsulSummary(String id, UsulStatus status, JenisAsn jenisAsn, String instansi, String nomorPeserta, String nama,
    String nomorInduk, Instant dibuat, Instant diperbarui) {

  static UsulSummary of(UsulNi usul) {
    return new UsulSummary(usul.id(), usul.status(), usul.jenisAsn(), usul.instansi(), usul.nomorPeserta(), usul.nama(),
        usul.nomorInduk(), usul.dibuat(), usul.diperbarui());
  }
}
