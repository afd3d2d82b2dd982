package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.CurriculumModule;
import id.terampil.core.program.Funding;
import id.terampil.core.program.Organizer;
import id.terampil.core.program.ProgramId;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Skills;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.time.Period;
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

  /** Creates the arbitrary without configuration. */
  public DefaultProgramArbitrary() {
    this(1, 5, null, null, null);
  }

  private DefaultProgramArbitrary(
      int minCohorts,
      int maxCohorts,
      @Nullable Integer seats,
      @Nullable Integer year,
      @Nullable EligibilityPolicy policy) {
    this.minCohorts = minCohorts;
    this.maxCohorts = maxCohorts;
    this.seats = seats;
    this.year = year;
    this.policy = policy;
  }

  @Override
  protected Arbitrary<TrainingProgram> arbitrary() {
    Integer fixedYear = year;
    Arbitrary<Integer> years =
        fixedYear != null ? Arbitraries.just(fixedYear) : Arbitraries.integers().between(2020, 2030);
    Arbitrary<Integer> counts =
        WeightedLongs.between(minCohorts, maxCohorts)
            .often(10, (long) maxCohorts)
            .map(Long::intValue);
    return Combinators.combine(years, counts, ProgramParts.organizers())
        .flatAs(
            (y, count, organizer) ->
                new DefaultPeriodArbitrary()
                    .within(Period.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)))
                    .flatMap(period -> programs(y, count, organizer, period)));
  }

  private Arbitrary<TrainingProgram> programs(
      int fiscalYear, int count, Organizer organizer, Period period) {
    DefaultCohortArbitrary base =
        new DefaultCohortArbitrary().within(period).servingWithin(organizer.region());
    Integer fixedSeats = seats;
    DefaultCohortArbitrary cohortArbitrary = fixedSeats != null ? base.seats(fixedSeats) : base;
    Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 999);
    return numbers.flatMap(
        number -> {
          ProgramId id = ProgramId.of("PRG-" + fiscalYear + "-" + number);
          List<Arbitrary<Cohort>> cohorts = new ArrayList<>(count);
          for (int i = 1; i <= count; i++) {
            cohorts.add(cohortArbitrary.withId(CohortId.of(id + "-A" + i)));
          }
          return Combinators.combine(
                  Combinators.combine(cohorts).as(l -> l),
                  new DefaultFundingArbitrary().fiscalYear(fiscalYear).list().ofMinSize(1).ofMaxSize(3),
                  new DefaultTargetGroupArbitrary().set().ofMaxSize(2),
                  Arbitraries.of(ProgramKind.class),
                  Arbitraries.of(COMMON_MODULES).list().uniqueElements().ofMaxSize(2),
                  policies())
              .as(
                  (cs, funding, groups, kind, modules, rules) ->
                      TrainingProgram.builder()
                          .id(id)
                          .title(title(kind, fiscalYear))
                          .kind(kind)
                          .organizer(organizer)
                          .fiscalYear(fiscalYear)
                          .addAllFunding(funding)
                          .period(period)
                          .addAllTargetGroups(groups)
                          .addAllCurriculum(modules)
                          .addAllCohorts(cs)
                          .eligibility(policy(rules, organizer, groups))
                          .build());
        });
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

  /** The choices of a generated policy: age, residence, target groups, documents. */
  private static Arbitrary<Tuple.Tuple4<Integer, Boolean, Boolean, Integer>> policies() {
    Arbitrary<Integer> age = Arbitraries.frequency(Tuple.of(25, 0), Tuple.of(50, 1), Tuple.of(15, 2), Tuple.of(10, 3));
    Arbitrary<Integer> documents = Arbitraries.frequency(Tuple.of(60, 0), Tuple.of(25, 1), Tuple.of(15, 2));
    return Combinators.combine(age, Arbitraries.of(false, true), Arbitraries.of(false, true), documents)
        .as(Tuple::of);
  }

  private Optional<EligibilityPolicy> policy(
      Tuple.Tuple4<Integer, Boolean, Boolean, Integer> choices,
      Organizer organizer,
      Set<TargetGroup> groups) {
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
    if (choices.get2()) {
      rules.add(EligibilityRule.residentOf(organizer.region()));
    }
    if (choices.get3() && !groups.isEmpty()) {
      rules.add(EligibilityRule.memberOfAny(groups));
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
    return new DefaultProgramArbitrary(min, max, seats, year, policy);
  }

  @Override
  public ProgramArbitrary seatsPerCohort(int seats) {
    checkArgument(seats > 0, "seats must be positive: %s", seats);
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy);
  }

  @Override
  public ProgramArbitrary fiscalYear(int year) {
    checkArgument(year >= 1970 && year <= 2199, "fiscal year must be 1970-2199: %s", year);
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy);
  }

  @Override
  public ProgramArbitrary withEligibility(EligibilityPolicy policy) {
    checkNotNull(policy, "policy must not be null");
    return new DefaultProgramArbitrary(minCohorts, maxCohorts, seats, year, policy);
  }
}
