package id.asn.workflow.appointment;

import id.asn.workflow.support.ShippedCpnsPayRules;
import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.UserTaskHandler.Start;
import org.junit.jupiter.api.Test;

/** What an appointment's task shows as it is created, and the stage it moves the appointment to. */
class AppointmentFormsTest {

  private final AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();
  private final AppointmentFakes.Documents documents = new AppointmentFakes.Documents();

  private AppointmentForms forms(AppointmentFakes.Appointments appointments) {
    return new AppointmentForms(appointments, candidates, documents, AppointmentFakes.calendar(),
        ShippedCpnsPayRules.INSTANCE);
  }

  @Test
  void theCompletenessCheckIsAStageAndListsTheDocumentsHandedIn() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
        .documentsDue(d("2025-05-28")).build());
    documents.files.put(DocumentType.IJAZAH, new String[] {"sha-1", "ijazah.pdf"});
    documents.files.put(DocumentType.SKCK, new String[] {"sha-2", "skck.pdf"});
    DocumentCheckTask task = new DocumentCheckTask(appointments, forms(appointments), candidates, documents, null,
        AppointmentFakes.calendar(), AppointmentFakes.CLOCK);

    Start start = task.started(ID, "periksaKelengkapan");

    assertThat(appointments.saved).containsExactly(saved("moveToStage", ID, AppointmentStatus.PEMERIKSAAN));
    assertThat(start.variables()).containsOnlyKeys("ringkasanPengangkatan", "perihal", "tenggatPerbaikanUsul",
        "tenggatPenetapanKeputusan", "tenggatPengirimanKeBkn", "tenggatMasaPercobaan");
    // the limits the forms state, from the table the deadlines are counted by
    assertThat(start.variables()).containsEntry("tenggatPerbaikanUsul", "25 hari kerja")
        .containsEntry("tenggatPenetapanKeputusan", "30 hari kerja").containsEntry("tenggatMasaPercobaan", "1 tahun");
    // the queue's column: who the task is about
    assertThat(start.variables()).containsEntry("perihal", "Siti Aminah · 20250001 · Analis Kebijakan Ahli Pertama");
    assertThat((String) start.variables().get("ringkasanPengangkatan")).isEqualTo("""
        #### Siti Aminah (nomor peserta 20250001)
        Analis Kebijakan Ahli Pertama, Bappeda; formasi F1, peringkat 1; pendidikan S1.
        Dokumen diserahkan: IJAZAH, SKCK. Batas kelengkapan: 2025-05-28.""");
  }

  @Test
  void thePnsDecreeShowsTheTmtPnsAndTheNumberAndMovesNoStage() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
        .status(AppointmentStatus.CPNS).usulData("Batang", "ISLAM", d("2025-05-01"))
        .number("199805172025062001", d("2025-03-24")).build());
    PnsDecreeTask task = new PnsDecreeTask(appointments, forms(appointments), AppointmentFakes.calendar());

    Start start = task.started(ID, "tetapkanSkPns");

    assertThat(appointments.saved).isEmpty();
    assertThat(start.variables()).containsEntry("tmtPns", "2026-05-04")
        .containsEntry("nomorInduk", "199805172025062001");
    assertThat((String) start.variables().get("ringkasanPengangkatan")).endsWith("\nTMT PNS 2026-05-04.");
  }

  @Test
  void aReplacementSaysWhomItReplacesAndATaskWithoutItsOwnLineShowsTheNumber() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk()
        .replacing("KabBatang-2025-2025000").build());

    String text = (String) forms(appointments).variables(ID, Stage.PERBAIKAN_USUL)
        .get("ringkasanPengangkatan");

    assertThat(text).endsWith(".\nPengganti peserta KabBatang-2025-2025000.\nNI PPPK -.");
  }
}
