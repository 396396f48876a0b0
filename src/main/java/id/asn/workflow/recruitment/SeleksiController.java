package id.asn.workflow.recruitment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.calendar.DeadlineLedger;
import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.tabular.PdfReport;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.web.ImportJobs;
import id.asn.workflow.web.TableDownloads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The recruitment API of docs/api.md: a period is opened, its data imported by CSV, its results read per formasi
 * and rank as JSON, CSV ({@code csv}, {@code csv-id}: formula cells neutralised), XLSX or a PDF the committee posts.
 * Results stream from the database: no list of every applicant is built.
 */
@RestController
@RequestMapping("/api/seleksi")
class SeleksiController {

  /** A PDF is a notice to post: a period larger than this is posted per formasi ({@code ?kodeFormasi=}). */
  static final int MAX_PDF_ROWS = 20_000;

  private final SeleksiService service;
  private final SeleksiResults results;
  private final ObjectMapper json;
  private final DeadlineLedger ledger;
  private final ImportJobs jobs;
  private final Clock clock;

  SeleksiController(SeleksiService service, SeleksiResults results, ObjectMapper json, DeadlineLedger ledger,
      ImportJobs jobs, Clock clock) {
    this.service = service;
    this.results = results;
    this.json = json;
    this.ledger = ledger;
    this.jobs = jobs;
    this.clock = clock;
  }

  record NewPeriode(String instansi, Integer tahun, String jenis) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> start(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody NewPeriode body) {
    Periode periode = service.start(SeleksiAccess.of(user), body.instansi(), body.tahun(), body.jenis(),
        Instant.now(clock));
    return ResponseEntity.created(URI.create("/api/seleksi/" + periode.id()))
        .body(Map.of("id", periode.id(), "status", periode.status()));
  }

  @GetMapping("/{periode}")
  Map<String, Object> get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode) {
    Periode p = service.readable(SeleksiAccess.of(user), periode);
    Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put("id", p.id());
    view.put("instansi", p.instansi());
    view.put("tahun", p.tahun());
    view.put("jenis", p.jenis().name());
    view.put("status", p.status());
    view.put("jadwal", p.jadwal());
    view.put("tenggat", ledger.openOf(PengadaanProcess.DEADLINE_OWNER, p.id()));
    return view;
  }

  @PostMapping(path = "/{periode}/{jenis:formasi|pelamar|nilai-skd|nilai-skb|nilai-kompetensi}",
      consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  SeleksiService.Outcome importBody(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode,
      @PathVariable String jenis, @RequestBody byte[] body) {
    return service.importCsv(SeleksiAccess.of(user), periode, ImportKind.ofPath(jenis).orElseThrow(), body,
        Instant.now(clock));
  }

  /** The upload page's import: answered at once (202), run in the background, its state at /api/impor/{id}. */
  @PostMapping(path = "/{periode}/{jenis:formasi|pelamar|nilai-skd|nilai-skb|nilai-kompetensi}/latar",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportJobs.Job> importInBackground(@AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String periode, @PathVariable String jenis, @RequestPart("file") MultipartFile file)
      throws IOException {
    byte[] body = file.getBytes();
    ImportKind kind = ImportKind.ofPath(jenis).orElseThrow();
    return jobs.submit(user.id(), kind.label(), () -> service.importCsv(SeleksiAccess.of(user), periode, kind, body,
        Instant.now(clock)));
  }

  @PostMapping(path = "/{periode}/{jenis:formasi|pelamar|nilai-skd|nilai-skb|nilai-kompetensi}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  SeleksiService.Outcome importFile(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode,
      @PathVariable String jenis, @RequestPart("file") MultipartFile file) throws IOException {
    return service.importCsv(SeleksiAccess.of(user), periode, ImportKind.ofPath(jenis).orElseThrow(), file.getBytes(),
        Instant.now(clock));
  }

  @GetMapping("/{periode}/{hasil:hasil-administrasi|hasil-skd|hasil-akhir}")
  void hasil(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode, @PathVariable String hasil,
      @RequestParam(required = false) String format, @RequestParam(required = false) String kodeFormasi,
      HttpServletResponse response) throws IOException {
    Periode p = service.readable(SeleksiAccess.of(user), periode);
    Pengumuman pengumuman = switch (hasil) {
      case "hasil-administrasi" -> Pengumuman.ADMINISTRASI;
      case "hasil-skd" -> Pengumuman.SKD;
      default -> p.pppk() ? Pengumuman.AKHIR_PPPK : Pengumuman.AKHIR;
    };
    if (pengumuman == Pengumuman.SKD && p.pppk()) {
      throw Refusal.notFound("Periode " + p.id() + " adalah pengadaan PPPK: tidak ada SKD; lihat hasil-akhir");
    }
    String formasi = kodeFormasi == null || kodeFormasi.isBlank() ? null : kodeFormasi.strip();
    Consumer<Consumer<HasilRow>> rows = each -> {
      switch (pengumuman) {
        case ADMINISTRASI -> results.administrasi(p, formasi, each);
        case SKD -> results.skd(p, formasi, each);
        case AKHIR, AKHIR_PPPK -> results.akhir(p, formasi, each);
      }
    };
    String name = pengumuman.path() + "-" + p.id() + (formasi == null ? "" : "-" + formasi);
    String chosen = ExportFormat.choose(format, "json", "json", "pdf");
    Optional<ExportFormat> table = ExportFormat.of(chosen);
    if (table.isPresent()) {
      TableDownloads.stream(response, name, table.get(), pengumuman.kolom(),
          writer -> rows.accept(r -> writer.row(pengumuman.cells(r))));
    } else if (chosen.equals("pdf")) {
      writePdf(p, pengumuman, rows, name + ".pdf", response);
    } else {
      writeJson(p, pengumuman, rows, response);
    }
  }

  private void writeJson(Periode p, Pengumuman pengumuman, Consumer<Consumer<HasilRow>> rows,
      HttpServletResponse response) throws IOException {
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
      out.writeStartObject();
      out.writeStringField("periode", p.id());
      out.writeStringField("pengumuman", pengumuman.path());
      out.writeArrayFieldStart("formasi");
      // the rows come in formasi order: a formasi's object stays open until a row of the next one
      String[] current = {null};
      rows.accept(r -> {
        try {
          if (!r.kodeFormasi().equals(current[0])) {
            if (current[0] != null) {
              endFormasi(out);
            }
            current[0] = r.kodeFormasi();
            startFormasi(out, r);
          }
          writePeserta(out, pengumuman, r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      if (current[0] != null) {
        endFormasi(out);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
  }

  private static void startFormasi(JsonGenerator out, HasilRow r) throws IOException {
    out.writeStartObject();
    out.writeStringField("kodeFormasi", r.kodeFormasi());
    out.writeStringField("jabatan", r.jabatan());
    out.writeStringField("kualifikasiPendidikan", r.kualifikasiPendidikan());
    out.writeArrayFieldStart("peserta");
  }

  private static void endFormasi(JsonGenerator out) throws IOException {
    out.writeEndArray();
    out.writeEndObject();
  }

  /** One applicant; a score the announcement has no value for is left out, the final scores as the kind has them. */
  private static void writePeserta(JsonGenerator out, Pengumuman pengumuman, HasilRow r) throws IOException {
    out.writeStartObject();
    out.writeStringField("nomorPeserta", r.nomorPeserta());
    out.writeStringField("nama", r.nama());
    out.writeStringField("kategori", r.kategori());
    number(out, "twk", r.twk());
    number(out, "tiu", r.tiu());
    number(out, "tkp", r.tkp());
    number(out, "totalSkd", r.totalSkd());
    number(out, "teknis", r.teknis());
    number(out, "manajerialSosialKultural", r.manajerialSosialKultural());
    number(out, "wawancara", r.wawancara());
    if (pengumuman == Pengumuman.AKHIR_PPPK) {
      out.writeObjectField("nilaiAkhir", r.nilaiAkhir());
    } else if (r.nilaiSkb() != null || pengumuman == Pengumuman.AKHIR) {
      out.writeObjectField("nilaiSkb", r.nilaiSkb());
      out.writeObjectField("nilaiAkhir", r.nilaiAkhir());
    }
    number(out, "peringkat", r.peringkat());
    out.writeBooleanField("lulus", r.lulus());
    out.writeStringField("alasan", r.alasan());
    out.writeEndObject();
  }

  private static void number(JsonGenerator out, String field, Integer value) throws IOException {
    if (value != null) {
      out.writeNumberField(field, value);
    }
  }

  private void writePdf(Periode p, Pengumuman pengumuman, Consumer<Consumer<HasilRow>> rows, String fileName,
      HttpServletResponse response) throws IOException {
    List<String[]> cells = new ArrayList<>();
    rows.accept(r -> {
      if (cells.size() >= MAX_PDF_ROWS) {
        throw Refusal.invalid("kodeFormasi", "pengumuman lebih dari " + MAX_PDF_ROWS
            + " baris: unduh PDF per formasi (?kodeFormasi=...) atau gunakan format=csv, csv-id atau xlsx");
      }
      Object[] values = pengumuman.cells(r);
      String[] texts = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        texts[i] = Pengumuman.text(values[i]);
      }
      cells.add(texts);
    });
    byte[] pdf;
    try (PdfReport report = new PdfReport(pengumuman.judul() + " " + p.id(), "Panitia Seleksi Pengadaan "
        + p.jenis().label() + " " + p.instansi() + " tahun " + p.tahun(), true)) {
      report.title(pengumuman.judul());
      report.paragraph("Instansi " + p.instansi() + ", pengadaan " + p.jenis().label() + " tahun anggaran " + p.tahun()
          + ". Disusun menurut formasi dan peringkat" + (pengumuman == Pengumuman.ADMINISTRASI ? "; yang tidak lulus disertai keterangan"
          : "") + ".");
      report.space();
      Set<Integer> right = pengumuman == Pengumuman.ADMINISTRASI ? Set.of() : numberColumns(pengumuman);
      report.table(pengumuman.lebar(), pengumuman.kolom().toArray(String[]::new), cells, right);
      pdf = report.toBytes();
    }
    response.setContentType(MediaType.APPLICATION_PDF_VALUE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
        .filename(fileName, StandardCharsets.UTF_8).build().toString());
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private static Set<Integer> numberColumns(Pengumuman pengumuman) {
    Set<Integer> right = new java.util.HashSet<>();
    List<String> numeric = List.of("twk", "tiu", "tkp", "totalSkd", "nilaiSkb", "nilaiAkhir", "peringkat", "teknis",
        "manajerialSosialKultural", "wawancara");
    for (int i = 0; i < pengumuman.kolom().size(); i++) {
      if (numeric.contains(pengumuman.kolom().get(i))) {
        right.add(i);
      }
    }
    return right;
  }
}
