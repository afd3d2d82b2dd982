package id.terampil.examples.showcase;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.SelectionPolicy;
import java.time.LocalDate;

/**
 * Everything a {@link SeedRun} needs for one program: the program (with its follow-up plan), the
 * close of registration (the reference date of eligibility), where the applications come from,
 * how applicants are selected, what completing a cohort takes, the follow-up deliveries an article
 * dates, how graduates fare at the checkpoints, and the seed of every pseudo-random choice
 * (re-registration, attendance, assessment, outcomes).
 *
 * @param program the program, not null
 * @param registrationCloses the close of registration, before every cohort starts, not null
 * @param pool the applications, not null
 * @param selection the selection policy, not null
 * @param completion the completion rule of every cohort, not null
 * @param handOvers planned steps delivered on a date the article gives, by kind; a kind not here
 *     is delivered to every cohort's graduates in the first month of its planned window
 * @param outcomeWeights how often each status is observed at a checkpoint (relative weights); empty
 *     when the program follows no outcomes
 * @param seed the seed of the run's pseudo-random choices
 */
public record Scenario(
    TrainingProgram program,
    LocalDate registrationCloses,
    ApplicantPool pool,
    SelectionPolicy selection,
    CompletionRule completion,
    ImmutableMap<FollowUpKind, HandOver> handOvers,
    ImmutableMap<OutcomeStatus, Integer> outcomeWeights,
    long seed) {

  /** Checks the weights. */
  public Scenario {
    outcomeWeights.forEach(
        (status, weight) ->
            checkArgument(weight >= 1, "outcome weight must be at least 1: %s %s", status, weight));
  }

  /**
   * A planned follow-up step handed over on one day to the graduates of some cohorts, e.g. the
   * BLK's cart grants of 4 August 2025.
   *
   * @param date the day of the hand-over, not null
   * @param cohorts the cohorts whose graduates receive it, not empty
   */
  public record HandOver(LocalDate date, ImmutableSet<CohortId> cohorts) {

    /** Checks the cohorts. */
    public HandOver {
      checkArgument(!cohorts.isEmpty(), "hand-over cohorts must not be empty: %s", date);
    }
  }
}
