package id.asn.workflow.appointment;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.intake.CollectiveProposalForm;
import id.asn.workflow.pertek.intake.CollectiveProposalService;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.web.MultipartParts;
import id.asn.workflow.web.TableDownloads;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The appointments of CPNS (pengangkatanCpns) and of calon PPPK (pengangkatanPppk) for the instansi's operators and
 * the PPK; the kind follows the period's hand-off.
 */
@RestController
@RequestMapping("/api/pengangkatan")
class AppointmentController {

  private final AppointmentService service;
  private final CollectiveNipProposal collective;
  private final CallUpAnnouncement announcement;
  private final ObjectMapper mapper;

  AppointmentController(AppointmentService service, CollectiveNipProposal collective,
      CallUpAnnouncement announcement, ObjectMapper mapper) {
    this.service = service;
    this.collective = collective;
    this.announcement = announcement;
    this.mapper = mapper;
  }

  /** Starts an appointment for every candidate of the period handed over and not taken yet. */
  @PostMapping("/{periode}/mulai")
  Map<String, Object> start(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode) {
    List<String> started = service.startFromHandOff(AppointmentAccess.of(user), periode);
    return Map.of("periode", periode, "dimulai", started);
  }

  @GetMapping
  List<Pengangkatan> list(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam String periode) {
    return service.ofPeriode(AppointmentAccess.of(user), periode);
  }

  /** The call-up announcement of the period's candidates called and not yet announced (VI.A.1.a-b). */
  @PostMapping("/{periode}/pengumuman-panggilan")
  ResponseEntity<Map<String, Object>> announce(@AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String periode, @RequestParam(required = false) String instansi,
      @RequestBody(required = false) CallUpAnnouncementForm body) {
    CallUpNotice notice = announcement.announce(AppointmentAccess.of(user), periode, instansi, body);
    String url = "/api/pengangkatan/" + periode + "/pengumuman-panggilan/" + notice.id() + ".pdf";
    return ResponseEntity.created(URI.create(url)).body(Map.of("id", notice.id(), "nomorPengumuman", notice.nomor(),
        "tanggalPengumuman", notice.tanggal().toString(), "peserta", notice.peserta(), "dokumen", url));
  }

  @GetMapping(path = "/{periode}/pengumuman-panggilan/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> announcementPdf(@AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String periode, @PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"pengumuman-panggilan-" + periode + ".pdf\"")
        .body(announcement.pdf(AppointmentAccess.of(user), periode, id));
  }

  /**
   * The nominative list of the period's candidates waiting for the PPK's collective proposal, to sign a letter for:
   * CSV (default, the format sent back with the letter), {@code format=csv-id} or {@code format=xlsx}.
   */
  @GetMapping("/{periode}/usul-kolektif/daftar-nominatif.csv")
  ResponseEntity<byte[]> waitingList(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode,
      @RequestParam(required = false) String instansi, @RequestParam(required = false) String format) {
    ExportFormat chosen = ExportFormat.of(ExportFormat.choose(format, "csv")).orElseThrow();
    return TableDownloads.of("daftar-nominatif-" + periode, chosen,
        collective.nominativeList(AppointmentAccess.of(user), periode, instansi));
  }

  /** The signed covering letter with its list, as for POST /api/usul-ni-kolektif: the listed candidates' usul go. */
  @PostMapping(path = "/{periode}/usul-kolektif", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> sendCollective(@AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String periode, @RequestParam(required = false) String instansi, HttpServletRequest request) {
    CollectiveProposal proposal = collective.send(AppointmentAccess.of(user), periode, instansi,
        MultipartParts.json(request, "pengantar", mapper, CollectiveProposalForm.class, "data surat pengantar"),
        MultipartParts.bytes(request, CollectiveProposalService.SURAT),
        MultipartParts.bytes(request, CollectiveProposalService.DAFTAR));
    return ResponseEntity.created(URI.create("/api/usul-ni-kolektif/" + proposal.id()))
        .body(Map.of("usulKolektif", proposal.id(), "nomorSurat", proposal.nomorSurat(),
            "peserta", List.copyOf(proposal.peserta().keySet())));
  }

  @GetMapping("/{id}")
  Map<String, Object> get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return service.view(AppointmentAccess.of(user), id);
  }

  /** multipart/form-data, one file part per document, named by its type (as for POST /api/usul-ni). */
  @PostMapping(path = "/{id}/dokumen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Pengangkatan handIn(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
      MultipartHttpServletRequest request) {
    Map<DocumentType, UploadedDocument> documents = new EnumMap<>(DocumentType.class);
    for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
      DocumentType type = DocumentType.parse(part.getKey()).orElseThrow(() -> Refusal.invalid(part.getKey(),
          "jenis dokumen tidak dikenal; bagian dinamai jenisnya, mis. IJAZAH"));
      try {
        documents.put(type, new UploadedDocument(type, part.getValue().getOriginalFilename() == null ? type.name()
            : part.getValue().getOriginalFilename(), part.getValue().getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return service.handIn(AppointmentAccess.of(user), id, documents);
  }

  record Extension(Integer tambahanHariKerja, String alasan) {}

  @PostMapping("/{id}/tambahan-waktu")
  Pengangkatan extend(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
      @RequestBody Extension body) {
    return service.extend(AppointmentAccess.of(user), id, body.tambahanHariKerja(), body.alasan());
  }

  record Departure(String alasan, String tanggal, String bukti) {}

  @PostMapping("/{id}/berhenti")
  Map<String, Object> leave(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
      @RequestBody Departure body) {
    LocalDate tanggal = null;
    if (body.tanggal() != null && !body.tanggal().isBlank()) {
      try {
        tanggal = LocalDate.parse(body.tanggal().strip());
      } catch (DateTimeParseException e) {
        throw Refusal.invalid("tanggal", "'" + body.tanggal() + "' bukan tanggal yang sah (YYYY-MM-DD)");
      }
    }
    CandidateExit.Decision decision = service.leave(AppointmentAccess.of(user), id, body.alasan(), tanggal, body.bukti());
    return decision.kelas() == null
        ? Map.of("akibat", decision.akibat(), "alasan", decision.alasan())
        : Map.of("akibat", decision.akibat(), "alasan", decision.alasan(), "kelas", decision.kelas());
  }

  @GetMapping(path = "/{id}/berita-acara.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> oathRecord(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"berita-acara-sumpah-" + id + ".pdf\"")
        .body(service.oathRecord(AppointmentAccess.of(user), id));
  }
}
