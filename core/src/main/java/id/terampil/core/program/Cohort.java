package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.identity.CohortId;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One batch of a training program (angkatan / kelas / gelombang): the skills it teaches, where
 * and when, how many seats it has, who teaches, whose residents it serves and in which roles
 * people may take part.
 *
 * <p>Invariants: at least one skill; training days (by default Monday to Friday of the period)
 * lie within the period, and a cohort whose period holds no weekday lists its days; at least one
 * participant role; the {@linkplain #eligibilityOverride() override} states no residence or
 * target-group rule. The cohort, within its program, is the one source of who may take a seat:
 * its {@link Admission} (from {@link TrainingProgram#admission(CohortId)}) is derived from these
 * facts, each inherited from the program where the cohort states none.
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
  public abstract DateRange period();

  /**
   * Returns the days on which training takes place, in date order. When none are given, the
   * weekdays, Monday to Friday, of the {@link #period()} are the training days; days that are
   * given are used as given, a Saturday or Sunday included. Public holidays are not known to the
   * cohort: the caller leaves them out when it makes the sessions of the attendance sheet.
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
   * Returns the regions whose residents the cohort serves, e.g. one kelurahan; empty means the
   * program's regions apply (see {@link Admission#regionsServed()}), and no restriction where the
   * program states none either.
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
   * Returns the required target-group conditions, all of which an applicant must meet (an AND of
   * any-of sets); empty means the program's apply (see {@link Admission#requiredGroups()}).
   *
   * @return the conditions, not null
   */
  public abstract ImmutableList<GroupRequirement> requiredGroups();

  /**
   * Returns the target groups given priority in selection (e.g. "terutama ibu rumah tangga");
   * empty means the program's apply. They never exclude anyone.
   *
   * @return the groups, not null
   */
  public abstract ImmutableSet<TargetGroup> priorityGroups();

  /**
   * Returns how participants come in: open registration and selection (the default), or
   * nomination by the agency.
   *
   * @return the intake, not null
   */
  @Value.Default
  public Intake intake() {
    return Intake.OPEN_REGISTRATION;
  }

  /**
   * Returns this cohort's eligibility rules that override the program's, rule kind by rule kind
   * (e.g. another age range); see {@link Admission#policy()}. It never states residence or
   * required target groups: those are {@link #regionsServed()} and {@link #requiredGroups()}.
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
   * Returns the context in which applicants to this cohort are judged on {@code referenceDate}:
   * this cohort's id, period and skills, and no participation histories.
   *
   * @param referenceDate the date ages and document validity are judged at (usually the close of
   *     registration), not null
   * @return the context, not null
   */
  public EligibilityContext eligibilityContext(LocalDate referenceDate) {
    return eligibilityContext(referenceDate, ParticipationHistory.empty());
  }

  /**
   * Returns the context in which one applicant to this cohort is judged on {@code referenceDate}:
   * this cohort's id, period and skills, and the applicant's participation history.
   *
   * @param referenceDate the date ages and document validity are judged at, not null
   * @param history the applicant's training history, not null
   * @return the context, not null
   */
  public EligibilityContext eligibilityContext(
      LocalDate referenceDate, ParticipationHistory history) {
    return EligibilityContext.builder()
        .referenceDate(checkNotNull(referenceDate, "reference date must not be null"))
        .cohort(id())
        .cohortPeriod(period())
        .addAllCohortSkills(skills())
        .history(checkNotNull(history, "history must not be null"))
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
   * required. Training days default to Monday to Friday of the period (a cohort whose period
   * holds only a weekend must list its days), participant roles to citizen applicants.
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
   * Fills in the defaults (Monday to Friday of the period; citizen applicants), so that a cohort
   * built with defaults equals one built with the same values given explicitly, then checks the
   * invariants.
   *
   * @throws IllegalArgumentException if no training day is given and the period holds no weekday
   */
  @Value.Check
  final Cohort normalize() {
    if (trainingDays().isEmpty()) {
      checkArgument(
          period().weekdays().findAny().isPresent(),
          "cohort trainingDays must be listed when the period %s holds no weekday (Monday to"
              + " Friday): cohort %s",
          period(),
          id());
      return ((ImmutableCohort) this).withTrainingDays(period().weekdays()::iterator);
    }
    if (participantRoles().isEmpty()) {
      return ((ImmutableCohort) this).withParticipantRoles(ParticipantRole.CITIZEN_APPLICANT);
    }
    check();
    return this;
  }

  private void check() {
    ProgramChecks.optionalText("cohort name", name());
    eligibilityOverride()
        .ifPresent(p -> ProgramChecks.statesNoAdmissionFact("cohort " + id() + " eligibilityOverride", p));
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
