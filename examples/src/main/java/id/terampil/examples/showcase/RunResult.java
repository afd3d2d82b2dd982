package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Application;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.program.CohortId;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionResult;

/**
 * What each step of a {@link SeedRun} produced, for the {@link Report} and for tests.
 *
 * @param scenario the scenario run
 * @param applications the applications, in registration order
 * @param eligibility each application's eligibility for its first choice
 * @param selection the selection as decided at the close of registration
 * @param finalSelection the selection after released seats were re-filled from the waitlist
 * @param promoted the applicants promoted from the waitlist, in order
 * @param enrollments one enrollment per person, in selection order, at the end of training
 * @param duplicates the enrollments of duplicate applications (rejected)
 * @param attendance the attendance sheet of each cohort that ran
 * @param completions the completion decision of each participant
 * @param certificates the certificates issued
 * @param followUp the follow-up activities announced
 * @param indicators the program's indicators
 */
public record RunResult(
    Scenario scenario,
    ImmutableList<Application> applications,
    ImmutableMap<Application, EligibilityDecision> eligibility,
    SelectionResult selection,
    SelectionResult finalSelection,
    ImmutableList<SelectionOutcome> promoted,
    ImmutableList<Enrollment> enrollments,
    ImmutableList<Enrollment> duplicates,
    ImmutableMap<CohortId, AttendanceSheet> attendance,
    ImmutableList<Completion> completions,
    ImmutableList<Certificate> certificates,
    ImmutableList<FollowUpNote> followUp,
    Indicators indicators) {}
