package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OathTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
      .status(AppointmentStatus.SK_PNS).usulData("Batang", "ISLAM", d("2025-05-01"))
      .number("199805172025062001", d("2025-03-24")).rank("III/a").build());
  private final AppointmentFakes.Store store = new AppointmentFakes.Store();

  /** The phrases of the decision table, as the engine would give them for an Islamic oath. */
  private final OathWordings wordings = new OathWordings() {
    @Override
    public OathPhrases phrases(Agama agama, OathForm bentuk) {
      return new OathPhrases("Demi Allah, saya bersumpah", null, false);
    }

    @Override
    public String body() {
      return "bahwa saya, untuk diangkat menjadi Pegawai Negeri Sipil, ... untuk kepentingan negara.";
    }
  };

  private Map<String, Object> swear(Map<String, Object> values) {
    return new OathTask(appointments, AppointmentFakes.forms(appointments), new AppointmentFakes.Candidates(), store,
        wordings, AppointmentFakes.calendar()).completed(completion(ID, values, d("2026-05-04")));
  }

  private static Map<String, Object> oath() {
    Map<String, Object> v = new HashMap<>(Map.of("bentukSumpah", "SUMPAH", "tanggalSumpah", "2026-05-04",
        "tempatSumpah", "Pendopo Kabupaten Batang", "namaInstansi", "Pemerintah Kabupaten Batang",
        "pejabatNama", "Bupati Batang", "pejabatNip", "197001011995031001", "pejabatJabatan", "Bupati",
        "rohaniwan", "K.H. Ahmad Fauzi", "nomorBeritaAcara", "BA/SUMPAH/1/2026"));
    v.putAll(Map.of("saksi1Nama", "Budi Santoso", "saksi1Nip", "198001012005011001", "saksi1Golongan", "III/b",
        "saksi2Nama", "Dewi Lestari", "saksi2Nip", "198502022010012002", "saksi2Golongan", "III/a"));
    return v;
  }

  @Test
  void theBeritaAcaraIsRenderedKeptAndTheAppointmentIsDone() {
    assertThat(swear(oath())).containsEntry(PengangkatanProcess.VAR_SUMPAH_DIUCAPKAN, true);

    assertThat(appointments.saved).containsExactly(saved("recordOath", ID, d("2026-05-04"), "BA/SUMPAH/1/2026",
        "sha-1"));
    assertThat(new String(store.get("sha-1"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(appointments.history(ID)).containsExactly("SUMPAH: SUMPAH ISLAM diucapkan 2026-05-04 di Pendopo "
        + "Kabupaten Batang; saksi Budi Santoso dan Dewi Lestari; rohaniwan K.H. Ahmad Fauzi; berita acara 3 rangkap");
  }

  @Test
  void aWitnessOfLowerRankIsRefusedAtTheirGrade() {
    Map<String, Object> values = oath();
    values.put("saksi1Golongan", "II/d");

    assertThatThrownBy(() -> swear(values))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("saksi1Golongan"))
        .hasMessageContaining("lebih rendah");
    assertThat(appointments.saved).isEmpty();
    assertThat(store.bytes).isEmpty();
  }

  @Test
  void aCpnsWhoWillNotTakeTheOathIsDismissedWithHonourAndNoBeritaAcaraIsMade() {
    Map<String, Object> refusal = Map.of("kesediaan", "TIDAK_BERSEDIA", "tanggalSumpah", "2026-05-04",
        "keteranganPenolakan", "Pernyataan tidak bersedia bersumpah tanggal 4 Mei 2026");

    assertThat(swear(refusal)).containsEntry(PengangkatanProcess.VAR_SUMPAH_DIUCAPKAN, false);

    assertThat(appointments.saved).singleElement().satisfies(call -> {
      assertThat(call.get(0)).isEqualTo("recordLeaving");
      CandidateExit.Decision decision = (CandidateExit.Decision) call.get(2);
      assertThat(decision.dasar()).isEqualTo(DismissalGround.TIDAK_BERSEDIA_SUMPAH);
      assertThat(decision.kelas()).isEqualTo(DismissalClass.DENGAN_HORMAT);
      assertThat(call.subList(3, 5)).containsExactly(d("2026-05-04"),
          "Pernyataan tidak bersedia bersumpah tanggal 4 Mei 2026");
    });
    assertThat(store.bytes).isEmpty();
    assertThat(appointments.history(ID)).singleElement().asString().startsWith("TIDAK_BERSEDIA_SUMPAH: ")
        .contains("Diberhentikan dengan hormat sebagai CPNS").endsWith("(VII.B.3.f)");
  }

  @Test
  void aRefusalNeedsItsStatementAndTheChoiceIsOneOfTwo() {
    assertThatThrownBy(() -> swear(Map.of("kesediaan", "TIDAK_BERSEDIA", "tanggalSumpah", "2026-05-04")))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("keteranganPenolakan"));
    assertThatThrownBy(() -> swear(Map.of("kesediaan", "RAGU", "tanggalSumpah", "2026-05-04")))
        .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("kesediaan"));
    assertThat(appointments.saved).isEmpty();
  }
}
