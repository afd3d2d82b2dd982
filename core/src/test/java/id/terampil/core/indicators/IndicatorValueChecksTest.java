package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.END;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.WELDING;
import static id.terampil.core.indicators.IndicatorFixtures.completed;
import static id.terampil.core.indicators.IndicatorFixtures.program;
import static id.terampil.core.indicators.IndicatorFixtures.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.enrollment.CompletionFixtures;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.Seats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The invariants of the indicator value types, each shown to reject a bad value with a message
 * naming what is wrong, and the boundaries where they still accept.
 */
class IndicatorValueChecksTest {

  private static void rejects(String messageStart, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  private static final ImmutableMap<EnrollmentStatus, Integer> NINE_RECORDED =
      ImmutableMap.of(
          EnrollmentStatus.APPLIED, 1,
          EnrollmentStatus.WITHDRAWN, 2,
          EnrollmentStatus.REJECTED, 1,
          EnrollmentStatus.WAITLISTED, 1,
          EnrollmentStatus.SELECTED, 4);

  /**
   * Counts in field order: applicants, unrecorded, pending, withdrawn before selection, rejected,
   * waitlisted, selected, enrolled, started, in training, completed.
   */
  private static EnrollmentCounts counts(ImmutableMap<EnrollmentStatus, Integer> byStatus, int... n) {
    return ImmutableEnrollmentCounts.builder()
        .applicants(n[0])
        .unrecorded(n[1])
        .pending(n[2])
        .withdrawnBeforeSelection(n[3])
        .rejected(n[4])
        .waitlisted(n[5])
        .selected(n[6])
        .enrolled(n[7])
        .started(n[8])
        .inTraining(n[9])
        .completed(n[10])
        .putAllByStatus(byStatus)
        .build();
  }

  /**
   * A consistent funnel with the given changes: 1 unrecorded, 1 pending, 1 withdrawn, 1 rejected,
   * 1 waitlisted, 5 selected (4 enrolled, 3 started, 1 in training, 1 completed) = 10 applicants.
   */
  private static EnrollmentCounts funnel(int index, int value) {
    int[] n = {10, 1, 1, 1, 1, 1, 5, 4, 3, 1, 1};
    n[index] = value;
    return counts(NINE_RECORDED, n);
  }

  @Test
  void a_consistent_funnel_is_accepted_and_its_derived_counts_follow() {
    EnrollmentCounts c = funnel(0, 10);
    assertEquals(10, c.applicants());
    assertEquals(2, c.exited());
    assertEquals(Optional.of(Ratio.of(1, 2)), c.completionRate());
  }

  @Test
  void enrollment_counts_reject_a_negative_count() {
    rejects(
        "enrollment counts must not be negative: EnrollmentCounts{",
        () -> counts(NINE_RECORDED, 8, 1, -1, 1, 1, 1, 5, 4, 3, 1, 1));
    rejects(
        "enrollment counts must not be negative: EnrollmentCounts{",
        () -> funnel(9, -1));
  }

  @Test
  void enrollment_counts_reject_outcomes_that_do_not_add_up_to_applicants() {
    rejects(
        "enrollment counts must add up to applicants: EnrollmentCounts{",
        () -> funnel(0, 11));
    rejects(
        "enrollment counts must add up to applicants: EnrollmentCounts{",
        () -> funnel(0, 9));
  }

  @Test
  void enrollment_counts_reject_a_funnel_that_widens() {
    String narrow = "enrollment counts must narrow: completed <= started <= enrolled <= selected: ";
    rejects(narrow, () -> funnel(10, 4));
    rejects(narrow, () -> funnel(9, 3));
    rejects(narrow, () -> funnel(8, 5));
    rejects(narrow, () -> funnel(7, 6));
  }

  @Test
  void enrollment_counts_reject_status_counts_that_miss_recorded_applicants() {
    rejects(
        "enrollment counts byStatus must add up to the recorded applicants: EnrollmentCounts{",
        () -> counts(ImmutableMap.of(EnrollmentStatus.APPLIED, 1), 10, 1, 1, 1, 1, 1, 5, 4, 3, 1, 1));
  }

  private static final ImmutableMap<OutcomeStatus, Integer> THREE_OBSERVED =
      ImmutableMap.of(OutcomeStatus.EMPLOYED, 2, OutcomeStatus.UNREACHABLE, 1);

  private static CheckpointOutcomes checkpoint(
      int completers, ImmutableMap<OutcomeStatus, Integer> byStatus, int notRecorded, int notYetDue) {
    return ImmutableCheckpointOutcomes.builder()
        .monthsAfterCompletion(6)
        .completers(completers)
        .putAllByStatus(byStatus)
        .notRecorded(notRecorded)
        .notYetDue(notYetDue)
        .windowMonths(3)
        .observedEarly(0)
        .observedLate(0)
        .build();
  }

  @Test
  void checkpoint_outcomes_that_add_up_are_accepted() {
    CheckpointOutcomes o = checkpoint(7, THREE_OBSERVED, 3, 1);
    assertEquals(2, o.reached());
    assertEquals(1, o.unreachable());
  }

  @Test
  void checkpoint_outcomes_reject_negative_or_zero_counts() {
    String negative = "checkpoint outcome counts must not be negative: CheckpointOutcomes{";
    rejects(negative, () -> checkpoint(3, THREE_OBSERVED, -1, 1));
    rejects(negative, () -> checkpoint(5, THREE_OBSERVED, 3, -1));
    rejects(
        negative,
        () ->
            checkpoint(
                7,
                ImmutableMap.of(OutcomeStatus.EMPLOYED, 3, OutcomeStatus.UNREACHABLE, 0),
                3,
                1));
  }

  @Test
  void checkpoint_outcomes_reject_counts_that_do_not_add_up_to_completers() {
    rejects(
        "checkpoint outcome counts must add up to completers: CheckpointOutcomes{",
        () -> checkpoint(8, THREE_OBSERVED, 3, 1));
  }

  private static ImmutableFundingCost.Builder cost(int participants, int completers) {
    return ImmutableFundingCost.builder()
        .funding(Rupiah.of(1_000))
        .participants(participants)
        .completers(completers);
  }

  @Test
  void funding_cost_accepts_as_many_completers_as_participants() {
    FundingCost c = cost(3, 3).build();
    assertEquals(Optional.of(Rupiah.of(333)), c.perParticipant());
    assertEquals(Optional.of(Rupiah.of(333)), c.perCompleter());
    assertEquals(Optional.empty(), cost(0, 0).build().perParticipant());
  }

  @Test
  void funding_cost_rejects_more_completers_than_participants_or_negative_heads() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> cost(2, 3).build());
    assertEquals(
        "funding cost heads must satisfy 0 <= completers <= participants: 3, 2", e.getMessage());
    rejects("funding cost heads must satisfy 0 <= completers <= participants: -1, 2",
        () -> cost(2, -1).build());
    rejects("funding cost heads must satisfy 0 <= completers <= participants: 0, -1",
        () -> cost(-1, 0).build());
  }

  private static ImmutableSupportTotal.Builder support(int activities, int beneficiaries, int unvalued) {
    return ImmutableSupportTotal.builder()
        .kind(FollowUpKind.CART_GRANT)
        .activities(activities)
        .beneficiaries(beneficiaries)
        .unvalued(unvalued)
        .totalValue(Rupiah.of(5_000_000));
  }

  @Test
  void support_total_accepts_its_boundaries() {
    assertEquals(1, support(1, 1, 0).build().activities());
    assertEquals(1, support(1, 1, 1).build().unvalued());
  }

  @Test
  void support_total_rejects_no_activity_no_beneficiary_or_impossible_unvalued_counts() {
    String msg = "support totals must count at least one activity and beneficiary: SupportTotal{";
    rejects(msg, () -> support(0, 1, 0).build());
    rejects(msg, () -> support(1, 0, 0).build());
    rejects(msg, () -> support(1, 1, -1).build());
    rejects(msg, () -> support(1, 1, 2).build());
  }

  private static ImmutableIndicatorSet.Builder set(int applicants) {
    return ImmutableIndicatorSet.builder()
        .seats(Seats.exactly(16))
        .counts(
            ImmutableEnrollmentCounts.builder()
                .applicants(applicants)
                .unrecorded(0)
                .pending(0)
                .withdrawnBeforeSelection(0)
                .rejected(applicants - 4)
                .waitlisted(0)
                .selected(4)
                .enrolled(4)
                .started(4)
                .inTraining(1)
                .completed(2)
                .putAllByStatus(
                    ImmutableMap.of(
                        EnrollmentStatus.REJECTED, applicants - 4,
                        EnrollmentStatus.ACTIVE, 1,
                        EnrollmentStatus.COMPLETED, 2,
                        EnrollmentStatus.DROPPED_OUT, 1))
                .build())
        .people(ImmutablePersonCounts.builder().applicants(applicants).selected(4).started(4)
            .completed(2).build())
        .credentials(ImmutableCredentials.builder().certificates(2).competent(2).notYetCompetent(0)
            .build())
        .participantsWithAttendance(0);
  }

  @Test
  void a_scope_is_oversubscribed_only_with_more_applicants_than_seats() {
    assertFalse(set(16).build().isOversubscribed());
    assertTrue(set(17).build().isOversubscribed());
    assertEquals(Optional.of(Ratio.of(2, 3)), set(16).build().completionRate());
  }

  private static ImmutableProgramIndicators.Builder indicators(int unmatchedOutcomes) {
    return ImmutableProgramIndicators.builder()
        .program(ProgramId.of("BLK-PKL-2025"))
        .asOf(END)
        .overall(set(16).build())
        .unmatchedOutcomes(unmatchedOutcomes);
  }

  @Test
  void program_indicators_must_start_their_costs_with_the_all_sources_cost() {
    String msg = "program indicators costs must start with the all-sources cost: ";
    rejects(msg, () -> indicators(0).build());
    rejects(
        msg,
        () ->
            indicators(0)
                .addCosts(cost(1, 1).source(FundingSource.APBD_PROVINSI).build())
                .build());
    ProgramIndicators ok = indicators(0).addCosts(cost(1, 1).build()).build();
    assertEquals(Optional.empty(), ok.totalCost().source());
  }

  @Test
  void program_indicators_reject_a_negative_unmatched_outcome_count() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> indicators(-1).addCosts(cost(1, 1).build()).build());
    assertEquals("program indicators unmatchedOutcomes must not be negative: -1", e.getMessage());
  }

  @Test
  void indicator_inputs_reject_two_attendance_sheets_for_one_cohort() {
    AttendanceSheet sheet =
        AttendanceSheet.of(SEWING, TrainingSession.days(END, END), List.of(nik(1)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorInputs.builder()
                    .program(program())
                    .asOf(END)
                    .addAttendanceSheets(sheet, sheet)
                    .build());
    assertEquals(
        "indicator attendanceSheets must hold at most one sheet per cohort: BLK25-JAHIT twice",
        e.getMessage());
  }

  @Test
  void indicator_inputs_reject_an_attendance_sheet_of_a_cohort_outside_the_program() {
    AttendanceSheet sheet =
        AttendanceSheet.of(
            CohortId.of("OTHER-1"), TrainingSession.days(END, END), List.of(nik(1)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorInputs.builder().program(program()).asOf(END).addAttendanceSheets(sheet).build());
    assertEquals(
        "indicator attendance sheet cohort must be a cohort of program BLK-PKL-2025: OTHER-1",
        e.getMessage());
  }

  @Test
  void indicator_inputs_accept_exactly_as_many_reported_applicants_as_enrollments_applied() {
    IndicatorInputs.Builder b = IndicatorInputs.builder();
    b.program(program()).asOf(END).addEnrollments(started(nik(1), SEWING), started(nik(2), SEWING));
    assertEquals(Optional.of(2), b.reportedApplicants(2).build().reportedApplicants());
    IndicatorInputs.Builder c = IndicatorInputs.builder();
    c.program(program()).asOf(END).addEnrollments(started(nik(1), SEWING), started(nik(2), SEWING));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> c.reportedApplicants(1).build());
    assertEquals(
        "indicator reportedApplicants must not be less than the 2 enrollments applied by"
            + " 2025-02-21: 1",
        e.getMessage());
  }

  @Test
  void outcome_checkpoints_count_from_the_latest_completion_of_a_person() {
    LocalDate later = LocalDate.of(2025, 6, 30);
    LocalDate asOf = LocalDate.of(2025, 8, 1);
    for (boolean sewingFirst : new boolean[] {true, false}) {
      var early = completed(nik(1), SEWING);
      var late =
        started(nik(1), WELDING)
            .complete(later, CompletionFixtures.satisfied(nik(1), WELDING, later));
      IndicatorInputs.Builder b = IndicatorInputs.builder();
      b.program(program()).asOf(asOf);
      if (sewingFirst) {
        b.addEnrollments(early, late);
      } else {
        b.addEnrollments(late, early);
      }
      CheckpointOutcomes three =
          ProgramIndicators.compute(b.build()).overall().outcomesAt(3).orElseThrow();
      assertEquals(1, three.completers());
      // 3 months after 2025-06-30 is after the reference date; after 2025-02-21 it is not.
      assertEquals(1, three.notYetDue());
      assertEquals(0, three.notRecorded());
    }
  }
}
