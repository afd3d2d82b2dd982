package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.NominationOutcome;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.selection.SelectionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrollments from intake (penetapan peserta) and back into admission: the bridge from a {@link
 * SelectionResult} or a nomination list to one {@link Enrollment} per person, and from enrollments
 * of earlier programs to the {@link ParticipationHistory} admission reads ({@link #histories}), so
 * selection, enrollment and next year's admission follow from each other without retyping.
 *
 * <h2>One enrollment per person</h2>
 *
 * <p>Each NIK of a result gets exactly one enrollment, made from the outcome {@link
 * SelectionResult#outcomeOf(Nik)} keeps for it; a duplicate registration ({@link
 * id.terampil.core.selection.SelectionReason#DUPLICATE_NIK}) is a finding about the registration,
 * not a second enrollment. The enrollment is in the cohort the person is seated in, or, for people
 * not seated, in their first choice; it was applied for on the registration day of the kept
 * application. A seated person is {@link EnrollmentStatus#SELECTED}, a waitlisted one {@link
 * EnrollmentStatus#WAITLISTED} and a rejected one {@link EnrollmentStatus#REJECTED}, each with the
 * reason {@link ReasonCode#ofSelection} gives (the one table between the two).
 *
 * <h2>After releases and promotions</h2>
 *
 * <p>A result is a value: {@link SelectionResult#releaseAndPromote} and {@code promoteNext} return
 * a later one. {@link #update} moves the enrollments along the state machine to match it, the way
 * an administrator keeps the roster: first record on the enrollment why the seat is given back
 * (e.g. {@link Enrollment#lapse} with {@link ReasonCode#MISSED_RE_REGISTRATION}, which only the
 * caller knows), release it in the result, then update. A person promoted into another of their
 * choices keeps their dated history in the cohort now seated in; one rejected for want of seats
 * but still in the promotion pool is re-opened with {@link ReasonCode#READMITTED}. Enrollments
 * that have moved past selection (re-registered, training, finished, withdrawn, lapsed) are left
 * as they are.
 *
 * <p>Thread-safe; every method returns new immutable lists.
 *
 * @since 0.1.0
 */
public final class Enrollments {

  private Enrollments() {}

  /**
   * Returns one enrollment per person of a selection, decided on {@code decidedOn}.
   *
   * @param result the selection result, not null, with no seat released yet
   * @param decidedOn the day selection was announced, not null, not before any registration day
   * @return the enrollments in the order of {@link SelectionResult#all()}, one per NIK, not null
   * @throws IllegalArgumentException if the result has a released seat (make the enrollments
   *     first, then {@link #update} them), or {@code decidedOn} is before a registration day
   */
  public static ImmutableList<Enrollment> fromSelection(
      SelectionResult result, LocalDate decidedOn) {
    checkNotNull(result, "result must not be null");
    checkNotNull(decidedOn, "decidedOn must not be null");
    checkArgument(
        result.released().isEmpty(),
        "the result has %s released seats; make enrollments from the result before releasing,"
            + " then update them",
        result.released().size());
    ImmutableList.Builder<Enrollment> out = ImmutableList.builder();
    for (SelectionOutcome o : kept(result)) {
      Enrollment applied =
          Enrollment.apply(
              o.nik(), cohortOf(o), o.application().registeredAt().toLocalDate());
      out.add(advance(applied, o, decidedOn));
    }
    return out.build();
  }

  /**
   * Returns {@code current} moved to match a later state of the same selection, e.g. after {@link
   * SelectionResult#releaseAndPromote}: promoted people are selected (in the cohort promoted into),
   * people who joined or left a waitlist are waitlisted or rejected with the reason of {@link
   * ReasonCode#ofSelection}; every other enrollment is returned unchanged.
   *
   * @param current one enrollment per person of the selection, not null, e.g. from {@link
   *     #fromSelection}
   * @param later the later result, not null
   * @param on the day of the change, not null, not before any enrollment's last change
   * @return the enrollments in the order of {@code current}, not null
   * @throws IllegalArgumentException if {@code current} and {@code later} do not hold the same
   *     people, a NIK is given twice, or a released seat's enrollment still holds the seat (record
   *     why it was given back first, e.g. {@link Enrollment#lapse}); the message masks the NIK
   */
  public static ImmutableList<Enrollment> update(
      List<Enrollment> current, SelectionResult later, LocalDate on) {
    checkNotNull(later, "later must not be null");
    checkNotNull(on, "on must not be null");
    Map<Nik, Enrollment> byNik = new LinkedHashMap<>();
    for (Enrollment e : current) {
      checkArgument(
          byNik.put(e.participant(), e) == null,
          "current holds %s twice",
          e.participant().masked());
    }
    ImmutableList<SelectionOutcome> kept = kept(later);
    checkArgument(
        kept.size() == byNik.size(),
        "current holds %s people, the later result %s",
        byNik.size(),
        kept.size());
    for (SelectionOutcome o : kept) {
      Enrollment e = byNik.get(o.nik());
      checkArgument(
          e != null, "current has no enrollment for %s of the later result", o.nik().masked());
      byNik.put(o.nik(), advance(e, o, on));
    }
    return ImmutableList.copyOf(byNik.values());
  }

  /**
   * Returns one enrollment per person of a nomination list (see {@code Admission.nominate}): an
   * admitted nominee is {@link EnrollmentStatus#SELECTED}, a refused one {@link
   * EnrollmentStatus#REJECTED} with the reason of {@link ReasonCode#ofNomination}; a person
   * nominated twice gets one enrollment, from the first nomination.
   *
   * @param outcomes the outcomes of one or more nomination lists, not null
   * @param nominatedOn the day the list was submitted (the application day), not null
   * @param decidedOn the day the decision was made, not null, not before {@code nominatedOn}
   * @return the enrollments in list order, one per NIK and cohort, not null
   * @throws IllegalArgumentException if {@code decidedOn} is before {@code nominatedOn}
   */
  public static ImmutableList<Enrollment> fromNominations(
      List<NominationOutcome> outcomes, LocalDate nominatedOn, LocalDate decidedOn) {
    checkNotNull(outcomes, "outcomes must not be null");
    checkNotNull(nominatedOn, "nominatedOn must not be null");
    checkNotNull(decidedOn, "decidedOn must not be null");
    checkArgument(
        !decidedOn.isBefore(nominatedOn),
        "decidedOn must not be before nominatedOn: %s",
        decidedOn);
    ImmutableList.Builder<Enrollment> out = ImmutableList.builder();
    for (NominationOutcome o : outcomes) {
      if (o.status() == NominationOutcome.Status.DUPLICATE_NIK) {
        continue;
      }
      Enrollment applied =
          Enrollment.apply(o.nomination().person().nik(), o.cohort(), nominatedOn);
      out.add(
          ReasonCode.ofNomination(o.status())
              .map(code -> applied.reject(decidedOn, StatusReason.of(code)))
              .orElseGet(() -> applied.select(decidedOn)));
    }
    return out.build();
  }

  /** The outcome kept for each NIK, in the order of {@link SelectionResult#all()}. */
  private static ImmutableList<SelectionOutcome> kept(SelectionResult result) {
    ImmutableList.Builder<SelectionOutcome> out = ImmutableList.builder();
    for (SelectionOutcome o : result.all()) {
      if (result.outcomeOf(o.nik()).orElseThrow() == o) {
        out.add(o);
      }
    }
    return out.build();
  }

  private static CohortId cohortOf(SelectionOutcome o) {
    return o.cohort().orElse(o.application().firstChoice());
  }

  /** Moves {@code e} toward the status of {@code o}, leaving what selection no longer decides. */
  private static Enrollment advance(Enrollment e, SelectionOutcome o, LocalDate on) {
    EnrollmentStatus status = e.status();
    if (o.status() == SelectionStatus.RELEASED) {
      checkArgument(
          status != EnrollmentStatus.SELECTED
              && status != EnrollmentStatus.ENROLLED
              && status != EnrollmentStatus.ACTIVE,
          "the seat of %s was released but the enrollment is %s; record why it was given back"
              + " (e.g. lapse, withdraw) before updating",
          o.nik().masked(),
          status);
      return e;
    }
    boolean open =
        status == EnrollmentStatus.APPLIED
            || status == EnrollmentStatus.WAITLISTED
            || (status == EnrollmentStatus.REJECTED && inPool(e));
    if (!open) {
      return e;
    }
    Enrollment moved =
        e.cohort().equals(cohortOf(o))
            ? e
            : Enrollment.replay(e.participant(), cohortOf(o), e.appliedOn(), e.history());
    switch (o.status()) {
      case SELECTED:
        return reopened(moved, on).select(on);
      case WAITLISTED:
        return status == EnrollmentStatus.WAITLISTED
            ? moved
            : reopened(moved, on).waitlist(on, reasonOf(o));
      default:
        return status == EnrollmentStatus.REJECTED ? moved : moved.reject(on, reasonOf(o));
    }
  }

  /** Whether a rejected enrollment was rejected for want of seats, so it stays in the pool. */
  private static boolean inPool(Enrollment e) {
    return e.statusReason()
        .map(r -> r.code() == ReasonCode.NO_SEATS || r.code() == ReasonCode.QUOTA_FULL)
        .orElse(false);
  }

  private static Enrollment reopened(Enrollment e, LocalDate on) {
    return e.status() == EnrollmentStatus.REJECTED
        ? e.reopen(on, StatusReason.of(ReasonCode.READMITTED))
        : e;
  }

  private static StatusReason reasonOf(SelectionOutcome o) {
    return StatusReason.of(ReasonCode.ofSelection(o.reason()).orElseThrow());
  }

  /**
   * Returns each person's training history (riwayat pelatihan) from their enrollments in earlier
   * programs, in the form admission reads ({@code Admission.decide}, {@code nominate} and {@code
   * SelectionPolicy.select} take these histories by NIK).
   *
   * <p>The rule for each status, stated here once:
   *
   * <ul>
   *   <li>A person who holds or held a seat is a participant: {@link EnrollmentStatus#SELECTED},
   *       {@code ENROLLED}, {@code ACTIVE}, {@code COMPLETED}, {@code NOT_COMPLETED}, {@code
   *       DROPPED_OUT} and {@code EXCLUDED} give a {@link PastParticipation} with the cohort's
   *       period and skills, so the overlap rule ({@code notEnrolledInOverlappingCohort}) sees the
   *       whole period of every seat taken, also of one left early.
   *   <li>Only {@link EnrollmentStatus#COMPLETED} is {@linkplain PastParticipation#completed()
   *       completed}, so of the cohorts that have ended only a completed one counts for the
   *       same-skill rule ({@code notTrainedInSameSkillWithin}); dropping out, failing or being
   *       excluded does not bar the skill once the cohort has ended (a seat in a cohort not yet
   *       ended counts, as that rule states).
   *   <li>Who never took a seat ({@code APPLIED}, {@code WAITLISTED}, {@code REJECTED}, {@code
   *       WITHDRAWN}, {@code LAPSED}) has no participation.
   * </ul>
   *
   * <p>The status is the one on {@code asOf}, so a history can be rebuilt as it stood at an
   * earlier admission.
   *
   * @param enrollments the enrollments, not null, in cohorts of {@code programs}
   * @param programs the programs whose cohorts the enrollments are in, not null
   * @param asOf the day the histories are taken on, not null
   * @return the history of every person with at least one participation, by NIK, not null
   * @throws IllegalArgumentException if an enrollment's cohort is in none of {@code programs}, or
   *     two programs have a cohort of the same id
   */
  public static ImmutableMap<Nik, ParticipationHistory> histories(
      Collection<Enrollment> enrollments, Collection<TrainingProgram> programs, LocalDate asOf) {
    checkNotNull(enrollments, "enrollments must not be null");
    checkNotNull(programs, "programs must not be null");
    checkNotNull(asOf, "asOf must not be null");
    Map<CohortId, Cohort> cohorts = new HashMap<>();
    for (TrainingProgram p : programs) {
      for (Cohort c : p.cohorts()) {
        checkArgument(cohorts.put(c.id(), c) == null, "two programs have cohort %s", c.id());
      }
    }
    Map<Nik, List<PastParticipation>> byNik = new LinkedHashMap<>();
    for (Enrollment e : enrollments) {
      Cohort cohort = cohorts.get(e.cohort());
      checkArgument(cohort != null, "cohort %s is in none of the programs given", e.cohort());
      Optional<EnrollmentStatus> status = e.statusOn(asOf);
      if (status.isPresent() && tookASeat(status.get())) {
        byNik
            .computeIfAbsent(e.participant(), n -> new ArrayList<>())
            .add(
                PastParticipation.of(
                    cohort.id(),
                    cohort.period(),
                    cohort.skills(),
                    status.get() == EnrollmentStatus.COMPLETED));
      }
    }
    ImmutableMap.Builder<Nik, ParticipationHistory> out = ImmutableMap.builder();
    byNik.forEach((nik, list) -> out.put(nik, ParticipationHistory.of(list)));
    return out.buildOrThrow();
  }

  /** Whether a person in {@code status} holds or held a seat: the participation rule above. */
  static boolean tookASeat(EnrollmentStatus status) {
    // A switch expression without default: a new status does not compile until classified.
    return switch (status) {
      case SELECTED, ENROLLED, ACTIVE, COMPLETED, NOT_COMPLETED, DROPPED_OUT, EXCLUDED -> true;
      case APPLIED, WAITLISTED, REJECTED, WITHDRAWN, LAPSED -> false;
    };
  }
}
