package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.ApplicationArbitrary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link ApplicationArbitrary}. */
public final class DefaultApplicationArbitrary extends ArbitraryDecorator<Application>
    implements ApplicationArbitrary {

  /** The scores of a program that scores: 0.00 to 100.00, the ends in a tenth of the draws. */
  private static final Arbitrary<Optional<BigDecimal>> SCORES =
      WeightedLongs.between(0, 10_000)
          .often(10, 0L, 10_000L)
          .map(hundredths -> Optional.of(BigDecimal.valueOf(hundredths, 2)));

  /** The score of a program that does not score. */
  private static final Arbitrary<Optional<BigDecimal>> NO_SCORE = Arbitraries.just(Optional.empty());

  private final TrainingProgram program;
  private final LocalDate referenceDate;
  private final @Nullable CohortId cohort;
  private final LocalDateTime earliest;
  private final LocalDateTime latest;
  private final boolean scores;
  private final double ineligibleShare;
  private final ImmutableMap<String, CustomRuleData<?>> customData;

  /**
   * Creates the arbitrary of applications to {@code program}.
   *
   * @param program the program, not null
   * @param referenceDate the reference date, not null
   */
  public DefaultApplicationArbitrary(TrainingProgram program, LocalDate referenceDate) {
    this(
        checkNotNull(program, "program must not be null"),
        checkNotNull(referenceDate, "reference date must not be null"),
        null,
        firstDefaultRegistration(referenceDate),
        lastDefaultRegistration(referenceDate),
        false,
        0,
        ImmutableMap.of());
  }

  private DefaultApplicationArbitrary(
      TrainingProgram program,
      LocalDate referenceDate,
      @Nullable CohortId cohort,
      LocalDateTime earliest,
      LocalDateTime latest,
      boolean scores,
      double ineligibleShare,
      ImmutableMap<String, CustomRuleData<?>> customData) {
    this.customData = customData;
    this.program = program;
    this.referenceDate = referenceDate;
    this.cohort = cohort;
    this.earliest = earliest;
    this.latest = latest;
    this.scores = scores;
    this.ineligibleShare = ineligibleShare;
  }

  /**
   * Returns the start of the default registration window: the 30 days up to the end of the
   * reference date.
   */
  static LocalDateTime firstDefaultRegistration(LocalDate referenceDate) {
    return referenceDate.minusDays(29).atStartOfDay();
  }

  /** Returns the end of the default registration window: the last second of the reference date. */
  static LocalDateTime lastDefaultRegistration(LocalDate referenceDate) {
    return referenceDate.plusDays(1).atStartOfDay().minusSeconds(1);
  }

  /** Times from {@code earliest} to {@code latest} by the second, both ends weighted. */
  static Arbitrary<LocalDateTime> times(LocalDateTime earliest, LocalDateTime latest) {
    long span = ChronoUnit.SECONDS.between(earliest, latest);
    return WeightedLongs.between(0, span).often(10, 0L, span).map(earliest::plusSeconds);
  }

  static Arbitrary<Optional<BigDecimal>> scores(boolean wanted) {
    return wanted ? SCORES : NO_SCORE;
  }

  @Override
  protected Arbitrary<Application> arbitrary() {
    double share = ineligibleShare;
    Arbitrary<LocalDateTime> times = times(earliest, latest);
    Arbitrary<Optional<BigDecimal>> scoreValues = scores(scores);
    return Arbitraries.of(DefaultApplicantArbitrary.generators(program, cohort, referenceDate, null, customData))
        .flatMap(Memo.perValue(g -> applicationsOf(g, share, times, scoreValues)));
  }

  /** The applications whose first choice is the cohort of {@code generator}. */
  private Arbitrary<Application> applicationsOf(
      ApplicantGenerator generator,
      double share,
      Arbitrary<LocalDateTime> times,
      Arbitrary<Optional<BigDecimal>> scoreValues) {
    Cohort first = generator.cohort();
    return DefaultApplicantArbitrary.mixed(generator, share)
        .flatMap(
            applicant ->
                Combinators.combine(alternatives(first, applicant), times, scoreValues)
                    .as(
                        (others, at, score) ->
                            Application.builder()
                                .applicant(applicant)
                                .program(program.id())
                                .addCohortChoices(first.id())
                                .addAllCohortChoices(others)
                                .registeredAt(at)
                                .score(score)
                                .build()));
  }

  private Arbitrary<List<CohortId>> alternatives(Cohort first, Applicant applicant) {
    // Any other cohort: a later choice may be one whose admission refuses the applicant, since
    // each choice is judged by its own cohort.
    ImmutableList<CohortId> serving =
        program.cohorts().stream()
            .filter(c -> !c.id().equals(first.id()))
            .map(Cohort::id)
            .collect(ImmutableList.toImmutableList());
    return serving.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.of(serving).list().uniqueElements().ofMaxSize(Math.min(2, serving.size()));
  }

  @Override
  public ApplicationArbitrary forCohort(CohortId id) {
    DefaultApplicantArbitrary.requireCohort(program, id);
    return new DefaultApplicationArbitrary(
        program, referenceDate, id, earliest, latest, scores, ineligibleShare, customData);
  }

  @Override
  public ApplicationArbitrary registeredBetween(LocalDateTime earliest, LocalDateTime latest) {
    checkNotNull(earliest, "earliest must not be null");
    checkNotNull(latest, "latest must not be null");
    checkArgument(!latest.isBefore(earliest), "latest %s is before earliest %s", latest, earliest);
    return new DefaultApplicationArbitrary(
        program, referenceDate, cohort, earliest, latest, scores, ineligibleShare, customData);
  }

  @Override
  public ApplicationArbitrary withScores() {
    return new DefaultApplicationArbitrary(
        program, referenceDate, cohort, earliest, latest, true, ineligibleShare, customData);
  }

  @Override
  public ApplicationArbitrary ineligibleShare(double share) {
    return new DefaultApplicationArbitrary(
        program, referenceDate, cohort, earliest, latest, scores,
        DefaultApplicantArbitrary.checkShare(share), customData);
  }

  @Override
  public <T> ApplicationArbitrary withCustomRuleData(
      String code, Arbitrary<T> meeting, BiConsumer<Applicant.Builder, ? super T> into) {
    return withData(code, CustomRuleData.of(meeting, null, into));
  }

  @Override
  public <T> ApplicationArbitrary withCustomRuleData(
      String code,
      Arbitrary<T> meeting,
      Arbitrary<T> breaking,
      BiConsumer<Applicant.Builder, ? super T> into) {
    return withData(code, CustomRuleData.breakable(meeting, breaking, into));
  }

  private ApplicationArbitrary withData(String code, CustomRuleData<?> data) {
    return new DefaultApplicationArbitrary(
        program, referenceDate, cohort, earliest, latest, scores, ineligibleShare,
        DefaultApplicantArbitrary.withData(program, customData, code, data));
  }

  @Override
  public Arbitrary<List<Application>> poolsWithRepeats(int maxSize) {
    checkArgument(maxSize >= 0 && maxSize <= 100_000, "maxSize must be 0 to 100000: %s", maxSize);
    Arbitrary<List<Repeat>> repeats =
        Combinators.combine(
                Arbitraries.integers().between(0, Math.max(0, maxSize - 1)),
                Arbitraries.integers().between(0, maxSize),
                times(earliest, latest),
                scores(scores))
            .as(Repeat::new)
            .list()
            .ofMaxSize(maxSize / 8 + (maxSize >= 2 ? 1 : 0));
    return Combinators.combine(list().ofMaxSize(maxSize), repeats)
        .as((pool, again) -> repeat(pool, again, maxSize));
  }

  /** A repeated application: of which earlier one, where in the pool, when, with what score. */
  private record Repeat(int source, int position, LocalDateTime at, Optional<BigDecimal> score) {}

  /**
   * Adds the repeats to the pool, at most one per seven applications of it (so about one in eight
   * of the result), and one to a pool of two to seven: the repeats are drawn apart from the pool,
   * whose size jqwik often draws small.
   */
  private static List<Application> repeat(List<Application> pool, List<Repeat> repeats, int maxSize) {
    List<Application> out = new ArrayList<>(pool);
    int limit = Math.max(pool.size() / 7, pool.size() >= 2 ? 1 : 0);
    for (int i = 0; i < repeats.size() && i < limit; i++) {
      Repeat r = repeats.get(i);
      if (out.size() >= maxSize) {
        break;
      }
      Application original = pool.get(r.source() % pool.size());
      Application again =
          Application.builder()
              .applicant(original.applicant())
              .program(original.program())
              .addAllCohortChoices(original.cohortChoices())
              .registeredAt(r.at())
              .score(r.score())
              .build();
      out.add(r.position() % (out.size() + 1), again);
    }
    return out;
  }
}
