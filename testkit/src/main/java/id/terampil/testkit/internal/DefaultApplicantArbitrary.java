package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionDirectory;
import id.terampil.testkit.ApplicantArbitrary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link ApplicantArbitrary}. */
public final class DefaultApplicantArbitrary extends ArbitraryDecorator<Applicant>
    implements ApplicantArbitrary {

  private final TrainingProgram program;
  private final LocalDate referenceDate;
  private final @Nullable CohortId cohort;
  private final double ineligibleShare;
  private final @Nullable RegionDirectory directory;
  private final ImmutableMap<String, CustomRuleData<?>> customData;

  /**
   * Creates the arbitrary of applicants to any cohort of {@code program}.
   *
   * @param program the program, not null
   * @param referenceDate the reference date, not null
   */
  public DefaultApplicantArbitrary(TrainingProgram program, LocalDate referenceDate) {
    this(
        checkNotNull(program, "program must not be null"),
        checkNotNull(referenceDate, "reference date must not be null"),
        null,
        0,
        null,
        ImmutableMap.of());
  }

  private DefaultApplicantArbitrary(
      TrainingProgram program,
      LocalDate referenceDate,
      @Nullable CohortId cohort,
      double share,
      @Nullable RegionDirectory directory,
      ImmutableMap<String, CustomRuleData<?>> customData) {
    this.program = program;
    this.referenceDate = referenceDate;
    this.cohort = cohort;
    this.ineligibleShare = share;
    this.directory = directory;
    this.customData = customData;
  }

  /** The cohorts applied to: the given one, else those admitting citizen applicants (or all). */
  static ImmutableList<Cohort> cohorts(TrainingProgram program, @Nullable CohortId cohort) {
    if (cohort != null) {
      return ImmutableList.of(requireCohort(program, cohort));
    }
    ImmutableList<Cohort> open =
        program.cohorts().stream()
            .filter(c -> c.admits(ParticipantRole.CITIZEN_APPLICANT))
            .collect(ImmutableList.toImmutableList());
    return open.isEmpty() ? program.cohorts() : open;
  }

  /** One generator per cohort applied to (learning each cohort's policy once). */
  static ImmutableList<ApplicantGenerator> generators(
      TrainingProgram program, @Nullable CohortId cohort, LocalDate referenceDate) {
    return generators(program, cohort, referenceDate, null, ImmutableMap.of());
  }

  /**
   * One generator per cohort applied to, drawing domiciles from {@code directory} if given, with
   * the data of custom rules.
   */
  static ImmutableList<ApplicantGenerator> generators(
      TrainingProgram program,
      @Nullable CohortId cohort,
      LocalDate referenceDate,
      @Nullable RegionDirectory directory,
      Map<String, CustomRuleData<?>> customData) {
    return cohorts(program, cohort).stream()
        .map(c -> new ApplicantGenerator(program, c, referenceDate, null, directory, customData))
        .collect(ImmutableList.toImmutableList());
  }

  static Cohort requireCohort(TrainingProgram program, CohortId id) {
    checkNotNull(id, "cohort must not be null");
    return program
        .cohort(id)
        .orElseThrow(
            () -> new IllegalArgumentException("program " + program.id() + " has no cohort " + id));
  }

  static double checkShare(double share) {
    checkArgument(share >= 0 && share <= 1, "share must be between 0 and 1: %s", share);
    return share;
  }

  /** Eligible applicants, with {@code share} ineligible ones mixed in. */
  static Arbitrary<Applicant> mixed(ApplicantGenerator generator, double share) {
    int ineligible = (int) Math.round(share * 1000);
    if (ineligible == 0) {
      return generator.eligible();
    }
    if (ineligible == 1000) {
      return generator.ineligible();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1000 - ineligible, generator.eligible()),
        net.jqwik.api.Tuple.of(ineligible, generator.ineligible()));
  }

  @Override
  protected Arbitrary<Applicant> arbitrary() {
    double share = ineligibleShare;
    return Arbitraries.of(generators(program, cohort, referenceDate, directory, customData))
        .flatMap(Memo.perValue(g -> mixed(g, share)));
  }

  @Override
  public ApplicantArbitrary forCohort(CohortId id) {
    requireCohort(program, id);
    return new DefaultApplicantArbitrary(
        program, referenceDate, id, ineligibleShare, directory, customData);
  }

  @Override
  public ApplicantArbitrary ineligibleShare(double share) {
    return new DefaultApplicantArbitrary(
        program, referenceDate, cohort, checkShare(share), directory, customData);
  }

  @Override
  public ApplicantArbitrary regionsFrom(RegionDirectory directory) {
    checkNotNull(directory, "region directory must not be null");
    return new DefaultApplicantArbitrary(
        program, referenceDate, cohort, ineligibleShare, directory, customData);
  }

  @Override
  public <T> ApplicantArbitrary withCustomRuleData(
      String code, Arbitrary<T> meeting, BiConsumer<Applicant.Builder, ? super T> into) {
    return withData(code, CustomRuleData.of(meeting, null, into));
  }

  @Override
  public <T> ApplicantArbitrary withCustomRuleData(
      String code,
      Arbitrary<T> meeting,
      Arbitrary<T> breaking,
      BiConsumer<Applicant.Builder, ? super T> into) {
    return withData(code, CustomRuleData.breakable(meeting, breaking, into));
  }

  private ApplicantArbitrary withData(String code, CustomRuleData<?> data) {
    return new DefaultApplicantArbitrary(
        program, referenceDate, cohort, ineligibleShare, directory,
        withData(program, customData, code, data));
  }

  /**
   * Returns {@code customData} with {@code data} for the custom rule {@code code} of {@code
   * program}.
   *
   * @throws IllegalArgumentException if no cohort's policy has a custom rule with {@code code}
   */
  static ImmutableMap<String, CustomRuleData<?>> withData(
      TrainingProgram program,
      Map<String, CustomRuleData<?>> customData,
      String code,
      CustomRuleData<?> data) {
    checkNotNull(code, "code must not be null");
    checkArgument(
        customCodes(program).contains(code),
        "program %s has no custom rule %s; its custom rules: %s",
        program.id(),
        code,
        customCodes(program));
    Map<String, CustomRuleData<?>> all = new LinkedHashMap<>(customData);
    all.put(code, data);
    return ImmutableMap.copyOf(all);
  }

  /** The codes of the custom rules of every cohort's admission. */
  private static ImmutableSet<String> customCodes(TrainingProgram program) {
    return program.cohorts().stream()
        .flatMap(c -> program.admission(c.id()).policy().rules().stream())
        .filter(r -> r instanceof EligibilityRule.Custom)
        .map(r -> ((EligibilityRule.Custom) r).code())
        .collect(ImmutableSet.toImmutableSet());
  }
}
