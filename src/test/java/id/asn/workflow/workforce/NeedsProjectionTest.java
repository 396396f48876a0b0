package id.asn.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.support.ShippedEffectiveHours;
import id.asn.workflow.support.ShippedTimeLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The five-year projection of departures and the difference, on cases computed by hand. Planning year 2026:
 * data at 31 December 2025, projection years 2026 to 2030.
 */
class NeedsProjectionTest {

  static final LocalDate DATA_DATE = LocalDate.of(2025, 12, 31);
  /** The projection's years as the table ships them: five (Peraturan BKN 9/2022). */
  static final int YEARS = ShippedTimeLimits.INSTANCE.of(PlanningReports.JANGKA_PROYEKSI).in(TimeLimit.Satuan.TAHUN);
  static final Map<String, Integer> BUP = Map.of("PELAKSANA", 58, "MADYA", 60, "UTAMA", 65, "JPT", 60);

  static StaffMember pns(String nip, String position, LocalDate born) {
    return new StaffMember(nip, "Pegawai " + nip, position, JenisAsn.PNS, born, null);
  }

  static StaffMember pppk(String nip, String position, LocalDate born, LocalDate agreementEnds) {
    return new StaffMember(nip, "Pegawai " + nip, position, JenisAsn.PPPK, born, agreementEnds);
  }

  @Nested
  class Departures {

    private final List<StaffMember> staff = List.of(
        // BUP 58: 1 Jan 1968 → 58 on 1 Jan 2026 → retired from 1 Feb 2026
        pns("a", "PELAKSANA", LocalDate.of(1968, 1, 1)),
        // 58 on 15 Dec 2025, still in office at the data date, retired from 1 Jan 2026: counted in 2026
        pns("b", "PELAKSANA", LocalDate.of(1967, 12, 15)),
        // 58 on 30 Nov 2030 → retired from 1 Dec 2030: the last projection year
        pns("c", "PELAKSANA", LocalDate.of(1972, 11, 30)),
        // 58 on 10 Dec 2030 → retired from 1 Jan 2031: after the five years
        pns("d", "PELAKSANA", LocalDate.of(1972, 12, 10)),
        // agreement ends 30 Jun 2027, and one after the five years
        pppk("e", "PELAKSANA", LocalDate.of(1990, 1, 1), LocalDate.of(2027, 6, 30)),
        pppk("f", "PELAKSANA", LocalDate.of(1990, 1, 1), LocalDate.of(2031, 1, 31)),
        // JF ahli madya, BUP 60: 60 on 15 Mar 2026 → 1 Apr 2026
        pns("g", "MADYA", LocalDate.of(1966, 3, 15)),
        // JF ahli utama, BUP 65: 65 on 20 Jul 2027 → 1 Aug 2027; and one born 1963 → 65 in 2028 → 1 Jul 2028
        pns("h", "UTAMA", LocalDate.of(1962, 7, 20)),
        pns("i", "UTAMA", LocalDate.of(1963, 6, 5)),
        // JPT, BUP 60: 60 on 30 Jun 2029 → 1 Jul 2029
        pns("j", "JPT", LocalDate.of(1969, 6, 30)));

    private final Map<String, DeparturesProjection.Departures> byPosition =
        DeparturesProjection.byPosition(DATA_DATE, YEARS, staff, BUP::get);

    @Test
    void retirementsCountInTheYearTheyTakeEffectAndAgreementsInTheYearTheyEnd() {
      DeparturesProjection.Departures pelaksana = byPosition.get("PELAKSANA");
      assertThat(pelaksana.tahunPertama()).isEqualTo(2026);
      assertThat(pelaksana.pensiun()).containsExactly(2, 0, 0, 0, 1);
      assertThat(pelaksana.perjanjianBerakhir()).containsExactly(0, 1, 0, 0, 0);
      assertThat(pelaksana.total()).isEqualTo(4);
      assertThat(pelaksana.rincian()).extracting(DeparturesProjection.Departure::nip, DeparturesProjection.Departure::tanggal)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("b", LocalDate.of(2026, 1, 1)),
              org.assertj.core.groups.Tuple.tuple("a", LocalDate.of(2026, 2, 1)),
              org.assertj.core.groups.Tuple.tuple("e", LocalDate.of(2027, 6, 30)),
              org.assertj.core.groups.Tuple.tuple("c", LocalDate.of(2030, 12, 1)));
    }

    @Test
    void eachPositionUsesItsOwnRetirementAge() {
      assertThat(byPosition.get("MADYA").pensiun()).containsExactly(1, 0, 0, 0, 0);
      assertThat(byPosition.get("UTAMA").pensiun()).containsExactly(0, 1, 1, 0, 0);
      assertThat(byPosition.get("JPT").pensiun()).containsExactly(0, 0, 0, 1, 0);
    }

    @Test
    void cumulativeDeparturesByTheEndOfEachYear() {
      DeparturesProjection.Departures pelaksana = byPosition.get("PELAKSANA");
      assertThat(List.of(pelaksana.totalThrough(0), pelaksana.totalThrough(1), pelaksana.totalThrough(2),
          pelaksana.totalThrough(3), pelaksana.totalThrough(4))).containsExactly(2, 3, 3, 3, 4);
    }

    @Test
    void theProjectionRunsOverTheTablesYearsFiveAsTheRegulationSets() {
      assertThat(YEARS).isEqualTo(5);
      // c retires in 2030, the fifth year: outside a projection of three years
      Map<String, DeparturesProjection.Departures> three = DeparturesProjection.byPosition(DATA_DATE, 3, staff,
          BUP::get);
      assertThat(three.get("PELAKSANA").pensiun()).hasSize(3);
      assertThat(three.get("PELAKSANA").rincian()).extracting(DeparturesProjection.Departure::nip)
          .doesNotContain("c");
    }

    @Test
    void aDepartureBeforeTheDataDateCountsInTheFirstYear() {
      Map<String, DeparturesProjection.Departures> overdue = DeparturesProjection.byPosition(DATA_DATE, YEARS,
          List.of(pns("x", "PELAKSANA", LocalDate.of(1967, 10, 5))), BUP::get);
      assertThat(overdue.get("PELAKSANA").pensiun()).containsExactly(1, 0, 0, 0, 0);
    }
  }

  @Nested
  class Difference {

    @Test
    void aSurplusIsReducedByThoseLeaving() {
      // 9 current, need 4: surplus 5, one retires → surplus 4
      NeedsDifference d = NeedsDifference.of(4, 9, 1);
      assertThat(d.kelebihan()).isEqualTo(4);
      assertThat(d.kekurangan()).isZero();
      assertThat(d.keadaan()).isEqualTo(NeedsDifference.Keadaan.LEBIH);
    }

    @Test
    void aSurplusSmallerThanTheDeparturesTurnsIntoAShortfall() {
      // 12 current, need 10: surplus 2, three leave → short 1
      NeedsDifference d = NeedsDifference.of(10, 12, 3);
      assertThat(d.selisih()).isEqualTo(-1);
      assertThat(d.kekurangan()).isEqualTo(1);
    }

    @Test
    void aShortfallIsIncreasedByThoseLeaving() {
      // 7 current, need 10: short 3, two leave → short 5
      NeedsDifference d = NeedsDifference.of(10, 7, 2);
      assertThat(d.kekurangan()).isEqualTo(5);
      assertThat(d.keadaan()).isEqualTo(NeedsDifference.Keadaan.KURANG);
    }

    @Test
    void exactlyStaffedIsShortByWhoeverLeaves() {
      assertThat(NeedsDifference.of(5, 5, 0).keadaan()).isEqualTo(NeedsDifference.Keadaan.SESUAI);
      assertThat(NeedsDifference.of(5, 5, 2).kekurangan()).isEqualTo(2);
    }

    @Test
    void theFiveYearPlanFollowsTheDepartures() {
      DeparturesProjection.Departures departures = new DeparturesProjection.Departures(2026, List.of(2, 0, 0, 0, 1),
          List.of(0, 1, 0, 0, 0), List.of());
      // need 5, current 6: end of 2026 4 left (short 1), 2027 3 (short 2), ..., 2030 2 (short 3)
      assertThat(NeedsDifference.plan(5, 6, departures)).extracting(NeedsDifference.YearPlan::tahun,
              NeedsDifference.YearPlan::tersedia, NeedsDifference.YearPlan::kekurangan)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2026, 4, 1),
              org.assertj.core.groups.Tuple.tuple(2027, 3, 2),
              org.assertj.core.groups.Tuple.tuple(2028, 3, 2),
              org.assertj.core.groups.Tuple.tuple(2029, 3, 2),
              org.assertj.core.groups.Tuple.tuple(2030, 2, 3));
    }
  }

  @Nested
  class Proposal {

    private final List<OrgUnit> units = List.of(new OrgUnit("U1", "Bagian Umum", null, 1));
    private final List<Position> positions = List.of(
        new Position("KABAG", "Kepala Bagian", "U1", Jenjang.ADMINISTRATOR, 11, null, "Memimpin", 1),
        new Position("ADM", "Pengadministrasi", "U1", Jenjang.PELAKSANA, 5, null, "Mengadministrasikan", 2),
        new Position("ANALIS", "Analis Ahli Madya", "U1", Jenjang.AHLI_MADYA, 12, null, "Menganalisis", 3));
    // need: KABAG 1 (75,000 min), ADM 3 (225,000 min), ANALIS 2 (150,000 min)
    private final Map<String, List<PositionTask>> tasks = Map.of(
        "KABAG", List.of(task("KABAG", "1250", "60")),
        "ADM", List.of(task("ADM", "3750", "60")),
        "ANALIS", List.of(task("ANALIS", "2500", "60")));
    private final List<StaffMember> staff = List.of(
        pns("k1", "KABAG", LocalDate.of(1975, 1, 1)),
        pns("a1", "ADM", LocalDate.of(1968, 1, 1)),     // 58 → 1 Feb 2026
        pppk("a2", "ADM", LocalDate.of(1990, 1, 1), LocalDate.of(2028, 12, 31)),
        pns("n1", "ANALIS", LocalDate.of(1966, 3, 15)),  // 60 → 1 Apr 2026
        pns("n2", "ANALIS", LocalDate.of(1980, 1, 1)),
        pns("n3", "ANALIS", LocalDate.of(1985, 1, 1)));

    private static PositionTask task(String position, String volume, String norma) {
      return new PositionTask(position, "tugas", null, new BigDecimal(volume), new BigDecimal(norma), 1);
    }

    private NeedsProposal proposal(List<String> priorities) {
      Map<Jenjang, Integer> bup = Map.of(Jenjang.ADMINISTRATOR, 58, Jenjang.PELAKSANA, 58, Jenjang.AHLI_MADYA, 60);
      return NeedsProposal.build(2026, LocalDate.of(2025, 12, 31), units, positions, tasks, staff, p -> bup.get(p.jenjang()), priorities,
          ShippedEffectiveHours.HOURS, YEARS);
    }

    @Test
    void eachPositionGetsItsDifferenceByTheRule() {
      NeedsProposal proposal = proposal(List.of());
      assertThat(proposal.tahunProyeksi()).containsExactly(2026, 2027, 2028, 2029, 2030);
      assertThat(proposal.tanggalData()).isEqualTo(DATA_DATE);
      // highest first: ANALIS (class 12), KABAG (11), ADM (5)
      assertThat(proposal.jabatan()).extracting(NeedsProposal.Item::kode, NeedsProposal.Item::kebutuhan,
              NeedsProposal.Item::ada, NeedsProposal.Item::keluar, NeedsProposal.Item::selisih)
          .containsExactly(
              // 3 current, need 2: surplus 1 reduced by the retirement → 0
              org.assertj.core.groups.Tuple.tuple("ANALIS", 2, 3, 1, 0),
              org.assertj.core.groups.Tuple.tuple("KABAG", 1, 1, 0, 0),
              // 2 current, need 3: short 1 increased by a retirement and an ending agreement → short 3
              org.assertj.core.groups.Tuple.tuple("ADM", 3, 2, 2, -3));
      assertThat(proposal.total().kekurangan()).isEqualTo(3);
      assertThat(proposal.total().pensiun()).containsExactly(2, 0, 0, 0, 0);
      assertThat(proposal.total().perjanjianBerakhir()).containsExactly(0, 0, 1, 0, 0);
    }

    @Test
    void shortfallPositionsAreRankedInTheInstansisOrder() {
      assertThat(proposal(List.of()).fullyRanked()).isFalse();
      NeedsProposal ranked = proposal(List.of("ANALIS", "ADM"));
      assertThat(ranked.fullyRanked()).isTrue();
      assertThat(ranked.shortfall()).extracting(NeedsProposal.Item::kode, NeedsProposal.Item::prioritas)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ADM", 1));
    }
  }
}
