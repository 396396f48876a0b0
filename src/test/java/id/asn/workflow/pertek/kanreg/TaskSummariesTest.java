package id.asn.workflow.pertek.kanreg;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.JenisAsn;
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

  @Test
  void theFormShowsTheSelectionAndTheCoveringLetterWithItsSignerAndLinks() {
    CollectiveProposal letter = new CollectiveProposal("k1", "KabBatang", JenisAsn.PNS, "800/123/2025",
        LocalDate.of(2025, 5, 20), "Drs. Suharto", "197001011995031001", "Kepala BKPSDM",
        CollectiveProposal.TingkatJabatan.JPT_PRATAMA, "a", "b", Map.of("24110320110001", "Sari"));

    String md = TaskSummaries.verification(USUL, new SelectionReference("KabBatang-2025", "F1",
        new BigDecimal("80.7000"), 1), letter, List.of(), List.of(), "III/a").replace("\\", "");

    assertThat(md).contains("**Kode formasi:** F1", "**Nilai akhir:** 80.7\n", "**Peringkat:** 1")
        .contains("**Surat pengantar:** [nomor 800/123/2025 tanggal 2025-05-20](/api/usul-ni-kolektif/k1/surat-pengantar.pdf), "
            + "ditandatangani Drs. Suharto, NIP 197001011995031001, Kepala BKPSDM (Jabatan Pimpinan Tinggi Pratama)")
        .contains("**Daftar nominatif:** [1 peserta](/api/usul-ni-kolektif/k1/daftar-nominatif.csv)");
  }

  @Test
  void aUsulSentAloneWithoutAReferenceSaysSo() {
    String md = TaskSummaries.verification(USUL, null, null, List.of(), List.of(), "III/a");

    assertThat(md).contains("(usul tidak memuat periode dan formasi)", "(usul dikirim sendiri, bukan dalam usul kolektif)");
  }
}
