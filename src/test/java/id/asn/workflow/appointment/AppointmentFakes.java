package id.asn.workflow.appointment;

import id.asn.workflow.calendar.SeededCalendar;
import id.asn.workflow.support.ShippedCpnsPayRules;
import id.asn.workflow.support.ShippedTimeLimits;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.document.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory stand-ins for what the appointment's handlers use, without a database, Spring or the engine: each keeps
 * what it was told, for a test to assert.
 */
final class AppointmentFakes {

  /** Monday 5 May 2025, 09:00 in Jakarta. */
  static final Instant NOW = Instant.parse("2025-05-05T02:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2025-05-05");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Kandidat KANDIDAT = new Kandidat(AnAppointment.NOMOR_PESERTA, "3325015705980001", "Siti Aminah",
      LocalDate.parse("1998-05-17"), "P", "S1", "Analis Kebijakan Ahli Pertama", "Bappeda");

  private AppointmentFakes() {}

  /** The seeded holidays of 2023-2026 (Waisak 12 May 2025 and its cuti bersama 13 May among them). */
  static AppointmentCalendar calendar() {
    return new AppointmentCalendar(SeededCalendar::calendar, ShippedTimeLimits.INSTANCE);
  }

  static ServiceTaskHandler.Step step(String id, Map<String, Object> variables) {
    return new ServiceTaskHandler.Step(id, "activity", "instance", new CompletionValues(variables), TODAY, NOW);
  }

  static TaskCompletion completion(String id, Map<String, Object> values) {
    return completion(id, values, TODAY);
  }

  /** Completed by operatorbatang on {@code today}. */
  static TaskCompletion completion(String id, Map<String, Object> values, LocalDate today) {
    return new TaskCompletion(id, "task", new CompletionValues(values), "operatorbatang", today, NOW);
  }

  /** The forms over these appointments, for a task handler whose test does not look at them. */
  static AppointmentForms forms(Appointments appointments) {
    return new AppointmentForms(appointments, new Candidates(), new Documents(), calendar(),
        ShippedCpnsPayRules.INSTANCE);
  }

  /** A minimal PDF whose bytes the note makes its own. */
  static byte[] pdf(String note) {
    return ("%PDF-1.4\n1 0 obj<<>>endobj\n% " + note + "\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** The start and end of a JFIF JPEG: enough for the check by magic bytes. */
  static byte[] jpeg(String note) {
    byte[] start = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00};
    byte[] text = note.getBytes(StandardCharsets.US_ASCII);
    byte[] jpeg = Arrays.copyOf(start, start.length + text.length + 2);
    System.arraycopy(text, 0, jpeg, start.length, text.length);
    jpeg[jpeg.length - 2] = (byte) 0xFF;
    jpeg[jpeg.length - 1] = (byte) 0xD9;
    return jpeg;
  }

  /** One named write: what, then its arguments (the appointment's id first). */
  static List<Object> saved(Object... call) {
    return Arrays.asList(call);
  }

  record Event(String id, String peristiwa, String keterangan, String by) {}

  /** The appointments and their history; every named write is kept as {@link #saved}. */
  static final class Appointments extends AppointmentRepository {

    private final Map<String, Pengangkatan> rows = new LinkedHashMap<>();
    final List<List<Object>> saved = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    Appointments(Pengangkatan... appointments) {
      super(null, CLOCK);
      for (Pengangkatan p : appointments) {
        rows.put(p.id(), p);
      }
    }

    /** The history of one appointment, each event as "PERISTIWA: keterangan". */
    List<String> history(String id) {
      return events.stream().filter(e -> e.id().equals(id)).map(e -> e.peristiwa() + ": " + e.keterangan()).toList();
    }

    private void save(Object... call) {
      saved.add(Arrays.asList(call));
    }

    @Override
    Optional<Pengangkatan> find(String id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    List<Pengangkatan> ofPeriode(String periodeId) {
      return rows.values().stream().filter(p -> p.periodeId().equals(periodeId)).toList();
    }

    @Override
    Optional<String> replacementOf(String id) {
      return rows.values().stream().filter(p -> id.equals(p.penggantiDari())).map(Pengangkatan::id).findFirst();
    }

    @Override
    void insert(String id, JenisAsn jenis, String periodeId, String nomorPeserta, String instansi, String kodeFormasi,
        int peringkat, String penggantiDari, Instant now) {
      save("insert", id, jenis, periodeId, nomorPeserta, instansi, kodeFormasi, peringkat, penggantiDari, now);
      AnAppointment row = jenis == JenisAsn.PPPK ? AnAppointment.pppk() : AnAppointment.cpns();
      rows.put(id, row.candidate(nomorPeserta, peringkat).replacing(penggantiDari).build());
    }

    @Override
    void event(String id, String peristiwa, String keterangan, String by) {
      events.add(new Event(id, peristiwa, keterangan, by));
    }

    @Override
    void recordCallUp(String id, LocalDate notice, LocalDate batasDokumen) {
      save("recordCallUp", id, notice, batasDokumen);
    }

    @Override
    void moveDocumentsDeadline(String id, LocalDate batasDokumen) {
      save("moveDocumentsDeadline", id, batasDokumen);
    }

    @Override
    void grantDistanceDays(String id, int totalWorkingDays) {
      save("grantDistanceDays", id, totalWorkingDays);
    }

    @Override
    void moveToStage(String id, AppointmentStatus stage) {
      save("moveToStage", id, stage);
    }

    @Override
    void recordReplacementDecree(String id, String nomor, LocalDate tanggal, String nomorLaporan,
        LocalDate tanggalLaporan, String pengumuman, LocalDate disampaikan) {
      save("recordReplacementDecree", id, nomor, tanggal, nomorLaporan, tanggalLaporan, pengumuman, disampaikan);
    }

    @Override
    void recordDismissalDecree(String id, String nomor, LocalDate tanggal, LocalDate tembusanBkn, String tembusanLain) {
      save("recordDismissalDecree", id, nomor, tanggal, tembusanBkn, tembusanLain);
    }

    @Override
    void markDeemedNotQualified(String id) {
      save("markDeemedNotQualified", id);
    }

    @Override
    void markNotQualified(String id) {
      save("markNotQualified", id);
    }

    @Override
    void askToCompleteDocuments(String id, LocalDate batasDokumen) {
      save("askToCompleteDocuments", id, batasDokumen);
    }

    @Override
    void recordUsulData(String id, String tempatLahir, String agama, LocalDate tmt) {
      save("recordUsulData", id, tempatLahir, agama, tmt);
    }

    @Override
    void awaitCollectiveProposal(String id) {
      save("awaitCollectiveProposal", id);
    }

    @Override
    boolean joinCollectiveProposal(String id, String kolektifId) {
      save("joinCollectiveProposal", id, kolektifId);
      return true;
    }

    @Override
    void recordNipProposal(String id, String usulId, LocalDate tanggalUsul) {
      save("recordNipProposal", id, usulId, tanggalUsul);
    }

    @Override
    void markCorrectionSent(String id) {
      save("markCorrectionSent", id);
    }

    @Override
    void markNumberLate(String id) {
      save("markNumberLate", id);
    }

    @Override
    void markNoNumber(String id, String keterangan) {
      save("markNoNumber", id, keterangan);
    }

    @Override
    void recordNumber(String id, String nomorInduk, LocalDate received) {
      save("recordNumber", id, nomorInduk, received);
    }

    @Override
    void markUsulRefused(String id, String keterangan) {
      save("markUsulRefused", id, keterangan);
    }

    @Override
    void recordCalonPppkDecree(String id, String nomor, LocalDate tanggal) {
      save("recordCalonPppkDecree", id, nomor, tanggal);
    }

    @Override
    void recordCpnsDecree(String id, String nomor, LocalDate tanggal, String golonganRuang, long gajiPokok,
        long gajiCpns, int masaKerjaBulan) {
      save("recordCpnsDecree", id, nomor, tanggal, golonganRuang, gajiPokok, gajiCpns, masaKerjaBulan);
    }

    @Override
    void recordDecreeDelivered(String id, LocalDate diserahkan, LocalDate tembusan, String tembusanLain) {
      save("recordDecreeDelivered", id, diserahkan, tembusan, tembusanLain);
    }

    @Override
    void recordSpmt(String id, String nomor, LocalDate tanggal) {
      save("recordSpmt", id, nomor, tanggal);
    }

    @Override
    void recordProbationResult(String id, String hasilLatsar, String hasilKesehatan) {
      save("recordProbationResult", id, hasilLatsar, hasilKesehatan);
    }

    @Override
    void recordPnsDecree(String id, String nomor, LocalDate tanggal, LocalDate tmtPns) {
      save("recordPnsDecree", id, nomor, tanggal, tmtPns);
    }

    @Override
    void recordOath(String id, LocalDate tanggal, String nomorBeritaAcara, String beritaAcaraSha256) {
      save("recordOath", id, tanggal, nomorBeritaAcara, beritaAcaraSha256);
    }

    @Override
    void recordPppkAgreement(String id, String nomorPerjanjian, LocalDate tanggalPerjanjian, String nomorSk,
        LocalDate tanggalSk) {
      save("recordPppkAgreement", id, nomorPerjanjian, tanggalPerjanjian, nomorSk, tanggalSk);
    }

    @Override
    void recordSentToBkn(String id, LocalDate delivered, LocalDate sent, boolean done) {
      save("recordSentToBkn", id, delivered, sent, done);
    }

    @Override
    void recordOathOfOffice(String id, LocalDate tanggal, String nomorBeritaAcara) {
      save("recordOathOfOffice", id, tanggal, nomorBeritaAcara);
    }

    @Override
    void recordLeaving(String id, CandidateExit.Decision decision, LocalDate tanggal, String bukti,
        LocalDate batasLaporanPenggantian) {
      save("recordLeaving", id, decision, tanggal, bukti, batasLaporanPenggantian);
    }

    @Override
    void dismissAfterProbation(String id, DismissalGround ground) {
      save("dismissAfterProbation", id, ground);
    }

    @Override
    void markDismissed(String id) {
      save("markDismissed", id);
    }

    @Override
    void markReplaced(String id) {
      save("markReplaced", id);
    }

    @Override
    void markNipCancelled(String id) {
      save("markNipCancelled", id);
    }
  }

  /** The recruitment's side: one candidate, a formasi that is or is not a JPT, and who is next in rank. */
  static final class Candidates extends CandidateRepository {

    boolean jpt;
    Map<String, Object> next;

    Candidates() {
      super(null);
    }

    @Override
    Kandidat candidate(Pengangkatan p) {
      return KANDIDAT;
    }

    @Override
    boolean isJpt(Pengangkatan p) {
      return jpt;
    }

    @Override
    Optional<Map<String, Object>> nextInRank(String periodeId, String kodeFormasi) {
      return Optional.ofNullable(next);
    }
  }

  /** The documents handed in (type → {sha256, file name}) and the reviews of each round. */
  static final class Documents extends AppointmentDocumentRepository {

    final Map<DocumentType, String[]> files = new LinkedHashMap<>();
    final List<String> reviews = new ArrayList<>();
    int lastRound;

    Documents() {
      super(null);
    }

    /** Every document a usul of this kind needs, valid by its bytes, kept in the store. */
    Documents handedIn(JenisAsn jenis, Store store) {
      for (DocumentType type : DocumentType.requiredFor(jenis)) {
        byte[] content = type.format() == DocumentType.Format.JPEG ? jpeg(type.name()) : pdf(type.name());
        files.put(type, new String[] {store.put(content), type.name().toLowerCase() + ".pdf"});
      }
      return this;
    }

    @Override
    Map<DocumentType, String[]> documents(String id) {
      return files;
    }

    @Override
    int nextRound(String id) {
      return lastRound + 1;
    }

    @Override
    void review(String id, int round, DocumentReview review, String by, Instant at) {
      reviews.add(round + " " + review.dokumen() + " " + review.status() + " by " + by + " at " + at);
    }
  }

  /** Bytes by a made-up address. */
  static final class Store implements DocumentStore {

    final Map<String, byte[]> bytes = new HashMap<>();

    @Override
    public String put(byte[] content) {
      String sha256 = "sha-" + (bytes.size() + 1);
      bytes.put(sha256, content);
      return sha256;
    }

    @Override
    public byte[] get(String sha256) {
      return bytes.get(sha256);
    }

    @Override
    public boolean contains(String sha256) {
      return bytes.containsKey(sha256);
    }
  }

  /** The usul over the fakes' documents; what is sent to the Kantor Regional is kept, not sent. */
  static final class Usul extends AppointmentUsul {

    final List<String> sent = new ArrayList<>();

    Usul(Candidates candidates, Documents documents, Store store) {
      super(candidates, documents, store, null);
    }

    @Override
    String submit(Pengangkatan p) {
      sent.add("submit " + p.id());
      return "USUL-1";
    }

    @Override
    void correct(Pengangkatan p, String by) {
      sent.add("correct " + p.usulId() + " by " + by);
    }
  }

  /** The processes started and told, as lines. */
  static final class Workflow implements AppointmentWorkflow {

    final List<String> told = new ArrayList<>();

    @Override
    public void start(Pengangkatan appointment) {
      told.add("start " + appointment.id() + " " + appointment.jenis());
    }

    @Override
    public void startReplacement(Pengangkatan replacement, LocalDate reportDue) {
      told.add("start " + replacement.id() + " " + replacement.jenis() + " replacing, report due " + reportDue);
    }

    @Override
    public void documentsHandedIn(String appointmentId) {
      told.add("documentsHandedIn " + appointmentId);
    }

    @Override
    public void collectiveProposalSent(String appointmentId) {
      told.add("collectiveProposalSent " + appointmentId);
    }

    @Override
    public void deadlineExtended(String appointmentId) {
      told.add("deadlineExtended " + appointmentId);
    }

    @Override
    public void candidateLeft(String appointmentId, CandidateExit.Consequence consequence) {
      told.add("candidateLeft " + appointmentId + " " + consequence);
    }
  }
}
