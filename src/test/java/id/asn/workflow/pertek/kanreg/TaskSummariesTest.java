package id.asn.workflow.pertek.kanreg;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the verifier's form shows besides the candidate: the selection and the collective proposal's letter. */
class TaskSummariesTest {

  private static final UsulNi USUL = new UsulNi("u1", "KabBatang", JenisAsn.PNS, "24110320110001", "3325015705980001",
      "Sari", "Batang", LocalDate.of(1998, 5, 17), "P", "S1", "Analis Kebijakan Ahli Pertama", "Bappeda",
      LocalDate.of(2026, 1, 1), "ISLAM", UsulStatus.VERIFIKASI, null, null, Instant.EPOCH, Instant.EPOCH);

  private static final TaskSummaries.Names NAMES = new TaskSummaries.Names("Pemerintah Kabupaten Batang",
      "Rina Pemroses, NIP 198801012012121001");

  private static final StoredDocument IJAZAH = new StoredDocument(1, "u1", DocumentType.IJAZAH, "abc", "ijazah.pdf",
      "application/pdf", 2048, true, Instant.EPOCH);

  @Test
  void theFormShowsNamesAndIndonesianDatesNotCodes() {
    String md = TaskSummaries.verification(USUL, null, null, List.of(), List.of(), "III/a", NAMES).replace("\\", "");

    assertThat(md).contains("**Instansi:** Pemerintah Kabupaten Batang", "Batang, 17 Mei 1998", "**TMT:** 1 Januari 2026",
        "**Agama:** Islam", "**Pendidikan:** Sarjana (S1)", "**Jenis kelamin:** Perempuan")
        .doesNotContain("KabBatang", "ISLAM", "1998-05-17");
  }

  @Test
  void documentsOpenInANewTabSoTheFormKeepsWhatWasChosen() {
    String md = TaskSummaries.verification(USUL, null, null, List.of(IJAZAH), List.of(), "III/a", NAMES);

    assertThat(md).contains("<a href=\"/api/usul-ni/u1/dokumen/IJAZAH\" target=\"_blank\">"
        + DocumentType.IJAZAH.label() + "</a> · ijazah\\.pdf · 2 KB");
  }

  @Test
  void theSignerSeesTheDocumentsAndTheFindingsTheVerifierAccepted() {
    List<Finding> findings = List.of(new Finding("Usia saat melamar", true, "sesuai"),
        new Finding("Kualifikasi pendidikan", false, "S1 tidak tercantum pada formasi"));
    String md = TaskSummaries.draft(USUL, "199805172026012001", "III/a", new PertekDocuments.Draft("P-1/2026",
        LocalDate.of(2026, 2, 3), "/api/pertek/u1/konsep.pdf"), List.of(IJAZAH), findings, NAMES).replace("\\", "");

    assertThat(md).contains("Buka konsep Pertek (PDF)</a>", "**Tanggal:** 3 Februari 2026",
        "**Nomor Induk baru:** 19980517 202601 2 001", "**Diverifikasi oleh:** Rina Pemroses, NIP 198801012012121001",
        "⚠ **Kualifikasi pendidikan**: S1 tidak tercantum pada formasi", "/api/usul-ni/u1/dokumen/IJAZAH")
        .doesNotContain("Usia saat melamar");
  }

  @Test
  void theFormShowsTheSelectionAndTheCoveringLetterWithItsSignerAndLinks() {
    CollectiveProposal letter = new CollectiveProposal("k1", "KabBatang", JenisAsn.PNS, "800/123/2025",
        LocalDate.of(2025, 5, 20), "Drs. Suharto", "197001011995031001", "Kepala BKPSDM",
        CollectiveProposal.TingkatJabatan.JPT_PRATAMA, "a", "b", Map.of("24110320110001", "Sari"));

    String md = TaskSummaries.verification(USUL, new SelectionReference("KabBatang-2025", "F1",
        new BigDecimal("80.7000"), 1), letter, List.of(), List.of(), "III/a", NAMES).replace("\\", "");

    assertThat(md).contains("**Kode formasi:** F1", "**Nilai akhir:** 80.7\n", "**Peringkat:** 1")
        .contains("**Surat pengantar:** <a href=\"/api/usul-ni-kolektif/k1/surat-pengantar.pdf\" target=\"_blank\">"
            + "nomor 800/123/2025 tanggal 20 Mei 2025</a>, "
            + "ditandatangani Drs. Suharto, NIP 197001011995031001, Kepala BKPSDM (Jabatan Pimpinan Tinggi Pratama)")
        .contains("**Daftar nominatif:** <a href=\"/api/usul-ni-kolektif/k1/daftar-nominatif.csv\" target=\"_blank\">"
            + "1 peserta</a>");
  }

  @Test
  void aUsulSentAloneWithoutAReferenceSaysSo() {
    String md = TaskSummaries.verification(USUL, null, null, List.of(), List.of(), "III/a", NAMES);

    assertThat(md).contains("(usul tidak memuat periode dan formasi)", "(usul dikirim sendiri, bukan dalam usul kolektif)");
  }
}
