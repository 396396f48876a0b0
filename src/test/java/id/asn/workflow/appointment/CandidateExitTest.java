package id.asn.workflow.appointment;

import id.asn.workflow.support.ShippedCpnsPayRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.appointment.CandidateExit.Consequence;
import id.asn.workflow.appointment.CandidateExit.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CandidateExitTest {

  private static final LocalDate TMT = LocalDate.of(2025, 6, 1);

  @Nested
  class BeforeTheNip {

    @ParameterizedTest
    @EnumSource(ExitReason.class)
    void everyReasonCallsTheNextInRank(ExitReason reason) {
      for (AppointmentStatus status : new AppointmentStatus[] {AppointmentStatus.PANGGILAN, AppointmentStatus.PEMERIKSAAN,
          AppointmentStatus.MELENGKAPI, AppointmentStatus.USUL_KOLEKTIF, AppointmentStatus.USUL_NIP,
          AppointmentStatus.PERBAIKAN_USUL}) {
        Decision decision = CandidateExit.decide(reason.name(), status, null, LocalDate.of(2025, 5, 6));
        assertThat(decision.akibat()).as(status.name()).isEqualTo(Consequence.PENGGANTIAN);
        assertThat(decision.kelas()).isNull();
      }
    }

    @Test
    void aViiBGroundNeedsADecree() {
      assertThatThrownBy(() -> CandidateExit.decide("DISIPLIN_BERAT", AppointmentStatus.PANGGILAN, null, TMT))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belum ditetapkan");
    }

    @Test
    void anUnknownReasonIsNamed() {
      assertThatThrownBy(() -> CandidateExit.decide("PINDAH", AppointmentStatus.PANGGILAN, null, TMT))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'PINDAH' tidak dikenal");
      assertThatThrownBy(() -> CandidateExit.decide(null, AppointmentStatus.PANGGILAN, null, TMT))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak dikenal");
    }
  }

  @Test
  void afterTheNipAndBeforeTheDecreeTheNipIsCancelled() {
    Decision decision = CandidateExit.decide("MENINGGAL_DUNIA", AppointmentStatus.NIP_TERBIT, null, TMT);
    assertThat(decision.akibat()).isEqualTo(Consequence.PEMBATALAN_NIP);
  }

  @Nested
  class AfterTheDecree {

    @Test
    void aResignationWithinTheProbationIsAnHonourableDismissalBarringNextYear() {
      Decision decision = CandidateExit.decide("MENGUNDURKAN_DIRI", AppointmentStatus.CPNS, new Probation(TMT, 1, 1), LocalDate.of(2025, 12, 31));
      assertThat(decision.akibat()).isEqualTo(Consequence.PEMBERHENTIAN);
      assertThat(decision.dasar()).isEqualTo(DismissalGround.MENGUNDURKAN_DIRI);
      assertThat(decision.kelas()).isEqualTo(DismissalClass.DENGAN_HORMAT);
      assertThat(decision.tahunDilarangMelamar()).isEqualTo(2026);
      assertThat(decision.tahunDilarangMelamarSampai()).isEqualTo(2026);
    }

    @Test
    void aResignationAfterTheProbationYearBarsNothing() {
      Decision decision = CandidateExit.decide("MENGUNDURKAN_DIRI", AppointmentStatus.CPNS, new Probation(TMT, 1, 1), LocalDate.of(2026, 6, 1));
      assertThat(decision.tahunDilarangMelamar()).isNull();
    }

    @Test
    void deathIsVIIB3d() {
      Decision decision = CandidateExit.decide("MENINGGAL_DUNIA", AppointmentStatus.CPNS, new Probation(TMT, 1, 1), LocalDate.of(2025, 8, 1));
      assertThat(decision.dasar()).isEqualTo(DismissalGround.MENINGGAL_DUNIA);
      assertThat(decision.tahunDilarangMelamar()).isNull();
    }

    @ParameterizedTest
    @EnumSource(DismissalGround.class)
    void everyViiBGroundKeepsTheClassTheRegulationGivesIt(DismissalGround ground) {
      AppointmentStatus status = ground == DismissalGround.TIDAK_BERSEDIA_SUMPAH
          ? AppointmentStatus.SK_PNS : AppointmentStatus.CPNS;
      Decision decision = CandidateExit.decide(ground.name(), status, new Probation(TMT, 1, 1), LocalDate.of(2025, 9, 1));
      assertThat(decision.dasar()).isEqualTo(ground);
      assertThat(decision.kelas()).isEqualTo(ground.kelas());
    }

    @Test
    void refusingTheOathIsAnHonourableDismissalAndAGroundOnlyOnceThePnsDecreeIsSet() {
      Decision decision = CandidateExit.decide("TIDAK_BERSEDIA_SUMPAH", AppointmentStatus.SK_PNS, new Probation(TMT, 1, 1),
          LocalDate.of(2026, 6, 5));
      assertThat(decision.akibat()).isEqualTo(Consequence.PEMBERHENTIAN);
      assertThat(decision.kelas()).isEqualTo(DismissalClass.DENGAN_HORMAT);
      assertThat(DismissalGround.TIDAK_BERSEDIA_SUMPAH.reference()).isEqualTo("VII.B.3.f");
      assertThatThrownBy(() -> CandidateExit.decide("TIDAK_BERSEDIA_SUMPAH", AppointmentStatus.CPNS, new Probation(TMT, 1, 1), TMT))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VII.B.2.g");
    }

    @Test
    void untilTheOathACpnsWithAPnsDecreeLeavesAsACpns() {
      Decision decision = CandidateExit.decide("MENINGGAL_DUNIA", AppointmentStatus.SK_PNS, new Probation(TMT, 1, 1),
          LocalDate.of(2026, 6, 2));
      assertThat(decision.akibat()).isEqualTo(Consequence.PEMBERHENTIAN);
      assertThat(decision.dasar()).isEqualTo(DismissalGround.MENINGGAL_DUNIA);
    }

    @Test
    void aCpnsCannotBeDeemedToResign() {
      assertThatThrownBy(() -> CandidateExit.decide("DIANGGAP_MENGUNDURKAN_DIRI", AppointmentStatus.CPNS, new Probation(TMT, 1, 1), TMT))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VII.B");
    }
  }

  @Test
  void nothingAppliesOnceAppointedPnsOrPppk() {
    for (AppointmentStatus status : new AppointmentStatus[] {AppointmentStatus.SELESAI,
        AppointmentStatus.DIGANTI, AppointmentStatus.PPPK, AppointmentStatus.TANPA_NOMOR_INDUK}) {
      assertThatThrownBy(() -> CandidateExit.decide("MENGUNDURKAN_DIRI", status, new Probation(TMT, 1, 1), TMT))
          .as(status.name()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak berlaku lagi");
    }
  }

  @Nested
  class PriorServiceLines {

    @Test
    void areReadAndCreditedPerViA11() {
      // 5 years in full + 3 years private (half: 1 year 6 months) = 6 years 6 months
      assertThat(CpnsDecreeTask.priorService("""
          BUMN_BUMD;2010-01-01;2014-12-31

          SWASTA_BERBADAN_HUKUM;2015-01-01;2017-12-31""", ShippedCpnsPayRules.RULE)).isEqualTo(new MasaKerja(6, 6));
      assertThat(CpnsDecreeTask.priorService("", ShippedCpnsPayRules.RULE)).isEqualTo(MasaKerja.NOL);
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() {
      assertThatThrownBy(() -> CpnsDecreeTask.priorService("BUMN_BUMD;2010-01-01;2014-12-31\nSWASTA;2015-01-01",
          ShippedCpnsPayRules.RULE))
          .hasMessageContaining("masaKerjaSebelumnya").hasMessageContaining("baris 2");
      assertThatThrownBy(() -> CpnsDecreeTask.priorService(
          "BUMN_BUMD;2010-01-01;2014-12-31\nSWASTA_BERBADAN_HUKUM;2014-06-01;2016-12-31", ShippedCpnsPayRules.RULE))
          .hasMessageContaining("tumpang tindih");
    }
  }
}
