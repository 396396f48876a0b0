package id.asn.workflow.recruitment;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.web.MarkdownText;
import id.asn.workflow.web.UploadPage;
import org.springframework.stereotype.Component;

/**
 * The overview of a period every recruitment task's form shows (what was imported, the schedule, the administrative
 * result while that stage is open): computed as a task is created and again after each import, so that an open
 * form never shows counts from before the import.
 */
@Component
class PeriodSummary {

  private final SeleksiRepository periods;
  private final CorrectionRepository corrections;
  private final UserDirectory users;

  PeriodSummary(SeleksiRepository periods, CorrectionRepository corrections, UserDirectory users) {
    this.periods = periods;
    this.corrections = corrections;
    this.users = users;
  }

  String of(Periode p) {
    StringBuilder text = new StringBuilder("#### Pengadaan " + p.jenis().label() + " " + instansiName(p) + " tahun "
        + p.tahun() + "\n");
    text.append("Formasi: ").append(periods.count("seleksi_formasi", p.id())).append("; pelamar: ")
        .append(periods.count("seleksi_pelamar", p.id()));
    if (p.pppk()) {
      text.append("; nilai kompetensi dan wawancara: ").append(periods.count("seleksi_nilai_kompetensi", p.id()));
    } else {
      text.append("; nilai SKD: ").append(periods.count("seleksi_nilai_skd", p.id())).append("; nilai SKB: ")
          .append(periods.count("seleksi_nilai_skb", p.id()));
    }
    text.append(".\n");
    text.append("Unggah CSV (tab baru): ").append(String.join(" · ", uploads(p))).append(".\n");
    if (p.jadwal() != null) {
      Jadwal j = p.jadwal();
      text.append("Jadwal: pengumuman ").append(date(j.pengumumanMulai())).append(" s.d. ")
          .append(date(j.pengumumanSelesai())).append("; pelamaran ditutup ").append(date(j.batasPelamaran()))
          .append("; seleksi administrasi ").append(date(j.seleksiAdministrasi())).append("; ")
          .append(p.pppk() ? "seleksi kompetensi " : "SKD ").append(date(j.tanggalSkd())).append("; ")
          .append(p.pppk() ? "wawancara " : "SKB ").append(date(j.tanggalSkb())).append(".\n");
    }
    if (Stage.SELEKSI_ADMINISTRASI.status().equals(p.status())) {
      int[] counts = corrections.administrativeCounts(p.id());
      text.append("Hasil seleksi administrasi menurut data: ").append(counts[0]).append(" memenuhi syarat, ")
          .append(counts[1]).append(" tidak memenuhi syarat (")
          .append(MarkdownText.link("rincian dan alasan", "/api/seleksi/" + p.id() + "/hasil-administrasi")).append(").\n");
    }
    return text.toString();
  }

  private static java.util.List<String> uploads(Periode p) {
    return java.util.Arrays.stream(ImportKind.values()).filter(kind -> kind.appliesTo(p))
        .map(kind -> UploadPage.link(kind.label(), "/api/seleksi/" + p.id() + "/" + kind.path())).toList();
  }

  /** The instansi by its group's name ("Pemerintah Kabupaten Batang"), not its code. */
  String instansiName(Periode p) {
    return users.groupName(Groups.instansiGroup(p.instansi())).orElse(p.instansi());
  }

  private static String date(java.time.LocalDate day) {
    return IndonesianText.date(day);
  }
}
