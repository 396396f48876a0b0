package id.asn.workflow.sla;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;

/** Who reads SLA figures (the Kanreg supervisors and administrators) and who changes standards (administrators). */
final class SlaAccess {

  private SlaAccess() {}

  static void requireReader(AuthenticatedUser user) {
    if (user == null || !(user.isMemberOf(Groups.PENGAWAS_KANREG) || user.isMemberOf(Groups.ADMIN))) {
      throw Refusal.forbidden("Laporan SLA hanya untuk Pengawas Kantor Regional (pengawasKanreg) dan administrator");
    }
  }

  static void requireAdministrator(AuthenticatedUser user) {
    if (user == null || !user.isMemberOf(Groups.ADMIN)) {
      throw Refusal.forbidden("Standar SLA hanya dapat diubah oleh administrator (camunda-admin)");
    }
  }
}
