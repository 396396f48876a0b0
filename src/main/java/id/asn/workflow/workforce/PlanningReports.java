package id.asn.workflow.workforce;

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

  private final PlanningDataRepository data;
  private final RetirementAges retirementAges;
  private final EffectiveHours effectiveHours;

  PlanningReports(PlanningDataRepository data, RetirementAges retirementAges, EffectiveHours effectiveHours) {
    this.effectiveHours = effectiveHours;
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
    return NeedsProposal.build(planning.tahun(), planning.tanggalData(), data.units(id), data.positions(id), data.tasks(id), data.staff(id),
        retirementAge(), priorities, effectiveHours.perYear(planning.tahun()));
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
