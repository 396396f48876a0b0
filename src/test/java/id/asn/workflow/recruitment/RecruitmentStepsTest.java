package id.asn.workflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.ServiceTaskHandler.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import id.asn.workflow.support.ShippedTimeLimits;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The service tasks of pengadaanPns and pengadaanPppk on their own: no engine, no Spring, no database. */
class RecruitmentStepsTest {

  static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  final SeleksiRepository periods = mock(SeleksiRepository.class);
  final SeleksiService service = mock(SeleksiService.class);

  static Periode periode(String id, JenisSeleksi jenis) {
    return new Periode(id, "KabBatang", 2026, "UMUMKAN_HASIL_AKHIR", null, null, null, null, null, null,
        LocalDate.of(2026, 10, 1), null, jenis);
  }

  static Step step(String id) {
    return new Step(id, "ServiceTask", "pi-1", new CompletionValues(Map.of()), LocalDate.of(2026, 12, 2), NOW);
  }

  @Test
  void theFinalResultIsRefreshedBeforeThePassingCandidatesAreHandedToTheirAppointment() {
    ScoreRepository scores = mock(ScoreRepository.class);
    SeleksiResults results = mock(SeleksiResults.class);
    Periode pppk = periode("KabBatang-2026-PPPK", JenisSeleksi.PPPK);
    when(service.get(pppk.id())).thenReturn(pppk);
    when(scores.handOff(pppk.id(), JenisSeleksi.PPPK, NOW)).thenReturn(12);

    assertThat(new HandOverCandidatesStep(periods, scores, service, results).run(step(pppk.id())).variables())
        .containsEntry(HandOverCandidatesStep.VAR_JUMLAH_DISERAHKAN, 12);
    InOrder order = inOrder(results, scores, periods);
    order.verify(results).refreshFinal(pppk);
    order.verify(scores).handOff(pppk.id(), JenisSeleksi.PPPK, NOW);
    order.verify(periods).setStatus(pppk.id(), "SELESAI");
    order.verify(periods).addEvent(eq(pppk.id()), eq("SERAH_PENGANGKATAN"), contains("12 peserta lulus diserahkan "
        + "ke pengangkatan calon PPPK"), eq(null), eq(NOW));
  }

  @Test
  void aFinalResultNotAnnouncedInThirtyDaysIsRecordedWithTheDayItArrived() {
    Periode pns = periode("KabBatang-2026", JenisSeleksi.PNS);
    when(service.get(pns.id())).thenReturn(pns);
    new RecordLateFinalResultStep(periods, service, ShippedTimeLimits.INSTANCE).run(step(pns.id()));
    verify(periods).addEvent(eq(pns.id()), eq("HASIL_AKHIR_TERLAMBAT"), contains("30 hari kalender setelah diterima "
        + "2026-10-01 (V.D.4.c.2)"), eq(null), eq(NOW));
  }
}
