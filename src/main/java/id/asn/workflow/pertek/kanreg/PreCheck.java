package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.numbering.NikCheck;
import id.asn.workflow.pertek.SelectionRecords;
import id.asn.workflow.pertek.UsulNi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The automatic pre-check of a usul before Tim Pemroses sees it (RULES.md sections 1-4): required documents,
 * the NIK against birth date and gender, age on the day of application, education against the position, and the
 * selection the usul rests on ({@link SelectionCheck}). It informs the verifier and decides nothing.
 */
public final class PreCheck {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private PreCheck() {}

  static List<Finding> check(UsulNi usul, Collection<DocumentType> present, SelectionCheck.Selection selection,
      ApplicantAge limits) {
    List<Finding> findings = new ArrayList<>();
    findings.add(documents(usul.jenisAsn(), Set.copyOf(present)));
    findings.addAll(nik(usul));
    SelectionRecords.Facts facts = selection.facts();
    findings.add(age(usul, facts == null ? null : facts.tanggalMelamar(), facts == null ? null : facts.formasi(),
        limits));
    findings.add(education(usul.jabatan(), usul.pendidikan()));
    findings.addAll(SelectionCheck.check(usul, selection));
    return findings;
  }

  static Finding documents(JenisAsn jenisAsn, Set<DocumentType> present) {
    List<String> missing = DocumentType.requiredFor(jenisAsn).stream()
        .filter(type -> !present.contains(type))
        .map(DocumentType::label)
        .toList();
    if (missing.isEmpty()) {
      return Finding.ok("Kelengkapan dokumen", "Semua dokumen wajib ada.");
    }
    return Finding.attention("Kelengkapan dokumen", "Belum ada: " + String.join(", ", missing) + ".");
  }

  static List<Finding> nik(UsulNi usul) {
    List<String> disagreements = NikCheck.disagreements(usul.nik(), usul.tanggalLahir(), usul.jenisKelamin());
    if (disagreements.isEmpty()) {
      return List.of(Finding.ok("NIK", "Tanggal lahir dan jenis kelamin pada NIK sesuai data."));
    }
    return disagreements.stream().map(reason -> Finding.attention("NIK", reason)).toList();
  }

  /**
   * Age on the day of application ({@link ApplicantAge}, Lampiran I IV.B.1.a, II IV.B.1.a), with the formasi's
   * limit: PNS the general or the named positions' limit, PPPK the position's BUP minus the table's years. Without the application day (a usul the system cannot match to
   * a recorded application) the verifier is told to check it.
   */
  static Finding age(UsulNi usul, LocalDate applied, SelectionRecords.Formasi formasi, ApplicantAge limits) {
    LocalDate born = usul.tanggalLahir();
    if (applied == null) {
      LocalDate sent = usul.dibuat().atZone(JAKARTA).toLocalDate();
      return Finding.attention("Usia", "Tanggal melamar tidak tercatat: usia pada hari melamar (IV.B.1.a) tidak dapat "
          + "diperiksa otomatis; usia pada tanggal usul dikirim (" + sent + ") " + ApplicantAge.on(born, sent) + " tahun.");
    }
    int age = ApplicantAge.on(born, applied);
    String at = "Usia pada hari melamar " + applied + ": " + age + " tahun";
    if (usul.jenisAsn() == JenisAsn.PNS) {
      int max = formasi == null ? limits.pnsMax() : formasi.batasUsia();
      return limits.pnsProblem(born, applied, max)
          .map(problem -> Finding.attention("Usia", at + ": " + problem + "."))
          .orElseGet(() -> Finding.ok("Usia", at + ", dalam batas " + limits.pnsMin() + "-" + max + " tahun."));
    }
    Integer bup = formasi == null ? null : formasi.batasUsiaPensiun();
    Optional<String> problem = limits.pppkProblem(born, applied, bup);
    if (problem.isPresent()) {
      return Finding.attention("Usia", at + ": " + problem.get() + ".");
    }
    if (bup == null) {
      return Finding.attention("Usia", at + "; batas usia pensiun jabatan tidak diketahui: periksa usia paling tinggi "
          + limits.pppkYearsBeforeRetirement() + " tahun sebelum BUP jabatan.");
    }
    return Finding.ok("Usia", at + ", paling rendah " + limits.pppkMin() + " tahun dan paling lambat melamar "
        + limits.pppkLastDayToApply(born, bup) + " (BUP " + bup + " − " + limits.pppkYearsBeforeRetirement() + ").");
  }

  /** Entry levels of functional positions and the lowest education each accepts. */
  static Finding education(String jabatan, String pendidikan) {
    String position = jabatan.toLowerCase(Locale.ROOT);
    List<String> accepted;
    String level;
    if (position.contains("dokter")) {
      accepted = List.of("DOKTER", "S2", "S3");
      level = "jabatan dokter (ijazah dokter)";
    } else if (position.contains("apoteker")) {
      accepted = List.of("APOTEKER", "S2", "S3");
      level = "jabatan apoteker (ijazah apoteker)";
    } else if (position.contains("ahli")) {
      accepted = List.of("S1", "D4", "S2", "S3", "DOKTER", "APOTEKER");
      level = "jabatan fungsional keahlian (paling rendah S1/D4)";
    } else if (position.contains("terampil") || position.contains("mahir") || position.contains("penyelia")) {
      accepted = List.of("D3", "S1", "D4", "S2", "S3", "DOKTER", "APOTEKER");
      level = "jabatan fungsional keterampilan (paling rendah D3)";
    } else {
      return Finding.ok("Pendidikan", "Pendidikan " + pendidikan + "; kesesuaian dengan jabatan \"" + jabatan
          + "\" tidak dapat dinilai otomatis, periksa formasi.");
    }
    if (accepted.contains(pendidikan)) {
      return Finding.ok("Pendidikan", "Pendidikan " + pendidikan + " memenuhi " + level + ".");
    }
    return Finding.attention("Pendidikan", "Pendidikan " + pendidikan + " tidak memenuhi " + level + ".");
  }
}
