package id.asn.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.ServiceTaskHandler.Result;
import id.asn.workflow.kernel.ServiceTaskHandler.Step;
import id.asn.workflow.numbering.SequenceCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service tasks of penyusunanKebutuhanAsn, each on its own: no engine, no Spring, no database. */
class PlanningStepsTest {

  static final String ID = "KabBatang-2026";
  static final LocalDate BATAS = LocalDate.of(2026, 3, 31);
  static final Instant BEFORE = ZonedDateTime.of(2026, 3, 31, 23, 0, 0, 0, SubmissionDeadline.ZONE).toInstant();
  static final Instant AFTER = ZonedDateTime.of(2026, 4, 1, 9, 0, 0, 0, SubmissionDeadline.ZONE).toInstant();

  final PlanningRepository plannings = mock(PlanningRepository.class);

  static Planning planning(boolean terlambat, Instant disampaikan, String nomorPertimbangan) {
    return new Planning(ID, "KabBatang", "Pemerintah Kabupaten Batang", null, 2026,
        LocalDate.of(2025, 12, 31), PlanningStatus.PENYAMPAIAN, false,
        BATAS, BATAS.minusDays(14), BATAS, terlambat, disampaikan, disampaikan, null, null, null, null, null,
        nomorPertimbangan, null, null, null);
  }

  static Step step(Instant now, Map<String, Object> variables) {
    return new Step(ID, "ServiceTask", "pi-1", new CompletionValues(variables), LocalDate.ofInstant(now,
        SubmissionDeadline.ZONE), now);
  }

  @Test
  void aFirstSubmissionAfterTheLastDayIsLateAndSaysSo() {
    when(plannings.get(ID)).thenReturn(planning(false, null, null));
    Result result = new RecordSubmissionStep(plannings).run(step(AFTER, Map.of()));
    assertThat(result.variables()).containsEntry(KebutuhanProcess.VAR_TERLAMBAT, true);
    verify(plannings).recordSubmission(ID, AFTER, true);
    verify(plannings).addEvent(eq(ID), eq("DISAMPAIKAN"), contains("(terlambat)"), eq(null), eq(AFTER));
  }

  @Test
  void aFirstSubmissionOnTheLastDayIsOnTime() {
    when(plannings.get(ID)).thenReturn(planning(false, null, null));
    assertThat(new RecordSubmissionStep(plannings).run(step(BEFORE, Map.of())).variables())
        .containsEntry(KebutuhanProcess.VAR_TERLAMBAT, false);
    verify(plannings).recordSubmission(ID, BEFORE, false);
  }

  @Test
  void aResubmissionAfterAReturnIsNotJudgedAgain() {
    when(plannings.get(ID)).thenReturn(planning(false, BEFORE, null));
    assertThat(new RecordSubmissionStep(plannings).run(step(AFTER, Map.of())).variables())
        .containsEntry(KebutuhanProcess.VAR_TERLAMBAT, false);
    verify(plannings).addEvent(eq(ID), eq("PERBAIKAN_DISAMPAIKAN"), anyString(), eq(null), eq(AFTER));
    verify(plannings).setReturnReason(ID, null);
  }

  @Test
  void theWarningGoesOutOncePerDeadlineAndNeverAfterTheSubmission() {
    DeadlineService deadlines = mock(DeadlineService.class);
    when(deadlines.warningWorkingDays()).thenReturn(10);
    WarnSubmissionDeadlineStep warn = new WarnSubmissionDeadlineStep(plannings, deadlines);

    when(plannings.get(ID)).thenReturn(planning(false, null, null));
    when(plannings.markWarned(ID, BATAS)).thenReturn(true, false);
    warn.run(step(BEFORE, Map.of()));
    warn.run(step(BEFORE, Map.of()));
    verify(plannings).addEvent(eq(ID), eq("PERINGATAN_TENGGAT"), contains("10 hari kerja lagi"), eq(null), eq(BEFORE));

    PlanningRepository submitted = mock(PlanningRepository.class);
    when(submitted.get(ID)).thenReturn(planning(false, BEFORE, null));
    new WarnSubmissionDeadlineStep(submitted, deadlines).run(step(BEFORE, Map.of()));
    verify(submitted, never()).markWarned(any(), any());
  }

  @Test
  void thePassedDeadlineMarksThePlanningLateOnceAndTheOpenFormShowsIt() {
    PlanningTasks tasks = mock(PlanningTasks.class);
    when(plannings.get(ID)).thenReturn(planning(false, null, null));
    when(plannings.markLate(ID)).thenReturn(true, false);
    when(tasks.instansiFormVariables(any())).thenReturn(Map.of(KebutuhanProcess.VAR_RINGKASAN_PENYUSUNAN, "ringkas"));
    MarkSubmissionLateStep late = new MarkSubmissionLateStep(plannings, tasks);

    assertThat(late.run(step(AFTER, Map.of())).variables()).containsEntry(KebutuhanProcess.VAR_TERLAMBAT, true)
        .containsEntry(KebutuhanProcess.VAR_RINGKASAN_PENYUSUNAN, "ringkas");
    late.run(step(AFTER, Map.of()));
    verify(plannings).addEvent(eq(ID), eq("TENGGAT_LEWAT"), anyString(), eq(null), eq(AFTER));
  }

  @Test
  void theTechnicalConsiderationGetsTheNextNumberOfTheYearAndKeepsItOnARetry() {
    SequenceCounter counter = mock(SequenceCounter.class);
    when(counter.next("pertimbangan-kebutuhan-2026")).thenReturn(7L);
    when(plannings.get(ID)).thenReturn(planning(false, BEFORE, null));
    IssueTechnicalConsiderationStep issue = new IssueTechnicalConsiderationStep(plannings, counter);

    assertThat(issue.run(step(AFTER, Map.of())).variables())
        .containsEntry(KebutuhanProcess.VAR_NOMOR_PERTIMBANGAN, "7/PERTEK-KEB/BKN/2026");
    verify(plannings).issue(ID, "7/PERTEK-KEB/BKN/2026", LocalDate.of(2026, 4, 1));

    PlanningRepository issued = mock(PlanningRepository.class);
    when(issued.get(ID)).thenReturn(planning(false, BEFORE, "7/PERTEK-KEB/BKN/2026"));
    SequenceCounter unused = mock(SequenceCounter.class);
    assertThat(new IssueTechnicalConsiderationStep(issued, unused).run(step(AFTER, Map.of())).variables())
        .containsEntry(KebutuhanProcess.VAR_NOMOR_PERTIMBANGAN, "7/PERTEK-KEB/BKN/2026");
    verify(unused, never()).next(anyString());
    verify(issued, never()).issue(any(), any(), any());
  }

  @Test
  void aReturnTellsTheInstansiWhy() {
    new ReturnProposalStep(plannings).run(step(AFTER, Map.of(KebutuhanProcess.VAR_ALASAN_PENGEMBALIAN,
        "Peta jabatan belum ditetapkan")));
    verify(plannings).setReturnReason(ID, "Peta jabatan belum ditetapkan");
    verify(plannings).addEvent(eq(ID), eq("DIKEMBALIKAN"), contains("Peta jabatan belum ditetapkan"), eq(null),
        eq(AFTER));
  }
}
