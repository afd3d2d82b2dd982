package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.Skill;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Instructor;
import id.terampil.core.program.Seats;
import id.terampil.core.program.Venue;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.DateRange;
import id.terampil.testkit.CohortArbitrary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link CohortArbitrary}. */
public final class DefaultCohortArbitrary extends ArbitraryDecorator<Cohort>
    implements CohortArbitrary {

  /** The longest cohort generated, in days. */
  static final int MAX_DAYS = 90;

  private final @Nullable DateRange window;
  private final @Nullable Integer seats;
  private final @Nullable RegionCode region;

  /** Creates the arbitrary without configuration. */
  public DefaultCohortArbitrary() {
    this(null, null, null);
  }

  private DefaultCohortArbitrary(
      @Nullable DateRange window,
      @Nullable Integer seats,
      @Nullable RegionCode region) {
    this.window = window;
    this.seats = seats;
    this.region = region;
  }

  /**
   * Returns seats of 1 to 50, the common sizes weighted, sometimes a range; shrinking toward one
   * exact seat.
   *
   * @return the arbitrary, not null
   */
  static Arbitrary<Seats> seats() {
    Arbitrary<Long> counts = WeightedLongs.between(1, 50).often(20, 16L, 20L, 25L, 30L, 40L);
    Arbitrary<Long> spread = WeightedLongs.between(0, 10).often(60, 0L);
    return Combinators.combine(counts, spread)
        .as((n, extra) -> Seats.between(n.intValue(), n.intValue() + extra.intValue()));
  }

  @Override
  protected Arbitrary<Cohort> arbitrary() {
    return drafts().map(Draft::cohort);
  }

  /**
   * Returns cohorts not yet built, so that a program can give them its own ids without copying
   * built cohorts attribute by attribute (a copy would silently drop an attribute added later).
   *
   * @return the arbitrary, not null
   */
  Arbitrary<Draft> drafts() {
    Arbitrary<CohortId> ids = Arbitraries.integers().between(1, 99).map(n -> CohortId.of("A" + n));
    DefaultDateRangeArbitrary periods = new DefaultDateRangeArbitrary();
    DateRange w = window;
    Arbitrary<DateRange> cohortPeriods =
        (w != null ? periods.within(w) : periods).ofDays(1, MAX_DAYS);
    Integer fixedSeats = seats;
    Arbitrary<Seats> seatCounts =
        fixedSeats != null ? Arbitraries.just(Seats.exactly(fixedSeats)) : seats();
    Arbitrary<Set<Skill>> skills = new DefaultSkillArbitrary().set().ofMinSize(1).ofMaxSize(2);
    RegionCode r = region;
    DefaultRegionCodeArbitrary served =
        DefaultRegionCodeArbitrary.atLevels(RegionLevel.DISTRICT, RegionLevel.VILLAGE);
    Arbitrary<Set<RegionCode>> regions =
        (r != null ? served.within(r) : served).set().ofMaxSize(2);
    Arbitrary<List<Instructor>> instructors = ProgramParts.instructors().list().ofMaxSize(2);
    Arbitrary<Optional<Venue>> venues = ProgramParts.venues().optional(0.7);
    // Now and then a cohort for young people, overriding the program's age rule.
    Arbitrary<Boolean> youngOnly = Arbitraries.frequency(Tuple.of(85, false), Tuple.of(15, true));
    return Combinators.combine(ids, cohortPeriods, seatCounts, skills, regions, instructors, venues, youngOnly)
        .as(Draft::new);
  }

  /**
   * The generated parts of a cohort; {@link #cohort(CohortId)} is the one place a generated
   * cohort is built.
   *
   * <p>A program numbers its cohorts itself and ignores {@code drawnId}; the id is drawn all the
   * same, so that a seed gives the same programs as before (showcases and load tests sample
   * with fixed seeds).
   *
   * @param drawnId the id of a cohort generated on its own
   * @param period the period
   * @param seats the seats
   * @param skills the skills, not empty
   * @param regions the regions served, possibly none
   * @param instructors the instructors, possibly none
   * @param venue the venue, or empty
   * @param youngOnly whether the cohort overrides the program's age rule with 18 to 35 years
   */
  record Draft(
      CohortId drawnId,
      DateRange period,
      Seats seats,
      Set<Skill> skills,
      Set<RegionCode> regions,
      List<Instructor> instructors,
      Optional<Venue> venue,
      boolean youngOnly) {

    /** Returns the cohort with its drawn id. */
    Cohort cohort() {
      return cohort(drawnId);
    }

    /** Returns the cohort with the id {@code id}. */
    Cohort cohort(CohortId id) {
      Cohort.Builder b = Cohort.builder();
      b.id(id)
          .period(period)
          .seats(seats)
          .addAllSkills(skills)
          .addAllRegionsServed(regions)
          .addAllInstructors(instructors)
          .venue(venue);
      if (period.weekdays().findAny().isEmpty()) {
        // A weekend event (one Saturday, a Saturday and Sunday) lists its days, as a cohort
        // whose period holds no weekday must; every other cohort trains Monday to Friday.
        b.addAllTrainingDays(period.dates()::iterator);
      }
      if (youngOnly) {
        b.eligibilityOverride(EligibilityPolicy.of(EligibilityRule.ageBetween(18, 35)));
      }
      return b.build();
    }
  }

  @Override
  public DefaultCohortArbitrary within(DateRange window) {
    checkNotNull(window, "window must not be null");
    return new DefaultCohortArbitrary(window, seats, region);
  }

  @Override
  public DefaultCohortArbitrary seats(int seats) {
    checkArgument(seats > 0, "seats must be positive: %s", seats);
    return new DefaultCohortArbitrary(window, seats, region);
  }

  @Override
  public DefaultCohortArbitrary servingWithin(RegionCode region) {
    checkNotNull(region, "region must not be null");
    return new DefaultCohortArbitrary(window, seats, region);
  }
}
