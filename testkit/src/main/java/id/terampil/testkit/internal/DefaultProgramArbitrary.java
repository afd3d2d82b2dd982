package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CurriculumModule;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.DateRange;
import id.terampil.testkit.ProgramArbitrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link ProgramArbitrary}. */
public final class DefaultProgramArbitrary extends ArbitraryDecorator<TrainingProgram>
    implements ProgramArbitrary {

  private static final int MAX_COHORTS = 1000;

  private static final ImmutableList<CurriculumModule> COMMON_MODULES =
      ImmutableList.of(
          CurriculumModule.of(Skills.ENTREPRENEURSHIP_MANAGEMENT),
          CurriculumModule.of("Pendaftaran kartu AK/I", "AK/I card registration"),
          CurriculumModule.of(Skills.DIGITAL_MARKETING));

  private final int minCohorts;
  private final int maxCohorts;
  private final @Nullable Integer seats;
  private final @Nullable Integer year;
  private final @Nullable EligibilityPolicy policy;
  private final @Nullable ImmutableList<RegionCode> regions;
  private final @Nullable ImmutableList<GroupRequirement> required;

  /** Creates the arbitrary without configuration. */
  public DefaultProgramArbitrary() {
    this(1, 5, null, null, null, null, null);
  }

  private DefaultProgramArbitrary(
      int minCohorts,
      int maxCohorts,
      @Nullable Integer seats,
      @Nullable Integer year,
      @Nullable EligibilityPolicy policy,
      @Nullable ImmutableList<RegionCode> regions,
      @Nullable ImmutableList<GroupRequirement> required) {
    this.regions = regions;
    this.required = required;
    this.minCohorts = minCohorts;
    this.maxCohorts = maxCohorts;
    this.seats = seats;
    this.year = year;
    this.policy = policy;
  }

  @Override
  protected Arbitrary<TrainingProgram> arbitrary() {
    Arbitrary<Integer> years = FiscalYears.fixedOrDefault(year);
    // One flat map only (the cohorts depend on the year and the organizer's region); the rest is
    // combined, so that shrinking is quick: the list of cohorts shrinks toward one cohort.
    return Combinators.combine(years, DefaultRegionCodeArbitrary.atLevels(RegionLevel.REGENCY))
        .flatAs(this::programs);
  }

  private Arbitrary<TrainingProgram> programs(int fiscalYear, RegionCode region) {
    DateRange window = DateRange.ofClosed(LocalDate.of(fiscalYear, 1, 1), LocalDate.of(fiscalYear, 12, 31));
    DefaultCohortArbitrary base = new DefaultCohortArbitrary().within(window).servingWithin(region);
    Integer fixedSeats = seats;
    DefaultCohortArbitrary cohorts = fixedSeats != null ? base.seats(fixedSeats) : base;
    Arbitrary<Long> margins = WeightedLongs.between(0, 60).often(40, 0L);
    return Combinators.combine(
            cohorts.drafts().list().ofMinSize(minCohorts).ofMaxSize(maxCohorts),
            ProgramParts.organizersIn(Arbitraries.just(region)),
            new DefaultFundingArbitrary().fiscalYear(fiscalYear).list().ofMinSize(1).ofMaxSize(3),
            new DefaultTargetGroupArbitrary().set().ofMaxSize(2),
            Arbitraries.of(ProgramKind.class),
            Arbitraries.of(COMMON_MODULES).list().uniqueElements().ofMaxSize(2),
            Combinators.combine(policies(), plans()).as(Tuple::of),
            Combinators.combine(margins, margins, Arbitraries.integers().between(1, 999)).as(Tuple::of))
        .as(
            (drafts, organizer, funding, groups, kind, modules, rulesAndPlan, extra) -> {
              ProgramId id = ProgramId.of("PRG-" + fiscalYear + "-" + extra.get3());
              List<Cohort> numbered = new ArrayList<>(drafts.size());
              for (int i = 0; i < drafts.size(); i++) {
                numbered.add(drafts.get(i).cohort(CohortId.of("A" + (i + 1))));
              }
              return TrainingProgram.builder()
                  .id(id)
                  .title(title(kind, fiscalYear))
                  .kind(kind)
                  .organizer(organizer)
                  .fiscalYear(fiscalYear)
                  .addAllFunding(funding)
                  .period(span(numbered, window, extra.get1(), extra.get2()))
                  .addAllRegionsServed(regions(rulesAndPlan.get1(), organizer))
                  .addAllRequiredGroups(requiredGroups(rulesAndPlan.get1(), groups))
                  .addAllPriorityGroups(priorityGroups(rulesAndPlan.get1(), groups))
                  .addAllCurriculum(modules)
                  .addAllCohorts(numbered)
                  .eligibility(policy(rulesAndPlan.get1()))
                  .followUpPlan(rulesAndPlan.get2())
                  .build();
            });
  }

  /** The cohorts' span widened by the margins, within the fiscal year. */
  private static DateRange span(List<Cohort> cohorts, DateRange window, long before, long after) {
    DateRange span = cohorts.get(0).period();
    for (Cohort c : cohorts) {
      span = span.span(c.period());
    }
    LocalDate start = span.start().minusDays(before);
    LocalDate end = span.endInclusive().plusDays(after);
    return DateRange.ofClosed(
        start.isBefore(window.start()) ? window.start() : start,
        end.isAfter(window.endInclusive()) ? window.endInclusive() : end);
  }

  private static String title(ProgramKind kind, int year) {
    switch (kind) {
      case JOB_SKILLS:
        return "Pelatihan Keterampilan Kerja " + year;
      case ENTREPRENEURSHIP:
        return "Pelatihan Kewirausahaan " + year;
      case COMPETENCY_BASED:
        return "Pelatihan Berbasis Kompetensi " + year;
      case SMALL_INDUSTRY_DEVELOPMENT:
        return "Pengembangan Usaha IKM " + year;
      case INDUSTRY_CENTRE_MANAGEMENT:
        return "Pelatihan Pengelolaan Sentra IKM " + year;
      case APPRENTICESHIP:
        return "Program Pemagangan " + year;
      default:
        return "Pelatihan " + year;
    }
  }

  /** No plan (what shrinking reaches) or, about half of the time, a generated one. */
  private static Arbitrary<Optional<FollowUpPlan>> plans() {
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.<FollowUpPlan>empty()), FollowUps.plans().map(Optional::of));
  }

  /** The choices of a generated policy: age, residence, target groups, documents. */
  private static Arbitrary<Tuple.Tuple4<Integer, Boolean, Boolean, Integer>> policies() {
    Arbitrary<Integer> age = Arbitraries.frequency(Tuple.of(25, 0), Tuple.of(50, 1), Tuple.of(15, 2), Tuple.of(10, 3));
    Arbitrary<Integer> documents = Arbitraries.frequency(Tuple.of(60, 0), Tuple.of(25, 1), Tuple.of(15, 2));
    return Combinators.combine(age, Arbitraries.of(false, true), Arbitraries.of(false, true), documents)
        .as(Tuple::of);
  }

  /** The program's regions: as configured, else its organizer's region where the choices say so. */
  private List<RegionCode> regions(
      Tuple.Tuple4<Integer, Boolean, Boolean, Integer> choices, Organizer organizer) {
    List<RegionCode> given = regions;
    if (given != null) {
      return given;
    }
    return choices.get2() ? List.of(organizer.region()) : List.of();
  }

  /** The groups required: as configured, else any of the generated ones where the choices say so. */
  private List<GroupRequirement> requiredGroups(
      Tuple.Tuple4<Integer, Boolean, Boolean, Integer> choices, Set<TargetGroup> groups) {
    List<GroupRequirement> given = required;
    if (given != null) {
      return given;
    }
    return choices.get3() && !groups.isEmpty() ? List.of(GroupRequirement.anyOf(groups)) : List.of();
  }

  /** The groups given priority: the generated groups, where they are not required. */
  private static Set<TargetGroup> priorityGroups(
      Tuple.Tuple4<Integer, Boolean, Boolean, Integer> choices, Set<TargetGroup> groups) {
    return choices.get3() ? Set.of() : groups;
  }

  private Optional<EligibilityPolicy> policy(Tuple.Tuple4<Integer, Boolean, Boolean, Integer> choices) {
    EligibilityPolicy given = policy;
    if (given != null) {
      return Optional.of(given);
    }
    List<EligibilityRule> rules = new ArrayList<>();
    switch (choices.get1()) {
      case 1:
        rules.add(EligibilityRule.productiveAge());
        break;
      case 2:
        rules.add(EligibilityRule.ageBetween(18, 45));
        break;
      case 3:
        rules.add(EligibilityRule.minimumAge(17));
        break;
      default:
        break;
    }
    if (choices.get4() == 1) {
      rules.add(EligibilityRule.holding(DocumentKind.AK_I));
    } else if (choices.get4() == 2) {
      rules.add(EligibilityRule.holding(DocumentKind.KTP, DocumentKind.KK));
    }
    return rules.isEmpty() ? Optional.empty() : Optional.of(EligibilityPolicy.of(rules));
  }

  @Override
  public ProgramArbitrary withCohorts(int count) {
    return withCohorts(count, count);
  }

  @Override
  public ProgramArbitrary withCohorts(int min, int max) {
    checkArgument(min >= 1 && max <= MAX_COHORTS, "cohorts must be 1-%s: %s..%s", MAX_COHORTS, min, max);
    checkArgument(max >= min, "cohort range must not be empty: %s..%s", min, max);
    return new DefaultProgramArbitrary(min, max, seats, year, policy, regions, required);
  }

  @Override
  public ProgramArbitrary seatsPerCohort(int seats) {
    checkArgument(seats > 0, "seats must be positive: %s", seats);
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy, regions, required);
  }

  @Override
  public ProgramArbitrary fiscalYear(int year) {
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, FiscalYears.check(year), policy, regions, required);
  }

  @Override
  public ProgramArbitrary withEligibility(EligibilityPolicy policy) {
    checkNotNull(policy, "policy must not be null");
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy, regions, required);
  }

  @Override
  public ProgramArbitrary servingRegions(RegionCode... regions) {
    ImmutableList<RegionCode> given = ImmutableList.copyOf(regions);
    checkArgument(!given.isEmpty(), "regions must not be empty");
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy, given, required);
  }

  @Override
  public ProgramArbitrary requiringGroups(GroupRequirement... requirements) {
    ImmutableList<GroupRequirement> given = ImmutableList.copyOf(requirements);
    checkArgument(!given.isEmpty(), "requirements must not be empty");
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy, regions, given);
  }
}
