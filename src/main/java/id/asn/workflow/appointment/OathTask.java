package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_SUMPAH_DIUCAPKAN;
import static id.asn.workflow.appointment.CompletionChecks.enumValue;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.document.DocumentStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * pengambilanSumpah: the PNS takes the oath or promise in the wording of their religion ({@link OathWordings}),
 * before the official, a rohaniwan (Lampiran I VII.C.15) and two witnesses; the berita acara is rendered as a PDF
 * ({@link OathRecordPdf}) and kept, and the appointment is done. A CPNS who will not take it is dismissed with
 * honour instead (VII.B.2.g, VII.B.3.f): the refusal is recorded as the ground and {@link DismissStep} follows.
 */
@Component
class OathTask extends AppointmentTaskHandler {

  private final CandidateRepository candidates;
  private final DocumentStore documentStore;
  private final OathWordings oathWordings;
  private final AppointmentCalendar calendar;

  OathTask(AppointmentRepository repository, AppointmentForms forms, CandidateRepository candidates,
      DocumentStore documentStore, OathWordings oathWordings, AppointmentCalendar calendar) {
    super(Stage.SUMPAH, CPNS, repository, forms);
    this.calendar = calendar;
    this.candidates = candidates;
    this.documentStore = documentStore;
    this.oathWordings = oathWordings;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    LocalDate tanggal = values.requiredDate("tanggalSumpah", "tanggal pengambilan sumpah/janji");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSumpah", "tidak boleh sesudah hari ini (" + today + ")");
    }
    if (refused(values)) {
      recordRefusal(p, tanggal, values.requiredText("keteranganPenolakan", 1000,
          "keterangan penolakan: pernyataan tidak bersedia atau berita acara penolakan"), by);
      return Map.of(VAR_SUMPAH_DIUCAPKAN, false);
    }
    swear(p, values, tanggal, by);
    return Map.of(VAR_SUMPAH_DIUCAPKAN, true);
  }

  /** Absent, the CPNS is taken to swear: clients from before the choice existed keep working. */
  private static boolean refused(CompletionValues values) {
    String kesediaan = values.optionalText("kesediaan", 20);
    if (kesediaan == null || kesediaan.equals("BERSEDIA")) {
      return false;
    }
    if (kesediaan.equals("TIDAK_BERSEDIA")) {
      return true;
    }
    throw new InvalidCompletionException("kesediaan", "pilih BERSEDIA atau TIDAK_BERSEDIA");
  }

  /** Refusing the oath: the CPNS is dismissed with honour on that ground, not appointed PNS (VII.B.2.g, 3.f). */
  private void recordRefusal(Pengangkatan p, LocalDate tanggal, String keterangan, String by) {
    CandidateExit.Decision decision = CandidateExit.decide(DismissalGround.TIDAK_BERSEDIA_SUMPAH.name(), p.status(),
        calendar.deadlines().probation(p.tmtCpns()), tanggal);
    repository.recordLeaving(p.id(), decision, tanggal, keterangan, null);
    repository.event(p.id(), "TIDAK_BERSEDIA_SUMPAH", "Tidak bersedia mengucapkan sumpah/janji PNS pada " + tanggal
        + " (" + keterangan + "); " + decision.kelas().label() + " sebagai CPNS (VII.B.3.f)", by);
  }

  private void swear(Pengangkatan p, CompletionValues values, LocalDate tanggal, String by) {
    String id = p.id();
    Kandidat k = candidates.candidate(p);
    OathForm bentuk = enumValue(values, "bentukSumpah", OathForm.class, "sumpah atau janji");
    OathRecord record;
    try {
      OathWording wording = oathWordings.wording(Agama.valueOf(p.agama()), bentuk, values.text("kalimatKepercayaan"));
      OathPerson pns = new OathPerson(k.nama(), p.nomorInduk(), GolonganRuang.ofKode(p.golonganRuang()), k.jabatan());
      OathPerson pejabat = new OathPerson(values.requiredText("pejabatNama", 200, "pejabat yang mengambil sumpah"),
          values.requiredText("pejabatNip", 18, "NIP pejabat"), null, values.requiredText("pejabatJabatan", 200,
              "jabatan pejabat"));
      List<OathPerson> saksi = List.of(witness(values, 1), witness(values, 2));
      record = new OathRecord(values.optionalText("nomorBeritaAcara", 100), tanggal,
          values.requiredText("tempatSumpah", 200, "tempat"), values.requiredText("namaInstansi", 200, "nama instansi"),
          pns, wording, pejabat, values.requiredText("rohaniwan", 200, "rohaniwan yang mendampingi (VII.C.15)"), saksi);
    } catch (InvalidCompletionException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException(oathField(e.getMessage()), e.getMessage());
    }
    byte[] pdf = OathRecordPdf.render(record);
    String sha256 = documentStore.put(pdf);
    repository.recordOath(id, tanggal, record.nomor(), sha256);
    repository.event(id, "SUMPAH", bentuk + " " + p.agama() + " diucapkan " + tanggal + " di " + record.tempat()
        + "; saksi " + record.saksi().get(0).nama() + " dan " + record.saksi().get(1).nama() + "; rohaniwan "
        + record.rohaniwan() + "; berita acara 3 rangkap", by);
  }

  private static OathPerson witness(CompletionValues values, int n) {
    String prefix = "saksi" + n;
    String golongan = values.requiredText(prefix + "Golongan", 8, "golongan ruang saksi " + n + " (mis. III/a)");
    GolonganRuang rank;
    try {
      rank = GolonganRuang.ofKode(golongan);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException(prefix + "Golongan", e.getMessage());
    }
    return new OathPerson(values.requiredText(prefix + "Nama", 200, "nama saksi " + n),
        values.requiredText(prefix + "Nip", 18, "NIP saksi " + n), rank, null);
  }

  /** The field an oath rule's refusal is about, so that the form can point at it. */
  private static String oathField(String message) {
    if (message.contains("Saksi") || message.contains("saksi")) {
      return message.contains("Kedua saksi") || message.contains("2 (dua)") ? "saksi2Nip" : "saksi1Golongan";
    }
    if (message.contains("Kalimat") || message.contains("kalimat")) {
      return "kalimatKepercayaan";
    }
    return "bentukSumpah";
  }
}
