package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.ServiceTaskHandler.Result;
import id.asn.workflow.kernel.ServiceTaskHandler.Step;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulOutcomes;
import id.asn.workflow.pertek.UsulStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * The Kanreg's service tasks on their own: what each records and what it tells the appointment waiting for the
 * usul (the POS's outcomes MS, BTS, TMS and an expired correction). No engine, no Spring, no database.
 */
class KanregStepsTest {

  static final String ID = "usul-1";
  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  final PertekService pertek = mock(PertekService.class);
  final UsulOutcomes outcomes = mock(UsulOutcomes.class);

  static UsulNi usul(JenisAsn jenis, String nomorInduk) {
    return usul(jenis, UsulStatus.VERIFIKASI, nomorInduk, null);
  }

  static UsulNi usul(JenisAsn jenis, UsulStatus status, String nomorInduk, String alasan) {
    return new UsulNi(ID, "KabBatang", jenis, "24110320110001", "3325010101990001", "Sari", "Batang",
        LocalDate.of(1999, 1, 1), "P", "S1", "Guru", "Dinas", LocalDate.of(2026, 1, 1), "ISLAM", status,
        nomorInduk, alasan, Instant.EPOCH, Instant.EPOCH);
  }

  static Step step(Map<String, Object> variables) {
    return new Step(ID, "ServiceTask", "pi-1", new CompletionValues(variables), TODAY, Instant.EPOCH);
  }

  @Test
  void aPnsUsulIsPreCheckedWithItsStartingGolonganAndTheLastRoundsDecisionsAreCleared() {
    GolonganRuangTable golongan = mock(GolonganRuangTable.class);
    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PNS, null));
    when(golongan.of("S1")).thenReturn("III/a");
    when(pertek.preCheck(ID, "III/a")).thenReturn(new PertekService.PreCheckResult(List.of(
        new Finding("NIK", true, "sesuai"), new Finding("Usia", false, "melewati batas")), "ringkasan"));

    Result result = new PreCheckStep(pertek, golongan, mock(PertekStandards.class)).run(step(Map.of()));

    assertThat(result.variables()).containsEntry(VAR_JENIS_ASN, "PNS").containsEntry(VAR_GOLONGAN_RUANG, "III/a")
        .containsEntry(VAR_JUMLAH_TEMUAN, 1L);
    assertThat((String) result.variables().get(VAR_RINGKASAN_USUL)).startsWith("ringkasan")
        .contains("Bila dikembalikan hari ini (BTS)", "Tanpa batas waktu");
    assertThat(result.cleared()).containsExactlyInAnyOrder(VAR_HASIL_VERIFIKASI, VAR_ALASAN_VERIFIKASI, VAR_KEPUTUSAN,
        VAR_CATATAN);
  }

  @Test
  void aPppkUsulHasNoGolonganRuangAndItsVerifierSeesTheDeadlineABtsWouldGiveProvisionalIfSo() {
    GolonganRuangTable golongan = mock(GolonganRuangTable.class);
    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PPPK, null));
    when(pertek.preCheck(ID, null)).thenReturn(new PertekService.PreCheckResult(List.of(), "ringkasan"));
    PertekStandards standards = mock(PertekStandards.class);
    when(standards.batasPerbaikanHariKerja()).thenReturn(25);
    when(pertek.correctionDeadline(25, TODAY)).thenReturn(new Deadline(LocalDate.of(2027, 1, 8), true,
        DeadlineRule.workingDaysAfter(TODAY, 25)));

    Map<String, Object> variables = new PreCheckStep(pertek, golongan, standards).run(step(Map.of())).variables();

    assertThat(variables).containsEntry(VAR_GOLONGAN_RUANG, null).containsEntry(VAR_JENIS_ASN, "PPPK");
    assertThat((String) variables.get(VAR_RINGKASAN_USUL)).contains("sampai **8 Januari 2027** (25 hari kerja",
        "Tenggat ini sementara");
    verify(golongan, never()).of(any());
  }

  @Test
  void btsReturnsAPppkUsulWithItsCorrectionDeadlineAndTellsTheAppointmentWhy() {
    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PPPK, null));
    PertekStandards standards = mock(PertekStandards.class);
    when(standards.batasPerbaikanHariKerja()).thenReturn(25);
    Deadline deadline = new Deadline(LocalDate.of(2027, 1, 8), true, DeadlineRule.workingDaysAfter(TODAY, 25));
    when(pertek.requestCorrection(ID, "Ijazah tidak terbaca", 25, TODAY)).thenReturn(deadline);

    Result result = new RequestCorrectionStep(pertek, standards, outcomes)
        .run(step(Map.of(VAR_ALASAN_VERIFIKASI, "Ijazah tidak terbaca")));

    assertThat(result.variables()).containsEntry(VAR_BATAS_PERBAIKAN, deadline);
    verify(outcomes).decided(ID, UsulOutcomes.BTS, "Ijazah tidak terbaca", null);
  }

  @Test
  void btsReturnsAPnsUsulWithoutALimitAndClearsAnEarlierRoundsDeadline() {
    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PNS, null));
    PertekStandards standards = mock(PertekStandards.class);
    when(standards.pengingatPerbaikanPns()).thenReturn(Duration.ofDays(7));

    Result result = new RequestCorrectionStep(pertek, standards, outcomes)
        .run(step(Map.of(VAR_ALASAN_VERIFIKASI, "Ijazah tidak terbaca")));

    assertThat(result.variables()).doesNotContainKey(VAR_BATAS_PERBAIKAN);
    assertThat(result.cleared()).containsExactly(VAR_BATAS_PERBAIKAN);
    verify(pertek).requestOpenCorrection(ID, "Ijazah tidak terbaca", Duration.ofDays(7));
    verify(pertek, never()).requestCorrection(any(), any(), anyInt(), any());
    verify(outcomes).decided(ID, UsulOutcomes.BTS, "Ijazah tidak terbaca", null);
  }

  @Test
  void aWaitingPnsCorrectionIsRemindedAndAWithdrawnOneTellsTheAppointment() {
    new RemindCorrectionStep(pertek).run(step(Map.of()));
    verify(pertek).remindCorrection(ID);

    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PNS, UsulStatus.DITARIK, null, "Ditarik instansi: calon mundur"));
    new WithdrawnUsulStep(pertek, outcomes).run(step(Map.of()));
    InOrder order = inOrder(pertek, outcomes);
    order.verify(pertek).withdrawn(ID);
    order.verify(outcomes).decided(ID, UsulOutcomes.DITARIK, "Ditarik instansi: calon mundur", null);
  }

  @Test
  void aReminderIntervalReadsInIndonesian() {
    assertThat(PertekService.interval(Duration.ofDays(7))).isEqualTo("7 hari");
    assertThat(PertekService.interval(Duration.ofHours(36))).isEqualTo("36 jam");
    assertThat(PertekService.interval(Duration.ofMinutes(90))).isEqualTo("90 menit");
  }

  @Test
  void tmsRejectsWithTheVerifiersReason() {
    new RejectUsulStep(pertek, outcomes).run(step(Map.of(VAR_ALASAN_VERIFIKASI, "Bukan peserta lulus")));
    verify(pertek).reject(ID, "Bukan peserta lulus");
    verify(outcomes).decided(ID, UsulOutcomes.TMS, "Bukan peserta lulus", null);
  }

  @Test
  void theSignedPertekIsIssuedBeforeTheAppointmentHearsTheNomorInduk() {
    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PNS, "199901012026012001"));
    new SignPertekStep(pertek, outcomes).run(step(Map.of()));
    InOrder order = inOrder(pertek, outcomes);
    order.verify(pertek).issue(ID);
    order.verify(outcomes).decided(ID, UsulOutcomes.MS, null, "199901012026012001");
  }

  @Test
  void theDraftCarriesTheAllocatedNumberAndItsSummary() {
    when(pertek.draft(ID, "III/a")).thenReturn("konsep");
    when(pertek.usul(ID)).thenReturn(usul(JenisAsn.PNS, "199901012026012001"));
    assertThat(new DraftPertekStep(pertek).run(step(Map.of(VAR_GOLONGAN_RUANG, "III/a"))).variables())
        .containsEntry(VAR_NOMOR_INDUK, "199901012026012001").containsEntry(VAR_RINGKASAN_PERTEK, "konsep");
  }

  @Test
  void anExpiredCorrectionClosesTheUsul() {
    new ExpireUsulStep(pertek, outcomes).run(step(Map.of()));
    verify(pertek).expire(ID);
    verify(outcomes).decided(ID, UsulOutcomes.KEDALUWARSA, ExpireUsulStep.ALASAN, null);
  }
}
