package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableListMultimap.toImmutableListMultimap;
import static com.google.common.collect.ImmutableMap.toImmutableMap;
import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A training program (program pelatihan / kegiatan pelatihan): who organizes and funds it, when
 * it runs, whom it is for, what every cohort learns in common, its cohorts and, optionally, its
 * follow-up plan.
 *
 * <p>Invariants, each rejected with a message naming the field:
 *
 * <ul>
 *   <li>at least one funding line and at least one cohort;
 *   <li>{@link #lastFiscalYear()} is not before {@link #fiscalYear()};
 *   <li>every funding line's fiscal year lies within the program's fiscal years, and every
 *       cohort a line names is a cohort of the program; a line that names none pays for the
 *       cohorts starting in its fiscal year, so at least one must;
 *   <li>the program's period lies within its fiscal years ({@link #fiscalPeriod()}), and every
 *       cohort's period (and so every training day) within the program's period;
 *   <li>cohort ids are unique;
 *   <li>the organizer is not also listed among the co-organizers;
 *   <li>total seats and total known funding do not overflow.
 * </ul>
 *
 * <p>Who may take a seat is not an invariant: each cohort's {@link #admission(CohortId)},
 * derived from the cohort's facts and the program's, decides it for an applicant at a reference
 * date.
 *
 * <p>Immutable, thread-safe and value-based; equal when all attributes are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TrainingProgram {

  TrainingProgram() {}

  /**
   * Returns the program identifier.
   *
   * @return the id, not null
   */
  public abstract ProgramId id();

  /**
   * Returns the title, e.g. "Pelatihan Kerja Kewirausahaan".
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the kind of program.
   *
   * @return the kind, not null
   */
  public abstract ProgramKind kind();

  /**
   * Returns the lead organizer.
   *
   * @return the organizer, not null
   */
  public abstract Organizer organizer();

  /**
   * Returns the co-organizers (mitra penyelenggara), e.g. a Dekranasda, in the order given.
   *
   * @return the co-organizers, not null, never including {@link #organizer()}
   */
  public abstract ImmutableSet<Organizer> coOrganizers();

  /**
   * Returns the fiscal year (tahun anggaran) of the program, its first one if it is multi-year.
   *
   * @return the year, 1970 to 2199
   */
  public abstract int fiscalYear();

  /**
   * Returns the last fiscal year of the program: {@link #fiscalYear()} unless the program is
   * multi-year (tahun jamak), e.g. 2026 for a 2025–2026 program.
   *
   * @return the year, {@link #fiscalYear()} to 2199
   */
  @Value.Default
  public int lastFiscalYear() {
    return fiscalYear();
  }

  /**
   * Returns the funding lines, in the order given; several lines may share a source.
   *
   * @return the lines, not empty
   */
  public abstract ImmutableList<Funding> funding();

  /**
   * Returns whether the program is multi-year (tahun jamak): its last fiscal year is after its
   * first.
   *
   * @return whether {@link #lastFiscalYear()} is after {@link #fiscalYear()}
   */
  public final boolean multiYear() {
    return lastFiscalYear() > fiscalYear();
  }

  /**
   * Returns the days of the program's fiscal years, from 1 January of {@link #fiscalYear()} to 31
   * December of {@link #lastFiscalYear()}; the program's period lies within it.
   *
   * @return the range, not null
   */
  public final DateRange fiscalPeriod() {
    return DateRange.ofFiscalYears(fiscalYear(), lastFiscalYear());
  }

  /**
   * Returns the cohorts a funding line pays for: those it names ({@link Funding#cohorts()}), else
   * the cohorts that start in its fiscal year; in the program's cohort order.
   *
   * @param line a funding line of this program, not null
   * @return the cohorts, not empty
   * @throws IllegalArgumentException if {@code line} is not one of {@link #funding()}
   */
  public final ImmutableList<Cohort> cohortsPaidBy(Funding line) {
    checkNotNull(line, "funding line must not be null");
    checkArgument(funding().contains(line), "funding line must be a line of program %s: %s", id(), line);
    return paidBy(line);
  }

  private ImmutableList<Cohort> paidBy(Funding line) {
    return cohorts().stream()
        .filter(
            c ->
                line.cohorts().isEmpty()
                    ? DateRange.fiscalYearOf(c.period().start()) == line.fiscalYear()
                    : line.cohorts().contains(c.id()))
        .collect(toImmutableList());
  }

  /**
   * Returns the period from the first to the last day of the program, inclusive; every cohort
   * lies within it.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns the regions whose residents the program serves, for every cohort that states none of
   * its own; empty means no residence restriction.
   *
   * @return the regions, not null
   */
  public abstract ImmutableSet<RegionCode> regionsServed();

  /**
   * Returns the required target-group conditions (an AND of any-of sets) for every cohort that
   * states none of its own; empty means none.
   *
   * @return the conditions, not null
   */
  public abstract ImmutableList<GroupRequirement> requiredGroups();

  /**
   * Returns the target groups given priority in selection, for every cohort that states none of
   * its own. They never exclude anyone.
   *
   * @return the groups, not null
   */
  public abstract ImmutableSet<TargetGroup> priorityGroups();

  /**
   * Returns the curriculum modules common to every cohort, e.g. entrepreneurship management and
   * AK/I registration, in the order given.
   *
   * @return the modules, not null
   */
  public abstract ImmutableList<CurriculumModule> curriculum();

  /**
   * Returns the cohorts, in the order given.
   *
   * @return the cohorts, not empty, with unique ids
   */
  public abstract ImmutableList<Cohort> cohorts();

  /**
   * Returns the program's eligibility policy (persyaratan peserta) beyond residence and target
   * groups: age, documents, history and custom rules; empty means none. A cohort may override it
   * rule by rule. It never states residence or required groups (those are {@link
   * #regionsServed()} and {@link #requiredGroups()}); the whole admission of a cohort is {@link
   * #admission(CohortId)}.
   *
   * @return the policy, or empty
   */
  public abstract Optional<EligibilityPolicy> eligibility();

  /**
   * Returns the admission of the cohort with {@code id}: the one answer to who may take a seat
   * there, derived from the cohort's facts and the program's.
   *
   * @param id the id of one of {@link #cohorts()}, not null
   * @return the admission, not null
   * @throws IllegalArgumentException if the program has no cohort with that id
   */
  public Admission admission(CohortId id) {
    Admission a = admissions().get(checkNotNull(id, "cohort id must not be null"));
    checkArgument(a != null, "program %s has no cohort %s", id(), id);
    return a;
  }

  /**
   * Returns the admissions of every cohort, in cohort order.
   *
   * @return the admissions by cohort id, not null
   */
  @Value.Lazy
  public ImmutableMap<CohortId, Admission> admissions() {
    return cohorts().stream().collect(toImmutableMap(Cohort::id, c -> new Admission(this, c)));
  }

  /**
   * Returns the follow-up plan (rencana pembinaan pasca-pelatihan): support steps after
   * completion and outcome checkpoints, if the program has one.
   *
   * @return the plan, or empty
   */
  public abstract Optional<FollowUpPlan> followUpPlan();

  @Value.Lazy
  ImmutableMap<CohortId, Cohort> cohortsById() {
    return cohorts().stream().collect(toImmutableMap(Cohort::id, Function.identity()));
  }

  /**
   * Returns the cohort with the given id.
   *
   * @param id the cohort id, not null
   * @return the cohort, or empty if the program has none with that id
   */
  public Optional<Cohort> cohort(CohortId id) {
    return Optional.ofNullable(cohortsById().get(id));
  }

  /**
   * Returns the seats of all cohorts together: the sum of their minimums and of their maximums.
   *
   * @return the total seats, not null
   */
  @Value.Lazy
  public Seats totalSeats() {
    return cohorts().stream().map(Cohort::seats).reduce(Seats::plus).orElseThrow();
  }

  /**
   * Returns the roles in which people may take part in at least one cohort.
   *
   * @return the roles, not empty
   */
  public ImmutableSet<ParticipantRole> participantRoles() {
    return cohorts().stream()
        .flatMap(c -> c.participantRoles().stream())
        .sorted()
        .collect(toImmutableSet());
  }

  /**
   * Returns every skill taught: those of the common curriculum, then those of the cohorts.
   *
   * @return the skills, not empty
   */
  public ImmutableSet<Skill> skills() {
    return Stream.concat(
            curriculum().stream().flatMap(m -> m.skill().stream()),
            cohorts().stream().flatMap(c -> c.skills().stream()))
        .collect(toImmutableSet());
  }

  /**
   * Returns the funding lines grouped by source, sources in the order first given.
   *
   * @return the lines by source, not null
   */
  public ImmutableListMultimap<FundingSource, Funding> fundingBySource() {
    return funding().stream().collect(toImmutableListMultimap(Funding::source, f -> f));
  }

  /**
   * Returns the sum of all funding lines, if every line's amount is known.
   *
   * @return the total, or empty if some amount is unknown
   */
  public Optional<Rupiah> totalFunding() {
    return Funding.sum(funding());
  }

  /**
   * Returns the sum of the funding lines from {@code source}, if it has lines and every one of
   * their amounts is known.
   *
   * @param source the source, not null
   * @return the total, or empty if the source has no lines or some amount is unknown
   */
  public Optional<Rupiah> totalFunding(FundingSource source) {
    ImmutableList<Funding> lines = fundingBySource().get(source);
    return lines.isEmpty() ? Optional.empty() : Funding.sum(lines);
  }

  /**
   * Returns a builder; {@code id}, {@code title}, {@code kind}, {@code organizer}, {@code
   * fiscalYear}, {@code period}, at least one funding line and at least one cohort are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingProgram}. */
  public static final class Builder extends ImmutableTrainingProgram.Builder {
    /** Creates an empty builder; prefer {@link TrainingProgram#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    ProgramChecks.text("program title", title());
    ProgramChecks.fiscalYear("program fiscalYear", fiscalYear());
    checkArgument(
        !coOrganizers().contains(organizer()),
        "program coOrganizers must not include the organizer: %s",
        organizer().name());
    ProgramChecks.fiscalYear("program lastFiscalYear", lastFiscalYear());
    checkArgument(
        lastFiscalYear() >= fiscalYear(),
        "program lastFiscalYear must not be before its fiscalYear %s: %s",
        fiscalYear(),
        lastFiscalYear());
    checkArgument(!funding().isEmpty(), "program funding must have at least one line: %s", id());
    checkArgument(!cohorts().isEmpty(), "program cohorts must not be empty: %s", id());
    checkArgument(
        fiscalPeriod().encloses(period()),
        "program period must lie within its fiscal years %s: %s",
        years(),
        period());
    eligibility()
        .ifPresent(p -> ProgramChecks.statesNoAdmissionFact("program " + id() + " eligibility", p));
    Set<CohortId> seen = new HashSet<>();
    for (Cohort c : cohorts()) {
      checkArgument(seen.add(c.id()), "program cohorts must have unique ids: %s twice", c.id());
      checkArgument(
          period().encloses(c.period()),
          "cohort period must lie within the program period %s: cohort %s has %s",
          period(),
          c.id(),
          c.period());
    }
    for (Funding f : funding()) {
      checkArgument(
          f.fiscalYear() >= fiscalYear() && f.fiscalYear() <= lastFiscalYear(),
          "program funding fiscalYear must lie within the program's fiscal years %s: %s line of %s",
          years(),
          f.source(),
          f.fiscalYear());
      for (CohortId c : f.cohorts()) {
        checkArgument(
            cohort(c).isPresent(),
            "program funding cohorts must be cohorts of program %s: %s line of %s names %s",
            id(),
            f.source(),
            f.fiscalYear(),
            c);
      }
      checkArgument(
          !paidBy(f).isEmpty(),
          "program funding line must pay for a cohort: the %s line of %s names no cohort and no"
              + " cohort starts in %s",
          f.source(),
          f.fiscalYear(),
          f.fiscalYear());
    }
    long seats = 0;
    for (Cohort c : cohorts()) {
      seats += c.seats().max();
    }
    checkArgument(
        seats <= Integer.MAX_VALUE, "program totals must fit: total seats %s overflow", seats);
    try {
      Rupiah known = Rupiah.ZERO;
      for (Funding f : funding()) {
        known = known.plus(f.amount().orElse(Rupiah.ZERO));
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "program totals must fit: total known funding overflows", e);
    }
  }

  private String years() {
    return multiYear() ? fiscalYear() + "-" + lastFiscalYear() : Integer.toString(fiscalYear());
  }

  /**
   * Returns a short description: id, title, period and number of cohorts.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "TrainingProgram{id=" + id() + ", title=" + title() + ", period=" + period()
        + ", cohorts=" + cohorts().size() + "}";
  }
}
