package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.NOW;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.JenisAsn;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentCheckTaskTest {

  private AppointmentFakes.Appointments appointments;
  private final AppointmentFakes.Store store = new AppointmentFakes.Store();
  private final AppointmentFakes.Documents documents = new AppointmentFakes.Documents()
      .handedIn(JenisAsn.PNS, store);

  private Map<String, Object> complete(Pengangkatan appointment, Map<String, Object> values) {
    appointments = new AppointmentFakes.Appointments(appointment);
    AppointmentFakes.Candidates candidates = new AppointmentFakes.Candidates();
    DocumentCheckTask task = new DocumentCheckTask(appointments, AppointmentFakes.forms(appointments), candidates,
        documents, new AppointmentFakes.Usul(candidates, documents, store), AppointmentFakes.calendar(),
        AppointmentFakes.CLOCK);
    return task.completed(completion(ID, values));
  }

  /** Every document valid; each test changes what it is about. */
  private static Map<String, Object> allValid() {
    Map<String, Object> v = new HashMap<>();
    for (AppointmentDocument document : AppointmentDocument.values()) {
      v.put("status" + document.name(), "SAH");
    }
    v.put("tempatLahir", "Batang");
    v.put("agama", "ISLAM");
    v.put("tmtCpns", "2025-07-01");
    return v;
  }

  @Nested
  class AllValid {

    @Test
    void theUsulsDataIsRecordedWithTheReviewsOfTheRound() {
      Map<String, Object> v = complete(AnAppointment.cpns().build(), allValid());

      assertThat(v).containsExactly(Map.entry("hasilKelengkapan", "SEMUA_SAH"));
      // a CPNS now waits for the PPK's collective proposal (VI.A.4.a)
      assertThat(appointments.saved).containsExactly(saved("recordUsulData", ID, "Batang", "ISLAM", d("2025-07-01")),
          saved("awaitCollectiveProposal", ID));
      assertThat(documents.reviews).hasSize(AppointmentDocument.values().length)
          .allMatch(r -> r.startsWith("1 ") && r.endsWith(" SAH by operatorbatang at " + NOW));
      assertThat(appointments.history(ID)).containsExactly(
          "KELENGKAPAN_SEMUA_SAH: Pemeriksaan kelengkapan putaran 1: SEMUA_SAH");
    }

    @Test
    void aPppkGivesTheTmtOfItsFirstAgreement() {
      Map<String, Object> values = allValid();
      values.remove("tmtCpns");
      values.put("tmtPppk", "2025-08-01");

      complete(AnAppointment.pppk().build(), values);

      // a PPPK waits for the PPK's decree as calon PPPK first, then for the collective proposal
      assertThat(appointments.saved).containsExactly(saved("recordUsulData", ID, "Batang", "ISLAM", d("2025-08-01")));
    }

    @Test
    void dataTheUsulWouldRefuseIsRefusedHereAndNothingIsRecorded() {
      Map<String, Object> values = allValid();
      values.put("agama", "LAINNYA");

      assertThatThrownBy(() -> complete(AnAppointment.cpns().build(), values))
          .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("agama"))
          .hasMessageContaining("(diperlukan untuk usul NIP)");
      assertThat(appointments.saved).isEmpty();
      assertThat(documents.reviews).isEmpty();
    }

    @Test
    void aDocumentTheUsulNeedsButNobodyHandedInIsRefused() {
      documents.files.remove(DocumentType.IJAZAH);

      assertThatThrownBy(() -> complete(AnAppointment.cpns().build(), allValid()))
          .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("IJAZAH"));
    }
  }

  @Nested
  class SomeMissing {

    @Test
    void theCandidateIsAskedToCompleteThemByTheDayGiven() {
      Map<String, Object> values = allValid();
      values.put("statusSKCK", "BELUM_ADA");
      values.put("alasanSKCK", "Belum terbit");
      values.put("batasKelengkapan", "2025-05-12");

      Map<String, Object> v = complete(AnAppointment.cpns().build(), values);

      assertThat(v).containsEntry("hasilKelengkapan", "BELUM_LENGKAP")
          .containsEntry("batasDokumen", Date.from(Deadline.endOf(d("2025-05-12"))));
      assertThat(appointments.saved).containsExactly(saved("askToCompleteDocuments", ID, d("2025-05-12")));
      assertThat(appointments.history(ID)).containsExactly("KELENGKAPAN_BELUM_LENGKAP: Pemeriksaan kelengkapan "
          + "putaran 1: BELUM_LENGKAP; SKCK BELUM_ADA (Belum terbit); lengkapi paling lambat 2025-05-12");
    }

    @Test
    void theDayToCompleteThemByIsAfterToday() {
      Map<String, Object> values = allValid();
      values.put("statusSKCK", "BELUM_ADA");
      values.put("alasanSKCK", "Belum terbit");
      values.put("batasKelengkapan", "2025-05-05");

      assertThatThrownBy(() -> complete(AnAppointment.cpns().build(), values))
          .isInstanceOfSatisfying(InvalidCompletionException.class,
              e -> assertThat(e.field()).isEqualTo("batasKelengkapan"));
      assertThat(appointments.saved).isEmpty();
    }

    @Test
    void theDayToCompleteThemByIsWithin15And10WorkingDaysOfTheCallUp() {
      Map<String, Object> values = allValid();
      values.put("statusSKCK", "BELUM_ADA");
      values.put("alasanSKCK", "Belum terbit");
      // called up Monday 5 May 2025: 15 working days end Wednesday 28 May (Waisak 12 May and its cuti 13 May
      // skipped); 10 more skip Ascension 29 May and its cuti 30 May, Idul Adha 6 June and its cuti 9 June, so the
      // last day the regulation allows is Tuesday 17 June
      Pengangkatan calledUp = AnAppointment.cpns().calledUp(d("2025-05-05"), 0).build();
      values.put("batasKelengkapan", "2025-06-18");

      assertThatThrownBy(() -> complete(calledUp, values))
          .isInstanceOfSatisfying(InvalidCompletionException.class,
              e -> assertThat(e.field()).isEqualTo("batasKelengkapan"))
          .hasMessageContaining("paling lambat 2025-06-17");
      assertThat(appointments.saved).isEmpty();

      values.put("batasKelengkapan", "2025-06-17");
      assertThat(complete(calledUp, values)).containsEntry("hasilKelengkapan", "BELUM_LENGKAP");
    }

    @Test
    void aDocumentNotValidOrMissingNeedsAReason() {
      Map<String, Object> values = allValid();
      values.put("statusIJAZAH", "BELUM_ADA");

      assertThatThrownBy(() -> complete(AnAppointment.cpns().build(), values))
          .isInstanceOfSatisfying(InvalidCompletionException.class,
              e -> assertThat(e.field()).isEqualTo("alasanIJAZAH"));
    }
  }

  @Nested
  class SomethingInvalid {

    @Test
    void theCandidateDoesNotQualifyWhateverElseIsMissing() {
      Map<String, Object> values = allValid();
      values.put("statusIJAZAH", "TIDAK_SAH");
      values.put("alasanIJAZAH", "Tidak dilegalisir");
      values.put("statusSKCK", "BELUM_ADA");
      values.put("alasanSKCK", "Belum terbit");

      Map<String, Object> v = complete(AnAppointment.cpns().build(), values);

      assertThat(v).containsExactly(Map.entry("hasilKelengkapan", "TIDAK_MEMENUHI_SYARAT"));
      assertThat(appointments.saved).containsExactly(saved("markNotQualified", ID));
      assertThat(appointments.history(ID)).singleElement().asString()
          .isEqualTo("KELENGKAPAN_TIDAK_MEMENUHI_SYARAT: Pemeriksaan kelengkapan putaran 1: TIDAK_MEMENUHI_SYARAT; "
              + "IJAZAH TIDAK_SAH (Tidak dilegalisir)");
    }
  }
}
