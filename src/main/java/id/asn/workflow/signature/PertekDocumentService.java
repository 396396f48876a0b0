package id.asn.workflow.signature;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.kernel.document.ContentHash;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.numbering.SequenceCounter;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.PertekLookup;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.signature.PertekContent.LegalBasis;
import id.asn.workflow.signature.PertekRepository.PertekRecord;
import id.asn.workflow.signature.SignatureConfiguration.DocumentProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Pertek as a document: drafts it as a PDF with a number from the per-year counter, signs the very
 * draft the signer saw (PAdES), keeps both files by hash, and answers who may read what and whether a file
 * is genuine. Every write happens in the transaction of the engine's step that calls it.
 */
@Service
@Transactional
class PertekDocumentService implements PertekDocuments, PertekLookup {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final PertekRepository repository;
  private final SequenceCounter counters;
  private final PertekNumberPattern numberPattern;
  private final PertekRenderer renderer;
  private final PadesSigner signer;
  private final PertekValidator validator;
  private final SignerKeys keys;
  private final DocumentStore store;
  private final UserDirectory users;
  private final DocumentProperties document;
  private final PublicUrl publicUrl;
  private final SignerBlock signerBlock;
  private final TimeLimits timeLimits;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PertekDocumentService(PertekRepository repository, SequenceCounter counters, PertekNumberPattern numberPattern,
      PertekRenderer renderer, PadesSigner signer, PertekValidator validator, SignerKeys keys, DocumentStore store,
      UserDirectory users, DocumentProperties document, PublicUrl publicUrl, SignerBlock signerBlock,
      TimeLimits timeLimits, Clock clock) {
    this.timeLimits = timeLimits;
    this.repository = repository;
    this.counters = counters;
    this.numberPattern = numberPattern;
    this.renderer = renderer;
    this.signer = signer;
    this.validator = validator;
    this.keys = keys;
    this.store = store;
    this.users = users;
    this.document = document;
    this.publicUrl = publicUrl;
    this.signerBlock = signerBlock;
    this.clock = clock;
  }

  @Override
  public Draft draft(UsulNi usul, String golonganRuang) {
    if (usul.nomorInduk() == null) {
      throw new IllegalStateException("Usul " + usul.id() + " belum memiliki Nomor Induk; konsep Pertek belum dapat disusun");
    }
    LocalDate today = LocalDate.now(clock.withZone(Deadline.ZONE));
    String instansi = users.groupName(Groups.instansiGroup(usul.instansi())).orElse(usul.instansi());
    Optional<PertekRecord> existing = repository.findForUpdate(usul.id());
    if (existing.isPresent() && existing.get().signed()) {
      throw new IllegalStateException("Pertek " + existing.get().nomor() + " sudah ditandatangani; konsepnya tidak diubah lagi");
    }
    String nomor;
    String kode;
    if (existing.isPresent()) {
      // returned by the signer and verified again: same number, same QR code, today's date and current data
      nomor = existing.get().nomor();
      kode = existing.get().kodeVerifikasi();
    } else {
      long urutan = counters.next(PertekNumberPattern.counterName(today.getYear()));
      nomor = numberPattern.format(urutan, today);
      kode = VerificationCode.generate(random);
      String sha256 = store.put(renderer.render(content(usul, golonganRuang, nomor, today, kode, instansi)));
      repository.insertDraft(usul.id(), nomor, today.getYear(), urutan, today, kode, instansi, sha256);
      return new Draft(nomor, today, draftUrl(usul.id()));
    }
    String sha256 = store.put(renderer.render(content(usul, golonganRuang, nomor, today, kode, instansi)));
    repository.updateDraft(usul.id(), today, instansi, sha256);
    return new Draft(nomor, today, draftUrl(usul.id()));
  }

  private PertekContent content(UsulNi usul, String golonganRuang, String nomor, LocalDate tanggal, String kode,
      String instansi) {
    return new PertekContent(nomor, tanggal, document.kantor(), instansi, usul.jenisAsn(),
        LegalBasis.applicable(document.dasarHukum(), usul.jenisAsn()), usul.nama(), usul.nomorPeserta(),
        usul.tempatLahir(), usul.tanggalLahir(), usul.jenisKelamin(), usul.pendidikan(), usul.jabatan(), usul.unitKerja(),
        usul.tmt(), golonganRuang, usul.nomorInduk(), verificationUrl(kode),
        timeLimits.of("penetapanKeputusan").in(TimeLimit.Satuan.HARI_KERJA));
  }

  @Override
  public Signed sign(String usulId, String signerId) {
    PertekRecord pertek = repository.findForUpdate(usulId)
        .orElseThrow(() -> new IllegalStateException("Usul " + usulId + " belum memiliki konsep Pertek untuk ditandatangani"));
    if (pertek.signed()) {
      return new Signed(pertek.nomor(), pertek.tanggal(), signedUrl(usulId), pertek.penandatangan(), false);
    }
    SigningKey key = keys.keyOf(signerId);
    // whole seconds: the time in the PDF, the database and the verification page read the same
    Instant signedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    byte[] draft = store.get(pertek.sha256Konsep());
    SignerBlock.Official official = signerBlock.of(signerId, signedAt.atZone(JAKARTA).toLocalDate());
    byte[] signed = signer.sign(draft, key, signedAt, new PadesSigner.Details(
        "Persetujuan Teknis Penetapan NI " + pertek.jenisAsn() + " nomor " + pertek.nomor(), document.kantor().kota(),
        verificationUrl(pertek.kodeVerifikasi())), SignerBlock.appearance(draft, official));
    String sha256 = store.put(signed);
    repository.recordSignature(usulId, sha256, signerId, official, signer.level().toString(), signedAt);
    return new Signed(pertek.nomor(), pertek.tanggal(), signedUrl(usulId), signerId, true);
  }

  @Override
  @Transactional
  public void revoke(String usulId, String alasan) {
    repository.revoke(usulId, alasan, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PertekRef> findByUsulId(String usulId) {
    return repository.find(usulId).filter(PertekRecord::signed)
        .map(p -> new PertekRef(p.nomor(), p.tanggal(), signedUrl(usulId)));
  }

  /** A stored Pertek file with the number to name it by. */
  record PertekFile(String nomor, String sha256, byte[] content) {}

  @Transactional(readOnly = true)
  Optional<PertekFile> signedFile(String usulId) {
    return repository.find(usulId).filter(PertekRecord::signed)
        .map(p -> new PertekFile(p.nomor(), p.sha256Ditandatangani(), store.get(p.sha256Ditandatangani())));
  }

  @Transactional(readOnly = true)
  Optional<PertekFile> draftFile(String usulId) {
    return repository.find(usulId).map(p -> new PertekFile(p.nomor(), p.sha256Konsep(), store.get(p.sha256Konsep())));
  }

  /** Validates any PDF; a genuine Pertek is also found in the register by its hash or its signed revision's. */
  @Transactional(readOnly = true)
  public VerificationResult verify(byte[] pdf) {
    PertekValidator.Outcome outcome = validator.validate(pdf);
    Optional<PertekRecord> registered = repository.findSignedByHash(ContentHash.sha256(pdf));
    if (registered.isEmpty() && outcome.sha256RevisiDitandatangani() != null) {
      registered = repository.findSignedByHash(outcome.sha256RevisiDitandatangani());
    }
    return VerificationResult.of(outcome, registered.map(p -> new VerificationResult.Registered(p.nomor(),
        p.nomorInduk(), verificationUrl(p.kodeVerifikasi()), p.dicabut(), p.alasanPencabutan())).orElse(null));
  }

  /** The registered facts of a signed Pertek, by its QR code; nothing for an unknown code or an unsigned draft. */
  @Transactional(readOnly = true)
  Optional<VerificationPage.Facts> publicFacts(String kode) {
    if (!VerificationCode.isWellFormed(kode)) {
      return Optional.empty();
    }
    return repository.findByKode(kode).filter(PertekRecord::signed).map(p -> new VerificationPage.Facts(p.nomor(),
        p.tanggal(), p.jenisAsn(), p.nama(), NikMask.mask(p.nik()), p.nomorInduk(), p.namaInstansi(),
        p.namaPenandatangan(), p.nipPenandatangan(), p.jabatanPenandatangan(), p.waktuTandaTangan(), p.tingkat(),
        p.sha256Ditandatangani(), p.dicabut(), p.alasanPencabutan()));
  }

  String verificationUrl(String kode) {
    return publicUrl.verification(kode);
  }

  static String draftUrl(String usulId) {
    return "/api/pertek/" + usulId + "/konsep.pdf";
  }

  static String signedUrl(String usulId) {
    return "/api/pertek/" + usulId + ".pdf";
  }
}
