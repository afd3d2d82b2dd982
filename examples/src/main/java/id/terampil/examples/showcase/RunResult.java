package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.GrantConflict;
import id.terampil.core.followup.Outcome;
import id.terampil.core.identity.CohortId;
import id.terampil.core.indicators.ProgramIndicators;
import id.terampil.core.program.NominationOutcome;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionResult;
import java.util.Optional;

/**
 * What each step of a {@link SeedRun} produced, for the {@link Report} and for tests.
 *
 * @param scenario the scenario run
 * @param applications the applications, in registration order
 * @param eligibility each application's admission to its first choice
 * @param nominations the outcome of each nomination into cohorts filled by nomination
 * @param selection the selection as decided at the close of registration
 * @param finalSelection the selection after released seats were re-filled from the waitlist
 * @param promoted the applicants promoted from the waitlist, in order
 * @param enrollments one enrollment per person, in selection order, at the end of training
 * @param duplicates the enrollments of duplicate applications (rejected)
 * @param attendance the attendance sheet of each cohort that ran
 * @param completions the completion decision of each participant
 * @param certificates the certificates issued
 * @param ledger the follow-up delivered to the graduates
 * @param refusedGrant the ledger's refusal of a second one-time grant to the same person, if the
 *     plan has a one-time grant
 * @param outcomes the graduates' outcomes observed at the plan's checkpoints
 * @param indicators the program's indicators at the end of follow-up
 */
public record RunResult(
    Scenario scenario,
    ImmutableList<Application> applications,
    ImmutableMap<Application, EligibilityDecision> eligibility,
    ImmutableList<NominationOutcome> nominations,
    SelectionResult selection,
    SelectionResult finalSelection,
    ImmutableList<SelectionOutcome> promoted,
    ImmutableList<Enrollment> enrollments,
    ImmutableList<Enrollment> duplicates,
    ImmutableMap<CohortId, AttendanceSheet> attendance,
    ImmutableList<Completion> completions,
    ImmutableList<Certificate> certificates,
    FollowUpLedger ledger,
    Optional<GrantConflict> refusedGrant,
    ImmutableList<Outcome> outcomes,
    ProgramIndicators indicators) {

  /**
   * Returns the number of distinct people who applied.
   *
   * @return the count
   */
  public long people() {
    return applications.stream().map(a -> a.applicant().nik()).distinct().count();
  }

  /**
   * Returns the number of distinct people eligible for their first choice.
   *
   * @return the count
   */
  public long eligiblePeople() {
    return applications.stream()
        .filter(a -> eligibility.get(a).isEligible())
        .map(a -> a.applicant().nik())
        .distinct()
        .count();
  }
}
