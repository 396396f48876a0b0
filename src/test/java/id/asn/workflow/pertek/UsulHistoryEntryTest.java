package id.asn.workflow.pertek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsulHistoryEntryTest {

  private static final Instant AT = Instant.parse("2025-03-24T02:00:00Z");

  private static UsulHistoryEntry of(String type, String newValue) {
    return UsulHistoryEntry.ofProcess(new UsulProcessLog.Operation(AT, "pemroses1", type, "Verifikasi berkas", newValue));
  }

  @Test
  void theEnginesOperationsReadAsWhatTheOfficerDid() {
    assertThat(of("Claim", "pemroses1")).isEqualTo(new UsulHistoryEntry(AT, UsulHistoryEntry.PROSES, "KLAIM_TUGAS",
        "pemroses1", "mengklaim tugas Verifikasi berkas"));
    assertThat(of("Claim", null).jenis()).isEqualTo("LEPAS_KLAIM_TUGAS");
    assertThat(of("Complete", null).keterangan()).isEqualTo("menyelesaikan tugas Verifikasi berkas");
    assertThat(of("Assign", "pemroses2").keterangan()).isEqualTo("menugaskan tugas Verifikasi berkas kepada pemroses2");
    assertThat(of("Delegate", null).keterangan()).endsWith("kepada (tidak ada)");
  }

  @Test
  void anOperationWithoutAWordForItKeepsTheEnginesName() {
    assertThat(of("SetPriority", "50")).extracting(UsulHistoryEntry::jenis, UsulHistoryEntry::keterangan)
        .containsExactly("SETPRIORITY", "SetPriority Verifikasi berkas");
  }
}
