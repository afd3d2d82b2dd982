package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.internal.RegionSet;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.Period;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One batch of a training program (angkatan / kelas / gelombang): the skills it teaches, where
 * and when, how many seats it has, who teaches, whose residents it serves and in which roles
 * people may take part.
 *
 * <p>Invariants: at least one skill; training days (by default every day of the period) lie
 * within the period; at least one participant role. {@link #regionsServed()} empty means no
 * residence restriction; {@link #targetGroups()} empty means the program's target groups apply.
 * Eligibility rules beyond these are not invariants and live elsewhere.
 *
 * <p>Immutable, thread-safe and value-based; equal when all attributes are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Cohort {

  Cohort() {}

  /**
   * Returns the cohort identifier, unique within its program.
   *
   * @return the id, not null
   */
  public abstract CohortId id();

  /**
   * Returns a display name, e.g. "Kelurahan Bendan Kergon", if given.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the skills taught, in the order given.
   *
   * @return the skills, not empty
   */
  public abstract ImmutableSet<Skill> skills();

  /**
   * Returns the venue, if known.
   *
   * @return the venue, or empty
   */
  public abstract Optional<Venue> venue();

  /**
   * Returns the period from the first to the last day of the cohort, inclusive.
   *
   * @return the period, not null
   */
  public abstract Period period();

  /**
   * Returns the days on which training takes place, in date order. When none are given, every day
   * of the {@link #period()} is a training day.
   *
   * @return the days, not empty, all within the period
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> trainingDays();

  /**
   * Returns the seats; {@link Seats#max()} is the hard capacity.
   *
   * @return the seats, not null
   */
  public abstract Seats seats();

  /**
   * Returns the instructors, possibly none if unknown.
   *
   * @return the instructors, not null
   */
  public abstract ImmutableList<Instructor> instructors();

  /**
   * Returns the regions whose residents the cohort serves, e.g. one kelurahan; empty means no
   * residence restriction.
   *
   * @return the regions, not null
   */
  public abstract ImmutableSet<RegionCode> regionsServed();

  /**
   * Returns the roles in which people may take part. When none are given, only {@link
   * ParticipantRole#CITIZEN_APPLICANT} is.
   *
   * @return the roles, not empty
   */
  public abstract ImmutableSet<ParticipantRole> participantRoles();

  /**
   * Returns target groups specific to this cohort; empty means the program's target groups apply
   * (see {@link TrainingProgram#targetGroupsOf(Cohort)}).
   *
   * @return the groups, not null
   */
  public abstract ImmutableSet<TargetGroup> targetGroups();

  /**
   * Returns this cohort's eligibility rules that override the program's, rule kind by rule kind
   * (e.g. residence in the one kelurahan the cohort serves); see {@link
   * TrainingProgram#eligibilityOf(Cohort)}.
   *
   * @return the overriding policy, or empty
   */
  public abstract Optional<EligibilityPolicy> eligibilityOverride();

  /**
   * Returns the number of training days.
   *
   * @return the number, positive
   */
  public int trainingDayCount() {
    return trainingDays().size();
  }

  /**
   * Returns whether residents of {@code residence} are served: true when {@link #regionsServed()}
   * is empty or one of its regions contains (or is) {@code residence}.
   *
   * @param residence the region of residence at any level, not null
   * @return whether the cohort serves that residence
   */
  public boolean serves(RegionCode residence) {
    return regionsServed().isEmpty() || servedRegions().anyContains(residence);
  }

  /**
   * The regions served, kept for {@link #serves}, which runs for every application checked
   * against the cohort (lazy: not part of equality).
   */
  @Value.Lazy
  RegionSet servedRegions() {
    return RegionSet.of(regionsServed());
  }

  /**
   * Returns the context in which applicants to this cohort are judged on {@code referenceDate}:
   * this cohort's id, period and skills, and no participation histories.
   *
   * @param referenceDate the date ages and document validity are judged at (usually the close of
   *     registration), not null
   * @return the context, not null
   */
  public EligibilityContext eligibilityContext(LocalDate referenceDate) {
    return EligibilityContext.builder()
        .referenceDate(checkNotNull(referenceDate, "reference date must not be null"))
        .cohort(id())
        .cohortPeriod(period())
        .addAllCohortSkills(skills())
        .build();
  }

  /**
   * Returns whether people may take part in {@code role}.
   *
   * @param role the role, not null
   * @return whether the role is among {@link #participantRoles()}
   */
  public boolean admits(ParticipantRole role) {
    return participantRoles().contains(role);
  }

  /**
   * Returns a builder; {@code id}, at least one skill, {@code period} and {@code seats} are
   * required. Training days default to every day of the period, participant roles to citizen
   * applicants.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cohort}. */
  public static final class Builder extends ImmutableCohort.Builder {
    /** Creates an empty builder; prefer {@link Cohort#builder()}. */
    public Builder() {}
  }

  /**
   * Fills in the defaults (every day of the period; citizen applicants), so that a cohort built
   * with defaults equals one built with the same values given explicitly, then checks the
   * invariants.
   */
  @Value.Check
  final Cohort normalize() {
    if (trainingDays().isEmpty() || participantRoles().isEmpty()) {
      // Copies every attribute: a new attribute must be added here too (CohortTest guards this).
      Builder b = builder();
      b.id(id())
          .name(name())
          .addAllSkills(skills())
          .venue(venue())
          .period(period())
          .seats(seats())
          .addAllInstructors(instructors())
          .addAllRegionsServed(regionsServed())
          .addAllTargetGroups(targetGroups())
          .eligibilityOverride(eligibilityOverride());
      b.addAllTrainingDays(
          trainingDays().isEmpty() ? period().dates()::iterator : trainingDays());
      b.addAllParticipantRoles(
          participantRoles().isEmpty()
              ? ImmutableSet.of(ParticipantRole.CITIZEN_APPLICANT)
              : participantRoles());
      return b.build();
    }
    check();
    return this;
  }

  private void check() {
    ProgramChecks.optionalText("cohort name", name());
    checkArgument(!skills().isEmpty(), "cohort skills must not be empty: cohort %s", id());
    LocalDate first = trainingDays().first();
    LocalDate last = trainingDays().last();
    checkArgument(
        period().contains(first) && period().contains(last),
        "cohort trainingDays must lie within the cohort period %s: cohort %s has %s",
        period(),
        id(),
        period().contains(first) ? last : first);
  }

  /**
   * Returns a short description: id, period and seats.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Cohort{id=" + id() + ", period=" + period() + ", seats=" + seats() + "}";
  }
}
