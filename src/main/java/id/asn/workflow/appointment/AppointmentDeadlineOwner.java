package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.*;

import id.asn.workflow.calendar.DeadlineOwner;
import id.asn.workflow.calendar.TrackedDeadline;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A limit of an appointment moved because the holidays of a year changed: the appointment keeps the new last day
 * where it stores one, and its history says which limit moved, from when to when.
 */
@Component
class AppointmentDeadlineOwner implements DeadlineOwner {

  static final String TENGGAT_DIHITUNG_ULANG = "TENGGAT_DIHITUNG_ULANG";

  private static final Map<String, String> NAMES = Map.of(
      VAR_BATAS_DOKUMEN, "Batas kelengkapan dokumen",
      VAR_BATAS_SK_CPNS, "Batas penetapan keputusan pengangkatan CPNS",
      VAR_BATAS_PENYERAHAN, "Batas penyerahan keputusan kepada CPNS",
      VAR_BATAS_NOMOR_INDUK, "Batas pemberian NI PPPK",
      VAR_BATAS_PERBAIKAN, "Batas melengkapi usul NI PPPK",
      VAR_BATAS_SK_PPPK, "Batas perjanjian kerja dan keputusan PPPK",
      VAR_BATAS_KIRIM_BKN, "Batas pengiriman perjanjian kerja dan keputusan ke BKN");

  private final AppointmentRepository repository;

  AppointmentDeadlineOwner(AppointmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public String kind() {
    return DEADLINE_OWNER;
  }

  @Override
  public void moved(TrackedDeadline before, TrackedDeadline after) {
    String id = after.ownerId();
    if (VAR_BATAS_DOKUMEN.equals(after.variable())) {
      repository.moveDocumentsDeadline(id, after.deadline().tanggal());
    }
    repository.event(id, TENGGAT_DIHITUNG_ULANG, NAMES.getOrDefault(after.variable(), after.variable()) + " "
        + before.deadline().dated() + " menjadi " + after.deadline().dated()
        + ": kalender hari libur dan cuti bersama berubah.", null);
  }
}
