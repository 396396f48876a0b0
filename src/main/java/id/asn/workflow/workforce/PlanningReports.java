package id.asn.workflow.workforce;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The job map, the needs proposal and the technical-consideration variables, computed from the data whenever read. */
@Service
@Transactional(readOnly = true)
class PlanningReports {

  /** The row of processes/tenggat.dmn with the projection's years. */
  static final String JANGKA_PROYEKSI = "jangkaProyeksiKebutuhan";

  private final PlanningDataRepository data;
  private final RetirementAges retirementAges;
  private final EffectiveHours effectiveHours;
  private final TimeLimits timeLimits;

  PlanningReports(PlanningDataRepository data, RetirementAges retirementAges, EffectiveHours effectiveHours,
      TimeLimits timeLimits) {
    this.effectiveHours = effectiveHours;
    this.timeLimits = timeLimits;
    this.data = data;
    this.retirementAges = retirementAges;
  }

  public JobMap jobMap(Planning planning) {
    String id = planning.id();
    Map<String, Integer> staffCount = new HashMap<>();
    data.staff(id).forEach(s -> staffCount.merge(s.kodeJabatan(), 1, Integer::sum));
    return JobMap.build(data.units(id), data.positions(id), data.tasks(id), staffCount,
        effectiveHours.perYear(planning.tahun()));
  }

  /** The effective working hours of the planning's year. */
  int effectiveHours(Planning planning) {
    return effectiveHours.perYear(planning.tahun());
  }

  public NeedsProposal proposal(Planning planning) {
    return proposal(planning, data.priorities(planning.id()));
  }

  NeedsProposal proposal(Planning planning, List<String> priorities) {
    String id = planning.id();
    return NeedsProposal.build(planning.tahun(), planning.tanggalData(), data.units(id), data.positions(id),
        data.tasks(id), data.staff(id),
        retirementAge(), priorities, effectiveHours.perYear(planning.tahun()), projectionYears());
  }

  /** The years the departures and the plan are projected over (Peraturan BKN 9/2022: five). */
  int projectionYears() {
    return timeLimits.of(JANGKA_PROYEKSI).in(TimeLimit.Satuan.TAHUN);
  }

  public TechnicalConsideration consideration(Planning planning, NeedsProposal proposal) {
    return TechnicalConsideration.of(planning, data.units(planning.id()), proposal);
  }

  /** The retirement age of a position, each level asked of the decision table once per computation. */
  ToIntFunction<Position> retirementAge() {
    Map<Jenjang, Integer> ages = new EnumMap<>(Jenjang.class);
    return position -> ages.computeIfAbsent(position.jenjang(), retirementAges::of);
  }
}
