package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.numbering.NikCheck;
import id.asn.workflow.pertek.UsulNi;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The automatic pre-check of a usul before Tim Pemroses sees it (RULES.md sections 1-4): required documents,
 * the NIK against birth date and gender, age at TMT, and education against the position. It informs the
 * verifier and decides nothing.
 */
public final class PreCheck {

  static final int PNS_MIN_AGE = 18;
  static final int PNS_MAX_AGE = 35;
  static final int PNS_MAX_AGE_NAMED_POSITIONS = 40;
  static final int PPPK_MIN_AGE = 20;
  /** One year before the lowest retirement age (58); positions with a higher one allow more. */
  static final int PPPK_MAX_AGE_LOWEST_BUP = 57;

  private PreCheck() {}

  public static List<Finding> check(UsulNi usul, Collection<DocumentType> present) {
    List<Finding> findings = new ArrayList<>();
    findings.add(documents(usul.jenisAsn(), Set.copyOf(present)));
    findings.addAll(nik(usul));
    findings.add(age(usul.jenisAsn(), usul.tanggalLahir(), usul.tmt()));
    findings.add(education(usul.jabatan(), usul.pendidikan()));
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

  static Finding age(JenisAsn jenisAsn, LocalDate birthDate, LocalDate tmt) {
    int age = Period.between(birthDate, tmt).getYears();
    String at = "Usia pada TMT " + tmt + ": " + age + " tahun";
    if (jenisAsn == JenisAsn.PNS) {
      if (age < PNS_MIN_AGE) {
        return Finding.attention("Usia", at + ", di bawah batas minimal " + PNS_MIN_AGE + " tahun.");
      }
      if (age > PNS_MAX_AGE_NAMED_POSITIONS) {
        return Finding.attention("Usia", at + ", melebihi batas " + PNS_MAX_AGE_NAMED_POSITIONS
            + " tahun untuk jabatan tertentu.");
      }
      if (age > PNS_MAX_AGE) {
        return Finding.attention("Usia", at + ", melebihi " + PNS_MAX_AGE
            + " tahun: hanya sah untuk jabatan yang ditetapkan Peraturan Presiden (paling tinggi "
            + PNS_MAX_AGE_NAMED_POSITIONS + " tahun).");
      }
      return Finding.ok("Usia", at + ", dalam batas " + PNS_MIN_AGE + "-" + PNS_MAX_AGE + " tahun.");
    }
    if (age < PPPK_MIN_AGE) {
      return Finding.attention("Usia", at + ", di bawah batas minimal " + PPPK_MIN_AGE + " tahun.");
    }
    if (age > PPPK_MAX_AGE_LOWEST_BUP) {
      return Finding.attention("Usia", at + ", melebihi 1 tahun sebelum BUP 58: periksa BUP jabatan (60 atau 65 "
          + "untuk jabatan tertentu).");
    }
    return Finding.ok("Usia", at + ", paling rendah " + PPPK_MIN_AGE + " tahun dan sebelum batas BUP.");
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
