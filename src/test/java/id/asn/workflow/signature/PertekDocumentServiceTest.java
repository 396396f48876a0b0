package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.PertekLookup;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.support.AppTest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Pertek as the process steps use it: one number per usul, one signature per Pertek, whatever is retried. */
@AppTest
class PertekDocumentServiceTest {

  private static final AtomicLong PARTICIPANTS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10_000);

  @Autowired PertekDocuments documents;
  @Autowired PertekLookup lookup;
  @Autowired PertekDocumentService service;
  @Autowired UsulRepository usulRepository;
  @Autowired DocumentStore store;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  /** A usul as the intake stores it, with the Nomor Induk the draft step allocates. */
  private UsulNi numberedUsul() {
    String id = UUID.randomUUID().toString();
    Instant now = Instant.now(clock);
    usulRepository.insert(new UsulNi(id, "KabBatang", JenisAsn.PNS, String.valueOf(PARTICIPANTS.incrementAndGet()),
        "3325015705980001", "Siti Aminah", "Batang", LocalDate.of(1998, 5, 17), "P", "S1",
        "Analis Kebijakan Ahli Pertama", "Badan Perencanaan Pembangunan Daerah", LocalDate.of(2025, 6, 1), "ISLAM",
        UsulStatus.TANDA_TANGAN, null, null, now, now));
    usulRepository.setNomorInduk(id, "199805172025062" + String.format("%03d", PARTICIPANTS.get() % 1000));
    return usulRepository.findById(id).orElseThrow();
  }

  private String row(String usulId, String column) {
    return jdbc.sql("select " + column + " from pertek where usul_id = ?").param(usulId).query(String.class).single();
  }

  @Test
  void aDraftTakesTheNextNumberOfTheYearAndNamesTheInstansi() throws IOException {
    int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
    PertekDocuments.Draft first = documents.draft(numberedUsul(), "III/a");
    PertekDocuments.Draft second = documents.draft(numberedUsul(), "III/a");

    long firstSequence = Long.parseLong(first.nomor().substring(0, 5));
    assertThat(first.nomor()).matches("\\d{5}/PERTEK-NI/KR\\.I/[IVX]+/" + year);
    assertThat(second.nomor()).isEqualTo(String.format("%05d", firstSequence + 1) + first.nomor().substring(5));
    assertThat(jdbc.sql("select nilai from penghitung where nama = ?").param("pertek/" + year).query(Long.class).single())
        .isGreaterThanOrEqualTo(firstSequence + 1);
    assertThat(first.konsepUrl()).matches("/api/pertek/[0-9a-f-]{36}/konsep\\.pdf");

    String usulId = first.konsepUrl().split("/")[3];
    try (PDDocument pdf = Loader.loadPDF(store.get(row(usulId, "sha256_konsep")))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Pemerintah Kabupaten Batang", first.nomor(), "III/a");
    }
  }

  @Test
  void aRedraftKeepsTheNumberAndTheVerificationCode() {
    UsulNi usul = numberedUsul();
    PertekDocuments.Draft first = documents.draft(usul, "III/a");
    String code = row(usul.id(), "kode_verifikasi");
    String draftHash = row(usul.id(), "sha256_konsep");

    PertekDocuments.Draft again = documents.draft(usul, "III/a");

    assertThat(again.nomor()).isEqualTo(first.nomor());
    assertThat(row(usul.id(), "kode_verifikasi")).isEqualTo(code);
    assertThat(row(usul.id(), "sha256_konsep")).as("same data, same day: the same draft").isEqualTo(draftHash);
  }

  @Test
  void signingTwiceSignsOnceAndStoresOneFile() {
    UsulNi usul = numberedUsul();
    documents.draft(usul, "III/a");

    PertekDocuments.Signed first = documents.sign(usul.id(), "penandatangan1");
    String hash = row(usul.id(), "sha256_ditandatangani");
    PertekDocuments.Signed retried = documents.sign(usul.id(), "penandatangan1");

    assertThat(first.baru()).isTrue();
    assertThat(retried.baru()).isFalse();
    assertThat(retried.nomor()).isEqualTo(first.nomor());
    assertThat(row(usul.id(), "sha256_ditandatangani")).isEqualTo(hash);
    assertThat(jdbc.sql("select count(*) from pertek where usul_id = ?").param(usul.id()).query(Integer.class).single())
        .isOne();
    byte[] signed = store.get(hash);
    VerificationResult verification = service.verify(signed);
    assertThat(verification.valid()).as(verification.toString()).isTrue();
    assertThat(verification.penandatangan()).isEqualTo("Bambang Suryono");
    assertThat(verification.nomorPertek()).isEqualTo(first.nomor());
    assertThat(verification.nomorInduk()).isEqualTo(usul.nomorInduk());
    assertThat(verification.terdaftar()).isTrue();
    assertThat(row(usul.id(), "penandatangan")).isEqualTo("penandatangan1");
    assertThat(row(usul.id(), "nama_penandatangan")).isEqualTo("Bambang Suryono");
  }

  @Test
  void aSignedPertekIsNotRedrafted() {
    UsulNi usul = numberedUsul();
    documents.draft(usul, "III/a");
    documents.sign(usul.id(), "penandatangan2");
    assertThatThrownBy(() -> documents.draft(usul, "III/a")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sudah ditandatangani");
  }

  @Test
  void signingWithoutADraftFails() {
    assertThatThrownBy(() -> documents.sign(numberedUsul().id(), "penandatangan1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("konsep Pertek");
  }

  @Test
  void theUsulDetailShowsThePertekOnceSigned() {
    UsulNi usul = numberedUsul();
    PertekDocuments.Draft draft = documents.draft(usul, "III/a");
    assertThat(lookup.findByUsulId(usul.id())).as("a draft is not an issued Pertek").isEmpty();

    documents.sign(usul.id(), "penandatangan1");

    assertThat(lookup.findByUsulId(usul.id())).hasValueSatisfying(ref -> {
      assertThat(ref.nomor()).isEqualTo(draft.nomor());
      assertThat(ref.tanggal()).isEqualTo(draft.tanggal());
      assertThat(ref.url()).isEqualTo("/api/pertek/" + usul.id() + ".pdf");
    });
  }

  @Test
  void theVerificationPageShowsTheRegisteredFactsWithTheNikMasked() {
    UsulNi usul = numberedUsul();
    PertekDocuments.Draft draft = documents.draft(usul, "III/a");
    String code = row(usul.id(), "kode_verifikasi");
    assertThat(service.publicFacts(code)).as("unsigned: nothing to show").isEmpty();

    documents.sign(usul.id(), "penandatangan1");

    VerificationPage.Facts facts = service.publicFacts(code).orElseThrow();
    assertThat(facts.nomor()).isEqualTo(draft.nomor());
    assertThat(facts.nikTersamar()).isEqualTo("3325********0001");
    assertThat(facts.penandatangan()).isEqualTo("Bambang Suryono");
    assertThat(facts.sha256()).isEqualTo(row(usul.id(), "sha256_ditandatangani"));
    assertThat(service.publicFacts("bukan-kode")).isEmpty();
  }

  @Test
  void aRevokedPertekSaysSoOnItsPageAndInItsVerificationAndKeepsTheFirstReason() {
    UsulNi usul = numberedUsul();
    documents.draft(usul, "III/a");
    documents.sign(usul.id(), "penandatangan1");
    String code = row(usul.id(), "kode_verifikasi");
    byte[] signed = service.signedFile(usul.id()).orElseThrow().content();
    assertThat(service.verify(signed).dicabut()).isFalse();

    documents.revoke(usul.id(), "Meninggal dunia setelah NIP ditetapkan");
    documents.revoke(usul.id(), "alasan kedua");

    VerificationPage.Facts facts = service.publicFacts(code).orElseThrow();
    assertThat(facts.dicabut()).isNotNull();
    assertThat(facts.alasanPencabutan()).isEqualTo("Meninggal dunia setelah NIP ditetapkan");
    assertThat(VerificationPage.found(facts)).contains("<strong>DICABUT</strong>")
        .doesNotContain("telah ditandatangani secara elektronik.</p>");
    VerificationResult result = service.verify(signed);
    assertThat(result.valid()).as("the signature itself is still valid").isTrue();
    assertThat(result.dicabut()).isTrue();
    assertThat(result.alasanPencabutan()).isEqualTo("Meninggal dunia setelah NIP ditetapkan");
    assertThat(result.pesan()).startsWith("Tanda tangan elektronik sah, tetapi Pertek ini telah DICABUT");
  }

  @Test
  void theSignedPertekPrintsTheSignersNameNipAndPositionUnderTheElectronicSignatureAndTheDraftStaysItsFirstRevision()
      throws IOException {
    UsulNi usul = numberedUsul();
    documents.draft(usul, "III/a");
    byte[] draft = store.get(row(usul.id(), "sha256_konsep"));
    try (PDDocument pdf = Loader.loadPDF(draft)) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Ditandatangani secara elektronik")
          .doesNotContain("Bambang Suryono");
    }

    documents.sign(usul.id(), "penandatangan1");
    byte[] signed = store.get(row(usul.id(), "sha256_ditandatangani"));

    assertThat(java.util.Arrays.copyOf(signed, draft.length)).as("the approved draft, byte for byte").isEqualTo(draft);
    assertThat(signatureText(signed)).contains("Ditandatangani secara elektronik", "oleh:", "Bambang Suryono",
        "NIP 197005121995031001", "Kepala Bidang Mutasi dan Status Kepegawaian");
    assertThat(service.verify(signed).valid()).isTrue();
    VerificationPage.Facts facts = service.publicFacts(row(usul.id(), "kode_verifikasi")).orElseThrow();
    assertThat(facts.nipPenandatangan()).isEqualTo("197005121995031001");
    assertThat(facts.jabatanPenandatangan()).isEqualTo("Kepala Bidang Mutasi dan Status Kepegawaian");
    assertThat(VerificationPage.found(facts)).contains("197005121995031001", "Kepala Bidang Mutasi dan Status Kepegawaian");
  }

  /** The page's text with the signature's appearance drawn into it, as a reader shows it. */
  private static String signatureText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getDocumentCatalog().getAcroForm().flatten();
      // the appearance wraps a long position: read it as one run of words
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
