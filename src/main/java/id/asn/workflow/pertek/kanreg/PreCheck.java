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
      ApplicantAge limits, PositionEducation positions) {
    List<Finding> findings = new ArrayList<>();
    findings.add(documents(usul.jenisAsn(), Set.copyOf(present)));
    findings.addAll(nik(usul));
    SelectionRecords.Facts facts = selection.facts();
    findings.add(age(usul, facts == null ? null : facts.tanggalMelamar(), facts == null ? null : facts.formasi(),
        limits));
    findings.add(education(usul.jabatan(), usul.pendidikan(), facts == null ? null : facts.formasi(), positions));
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

  /**
   * Education against the position, one rule: the qualification of the formasi the candidate was selected for when
   * the selection record gives it (Lampiran I IV.B.1, V.B); otherwise the lowest education of the functional
   * position's group ({@link PositionEducation}); otherwise the verifier judges it.
   */
  static Finding education(String jabatan, String pendidikan, SelectionRecords.Formasi formasi,
      PositionEducation positions) {
    if (formasi != null) {
      String kualifikasi = String.join(";", formasi.kualifikasi().stream().sorted().toList());
      return formasi.kualifikasi().contains(pendidikan)
          ? Finding.ok("Pendidikan", "Pendidikan " + pendidikan + " termasuk kualifikasi formasi " + formasi.kode()
              + " (" + kualifikasi + ").")
          : Finding.attention("Pendidikan", "Pendidikan " + pendidikan + " tidak termasuk kualifikasi formasi "
              + formasi.kode() + " (" + kualifikasi + ").");
    }
    Optional<PositionEducation.Kelompok> kelompok = PositionEducation.Kelompok.of(jabatan);
    if (kelompok.isEmpty()) {
      return Finding.ok("Pendidikan", "Pendidikan " + pendidikan + "; kesesuaian dengan jabatan \"" + jabatan
          + "\" tidak dapat dinilai otomatis, periksa formasi.");
    }
    PositionEducation.Requirement requirement = positions.of(kelompok.get());
    return requirement.diterima().contains(pendidikan)
        ? Finding.ok("Pendidikan", "Pendidikan " + pendidikan + " memenuhi " + requirement.uraian() + ".")
        : Finding.attention("Pendidikan", "Pendidikan " + pendidikan + " tidak memenuhi " + requirement.uraian() + ".");
  }
}
