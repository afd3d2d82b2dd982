package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.APPLIED;
import static id.terampil.core.indicators.IndicatorFixtures.END;
import static id.terampil.core.indicators.IndicatorFixtures.REASON;
import static id.terampil.core.indicators.IndicatorFixtures.SELECTED;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.START;
import static id.terampil.core.indicators.IndicatorFixtures.WELDING;
import static id.terampil.core.indicators.IndicatorFixtures.applied;
import static id.terampil.core.indicators.IndicatorFixtures.completed;
import static id.terampil.core.indicators.IndicatorFixtures.program;
import static id.terampil.core.indicators.IndicatorFixtures.selected;
import static id.terampil.core.indicators.IndicatorFixtures.started;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.followup.BusinessGroup;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramIndicatorsTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static IndicatorInputs.Builder inputs(TrainingProgram program) {
    IndicatorInputs.Builder b = IndicatorInputs.builder();
    b.program(program).asOf(AS_OF);
    return b;
  }

  private static EnrollmentCounts countsAsOf(LocalDate asOf, Enrollment enrollment) {
    IndicatorInputs in =
        IndicatorInputs.builder().program(program()).asOf(asOf).addEnrollments(enrollment).build();
    return ProgramIndicators.compute(in).overall().counts();
  }

  private static IndicatorSet attendanceAsOf(LocalDate asOf, AttendanceSheet sheet) {
    IndicatorInputs in =
        IndicatorInputs.builder().program(program()).asOf(asOf).addAttendanceSheets(sheet).build();
    return ProgramIndicators.compute(in).overall();
  }

  private static List<Enrollment> completers(CohortId cohort, int from, int count) {
    List<Enrollment> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(completed(nik(i), cohort));
    }
    return out;
  }

  @Test
  void an_oversubscribed_program_counts_selected_waitlisted_and_rejected_per_cohort() {
    List<Enrollment> enrollments = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      Enrollment e = applied(nik(i), SEWING);
      enrollments.add(
          i <= 16 ? e.select(SELECTED) : i <= 26 ? e.waitlist(SELECTED, REASON) : e.reject(SELECTED, REASON));
    }
    for (int i = 41; i <= 50; i++) {
      enrollments.add(selected(nik(i), WELDING));
    }
    ProgramIndicators ind =
        ProgramIndicators.compute(inputs(program()).addAllEnrollments(enrollments).build());

    IndicatorSet all = ind.overall();
    assertEquals(Seats.exactly(32), all.seats());
    assertEquals(50, all.applicants());
    assertEquals(Ratio.of(50, 32), all.oversubscription());
    assertTrue(all.isOversubscribed());
    assertEquals(26, all.counts().selected());
    assertEquals(10, all.counts().waitlisted());
    assertEquals(14, all.counts().rejected());
    assertEquals(0, all.counts().enrolled());

    IndicatorSet sewing = ind.cohort(SEWING).orElseThrow();
    assertEquals(Ratio.of(5, 2), sewing.oversubscription());
    assertTrue(sewing.isOversubscribed());
    assertEquals(16, sewing.counts().selected());
    IndicatorSet welding = ind.cohort(WELDING).orElseThrow();
    assertEquals(Ratio.of(10, 16), welding.oversubscription());
    assertFalse(welding.isOversubscribed());
    assertEquals(List.of(SEWING, WELDING), List.copyOf(ind.byCohort().keySet()));
  }

  @Test
  void reported_applicants_without_records_count_as_unrecorded_and_must_not_be_fewer() {
    IndicatorInputs in =
        inputs(program()).addEnrollments(selected(nik(1), SEWING)).reportedApplicants(300).build();
    EnrollmentCounts counts = ProgramIndicators.compute(in).overall().counts();
    assertEquals(300, counts.applicants());
    assertEquals(299, counts.unrecorded());
    assertEquals(1, counts.selected());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                inputs(program())
                    .addEnrollments(selected(nik(1), SEWING), selected(nik(2), SEWING))
                    .reportedApplicants(1)
                    .build());
    assertTrue(e.getMessage().contains("reportedApplicants"), e.getMessage());
  }

  @Test
  void the_funnel_credits_the_stage_reached_before_leaving() {
    List<Enrollment> enrollments =
        List.of(
            applied(nik(1), SEWING), // pending
            applied(nik(2), SEWING).withdraw(SELECTED, REASON), // withdrawn before selection
            selected(nik(3), SEWING).lapse(START, REASON), // selected, never enrolled
            selected(nik(4), SEWING).confirmReRegistration(SELECTED).withdraw(START, REASON),
            started(nik(5), SEWING).exclude(START, REASON), // started, excluded
            started(nik(6), SEWING).dropOut(START.plusDays(3), REASON),
            started(nik(7), SEWING), // still in training
            completed(nik(8), SEWING),
            completed(nik(9), SEWING),
            selected(nik(10), SEWING).reject(START, REASON)); // cancelled at verification
    EnrollmentCounts c =
        ProgramIndicators.compute(inputs(program()).addAllEnrollments(enrollments).build())
            .overall()
            .counts();
    assertEquals(10, c.applicants());
    assertEquals(1, c.pending());
    assertEquals(1, c.withdrawnBeforeSelection());
    assertEquals(1, c.rejected());
    assertEquals(7, c.selected());
    assertEquals(6, c.enrolled());
    assertEquals(5, c.started());
    assertEquals(1, c.inTraining());
    assertEquals(2, c.completed());
    assertEquals(4, c.exited());
    assertEquals(Optional.of(Ratio.of(1, 2)), c.completionRate());
    assertEquals(Integer.valueOf(2), c.byStatus().get(EnrollmentStatus.COMPLETED));
  }

  @Test
  void the_funnel_keeps_the_furthest_stage_reached_through_reopenings() {
    StatusReason readmitted = StatusReason.of(ReasonCode.READMITTED);
    StatusReason corrected = StatusReason.of(ReasonCode.RECORDING_ERROR);
    List<Enrollment> enrollments =
        List.of(
            // excluded in training, re-admitted (EXCLUDED -> ENROLLED), then withdrawn
            started(nik(1), SEWING)
                .exclude(START.plusDays(2), REASON)
                .reopen(START.plusDays(3), readmitted)
                .withdraw(START.plusDays(4), REASON),
            // re-registered, lapsed, restored (LAPSED -> SELECTED)
            selected(nik(2), SEWING)
                .confirmReRegistration(SELECTED)
                .lapse(START, REASON)
                .reopen(START.plusDays(1), StatusReason.of(ReasonCode.DEADLINE_EXTENDED)),
            // re-registered, withdrew, withdrawal cancelled (WITHDRAWN -> APPLIED): not pending
            selected(nik(3), SEWING)
                .confirmReRegistration(SELECTED)
                .withdraw(START, REASON)
                .reopen(START.plusDays(1), corrected),
            // cancelled at verification
            selected(nik(4), SEWING).reject(START, REASON),
            // excluded in training and re-admitted: status enrolled, but it began training
            started(nik(5), SEWING)
                .exclude(START.plusDays(2), REASON)
                .reopen(START.plusDays(3), readmitted),
            // cancelled at verification, reviewed again (REJECTED -> APPLIED): awaits selection
            selected(nik(6), SEWING).reject(START, REASON).reopen(START.plusDays(1), corrected),
            // ... and selected again after the review
            selected(nik(7), SEWING)
                .reject(START, REASON)
                .reopen(START.plusDays(1), corrected)
                .select(START.plusDays(2))
                .confirmReRegistration(START.plusDays(2)),
            // withdrew before selection, withdrawal cancelled: never held a seat
            applied(nik(8), SEWING).withdraw(SELECTED, REASON).reopen(START, corrected));
    EnrollmentCounts c =
        ProgramIndicators.compute(inputs(program()).addAllEnrollments(enrollments).build())
            .overall()
            .counts();
    assertEquals(8, c.applicants());
    assertEquals(2, c.pending());
    assertEquals(0, c.withdrawnBeforeSelection());
    assertEquals(1, c.rejected());
    assertEquals(0, c.waitlisted());
    assertEquals(5, c.selected());
    assertEquals(5, c.enrolled());
    assertEquals(2, c.started());
    assertEquals(0, c.inTraining());
    assertEquals(0, c.completed());
    assertEquals(Integer.valueOf(3), c.byStatus().get(EnrollmentStatus.APPLIED));
    assertEquals(Integer.valueOf(2), c.byStatus().get(EnrollmentStatus.ENROLLED));
  }

  @Test
  void stages_reached_after_the_reference_date_are_not_yet_known() {
    Enrollment e =
        selected(nik(1), SEWING)
            .lapse(START, REASON)
            .reopen(START.plusDays(1), StatusReason.of(ReasonCode.DEADLINE_EXTENDED))
            .confirmReRegistration(START.plusDays(2))
            .start(START.plusDays(3));
    EnrollmentCounts restored = countsAsOf(START.plusDays(1), e);
    assertEquals(1, restored.selected());
    assertEquals(0, restored.enrolled());
    assertEquals(0, restored.started());
    EnrollmentCounts training = countsAsOf(START.plusDays(3), e);
    assertEquals(1, training.started());
    assertEquals(1, training.inTraining());
  }

  @Test
  void statuses_changed_after_the_reference_date_are_not_yet_known() {
    IndicatorInputs in =
        IndicatorInputs.builder()
            .program(program())
            .asOf(START.plusDays(1))
            .addEnrollments(completed(nik(1), SEWING), Enrollment.apply(nik(2), SEWING, END))
            .build();
    EnrollmentCounts c = ProgramIndicators.compute(in).overall().counts();
    assertEquals(1, c.applicants());
    assertEquals(1, c.inTraining());
    assertEquals(0, c.completed());
    assertEquals(Optional.empty(), c.completionRate());
  }

  @Test
  void outcome_rates_exclude_unreachable_participants_from_the_denominator() {
    List<Enrollment> enrollments = completers(SEWING, 1, 6);
    enrollments.add(started(nik(99), SEWING).dropOut(START, REASON));
    LocalDate sixMonths = END.plusMonths(6);
    List<Outcome> outcomes =
        List.of(
            Outcome.of(nik(1), 6, OutcomeStatus.WORKING_ABROAD, sixMonths),
            Outcome.of(nik(2), 6, OutcomeStatus.WORKING_ABROAD, sixMonths),
            Outcome.of(nik(3), 6, OutcomeStatus.NOT_WORKING, sixMonths),
            Outcome.of(nik(4), 6, OutcomeStatus.UNREACHABLE, sixMonths),
            // unreachable first, reached a week later: the later observation counts
            Outcome.of(nik(5), 6, OutcomeStatus.UNREACHABLE, sixMonths),
            Outcome.of(nik(5), 6, OutcomeStatus.BUSINESS_STARTED, sixMonths.plusDays(7)),
            // nik(6): nothing recorded; nik(99) dropped out: not a completer
            Outcome.of(nik(99), 6, OutcomeStatus.EMPLOYED, sixMonths),
            // observed after the reference date: not yet known
            Outcome.of(nik(6), 12, OutcomeStatus.EMPLOYED, AS_OF.plusDays(1)));
    ProgramIndicators ind =
        ProgramIndicators.compute(
            inputs(program()).addAllEnrollments(enrollments).addAllOutcomes(outcomes).build());

    CheckpointOutcomes six = ind.overall().outcomesAt(6).orElseThrow();
    assertEquals(6, six.completers());
    assertEquals(4, six.reached());
    assertEquals(1, six.unreachable());
    assertEquals(1, six.notRecorded());
    assertEquals(Optional.of(Ratio.of(2, 4)), six.rate(OutcomeStatus.WORKING_ABROAD));
    assertEquals(Optional.of(Ratio.of(1, 4)), six.rate(OutcomeStatus.BUSINESS_STARTED));
    assertEquals(Optional.of(Ratio.of(3, 4)), six.workingOrInBusinessRate());
    assertThrows(IllegalArgumentException.class, () -> six.rate(OutcomeStatus.UNREACHABLE));
    assertEquals(1, ind.unmatchedOutcomes());

    // 3 months due, nothing observed; 12 months falls after the reference date
    CheckpointOutcomes three = ind.overall().outcomesAt(3).orElseThrow();
    assertEquals(6, three.notRecorded());
    assertEquals(Optional.empty(), three.rate(OutcomeStatus.EMPLOYED));
    CheckpointOutcomes twelve = ind.overall().outcomesAt(12).orElseThrow();
    assertEquals(6, twelve.notYetDue());
    assertEquals(List.of(3, 6, 12), ind.overall().outcomes().stream().map(CheckpointOutcomes::monthsAfterCompletion).toList());
    assertEquals(0, ind.cohort(WELDING).orElseThrow().outcomesAt(6).orElseThrow().completers());
  }

  @Test
  void cost_per_participant_and_completer_by_source_is_rounded_half_up() {
    List<Enrollment> enrollments = completers(SEWING, 1, 6);
    enrollments.add(started(nik(7), WELDING).dropOut(START, REASON));
    ProgramIndicators ind =
        ProgramIndicators.compute(inputs(program()).addAllEnrollments(enrollments).build());

    FundingCost kota = ind.cost(FundingSource.APBD_KABUPATEN_KOTA).orElseThrow();
    assertEquals(7, kota.participants());
    assertEquals(6, kota.completers());
    // 100,000,000 / 7 = 14,285,714.28... -> 14,285,714 ; / 6 = 16,666,666.66... -> 16,666,667
    assertEquals(Optional.of(Rupiah.of(14_285_714)), kota.perParticipant());
    assertEquals(Optional.of(Rupiah.of(16_666_667)), kota.perCompleter());
    FundingCost total = ind.totalCost();
    assertEquals(Optional.of(Rupiah.ofMillions(150)), total.funding());
    assertEquals(Optional.of(Rupiah.of(21_428_571)), total.perParticipant());
    assertEquals(Optional.of(Rupiah.of(25_000_000)), total.perCompleter());
    assertTrue(ind.cost(FundingSource.DBHCHT).isEmpty());
    assertEquals(3, ind.costs().size());
  }

  @Test
  void cost_is_empty_when_a_funding_amount_is_unknown_or_nobody_took_part() {
    TrainingProgram program =
        program(
            16,
            Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025, Rupiah.ofMillions(100)),
            Funding.of(FundingSource.DBHCHT, 2025));
    ProgramIndicators ind =
        ProgramIndicators.compute(
            inputs(program).addEnrollments(completed(nik(1), SEWING)).build());
    assertEquals(Optional.empty(), ind.totalCost().perParticipant());
    assertEquals(Optional.empty(), ind.cost(FundingSource.DBHCHT).orElseThrow().perCompleter());
    assertEquals(
        Optional.of(Rupiah.ofMillions(100)),
        ind.cost(FundingSource.APBD_KABUPATEN_KOTA).orElseThrow().perCompleter());

    ProgramIndicators none = ProgramIndicators.compute(inputs(program()).build());
    assertEquals(Optional.empty(), none.totalCost().perParticipant());
    assertEquals(0, none.overall().applicants());
  }

  @Test
  void support_is_counted_by_kind_with_exact_totals_per_cohort() {
    BusinessGroup group = BusinessGroup.of("Kelompok Las Pringrejo", List.of(nik(11), nik(12)));
    FollowUpActivity cart1 =
        FollowUpActivity.builder()
            .kind(FollowUpKind.CART_GRANT)
            .deliveredBy(DINDAGKOP)
            .recipient(Recipient.participant(nik(1)))
            .date(LocalDate.of(2025, 8, 4))
            .value(Rupiah.of(3_500_000))
            .cohort(SEWING)
            .build();
    FollowUpActivity cart2 =
        FollowUpActivity.builder()
            .kind(FollowUpKind.CART_GRANT)
            .deliveredBy(DINDAGKOP)
            .recipient(Recipient.participant(nik(2)))
            .date(LocalDate.of(2025, 8, 4))
            .value(Rupiah.of(3_250_000))
            .cohort(SEWING)
            .build();
    FollowUpActivity coaching =
        FollowUpActivity.builder()
            .kind(FollowUpKind.COACHING)
            .deliveredBy(BLK)
            .recipient(Recipient.group(group))
            .date(LocalDate.of(2025, 9, 1))
            .cohort(WELDING)
            .build();
    FollowUpActivity unassigned =
        FollowUpActivity.of(
            FollowUpKind.COACHING, BLK, Recipient.participant(nik(11)), LocalDate.of(2025, 10, 1));
    FollowUpActivity later =
        FollowUpActivity.of(
            FollowUpKind.CART_GRANT, DINDAGKOP, Recipient.participant(nik(3)), AS_OF.plusDays(1),
            Rupiah.of(1_000_000));
    ProgramIndicators ind =
        ProgramIndicators.compute(
            inputs(program()).addActivities(cart1, cart2, coaching, unassigned, later).build());

    SupportTotal carts = ind.overall().support(FollowUpKind.CART_GRANT).orElseThrow();
    assertEquals(2, carts.activities());
    assertEquals(2, carts.beneficiaries());
    assertEquals(Rupiah.of(6_750_000), carts.totalValue());
    SupportTotal coachingTotal = ind.overall().support(FollowUpKind.COACHING).orElseThrow();
    assertEquals(2, coachingTotal.activities());
    assertEquals(2, coachingTotal.beneficiaries());
    assertEquals(2, coachingTotal.unvalued());
    assertEquals(Rupiah.ZERO, coachingTotal.totalValue());
    assertEquals(Rupiah.of(6_750_000), ind.overall().totalSupportValue());
    assertEquals(Map.of(FollowUpKind.CART_GRANT, carts), ind.cohort(SEWING).orElseThrow().support());
    assertEquals(1, ind.cohort(WELDING).orElseThrow().support(FollowUpKind.COACHING).orElseThrow().activities());
  }

  @Test
  void mean_attendance_rate_is_the_exact_mean_of_participant_rates() {
    List<TrainingSession> days = TrainingSession.days(START, START.plusDays(5));
    Nik a = nik(1);
    Nik b = nik(2);
    Nik c = nik(3);
    AttendanceSheet sheet = AttendanceSheet.of(SEWING, days, List.of(a, b, c));
    for (int i = 0; i < days.size(); i++) {
      sheet = sheet.record(days.get(i), a, AttendanceMark.PRESENT);
      sheet = sheet.record(days.get(i), b, i < 3 ? AttendanceMark.PRESENT : AttendanceMark.ABSENT);
      sheet = sheet.record(days.get(i), c, i < 4 ? AttendanceMark.PRESENT : AttendanceMark.EXCUSED);
    }
    IndicatorInputs in = inputs(program()).addAttendanceSheets(sheet).build();
    // (1 + 1/2 + 2/3) / 3 = 13/18
    IndicatorSet all = ProgramIndicators.compute(in).overall();
    assertEquals(3, all.participantsWithAttendance());
    assertEquals(Optional.of(Ratio.of(13, 18)), all.meanAttendanceRate());
    // excused counts as present: (1 + 1/2 + 1) / 3 = 5/6
    IndicatorInputs excused =
        inputs(program()).addAttendanceSheets(sheet).excusedCountsAsPresent(true).build();
    assertEquals(
        Optional.of(Ratio.of(5, 6)), ProgramIndicators.compute(excused).overall().meanAttendanceRate());
    assertEquals(
        Optional.empty(), ProgramIndicators.compute(in).cohort(WELDING).orElseThrow().meanAttendanceRate());
  }

  @Test
  void mean_attendance_leaves_out_sessions_after_the_reference_date() {
    List<TrainingSession> days = TrainingSession.days(START, START.plusDays(3));
    Nik a = nik(1);
    Nik b = nik(2);
    AttendanceSheet sheet = AttendanceSheet.of(SEWING, days, List.of(a, b));
    for (int i = 0; i < days.size(); i++) {
      sheet = sheet.record(days.get(i), a, i < 2 ? AttendanceMark.PRESENT : AttendanceMark.ABSENT);
    }
    // b is marked only on a session after the reference date
    sheet = sheet.record(days.get(3), b, AttendanceMark.ABSENT);
    // two sessions held by the reference date, both attended; b has no mark yet
    IndicatorSet held = attendanceAsOf(START.plusDays(1), sheet);
    assertEquals(1, held.participantsWithAttendance());
    assertEquals(Optional.of(Ratio.ONE), held.meanAttendanceRate());
    // the reference date itself counts: a 2/3, nobody else marked
    IndicatorSet third = attendanceAsOf(START.plusDays(2), sheet);
    assertEquals(Optional.of(Ratio.of(2, 3)), third.meanAttendanceRate());
    // before the first session nothing is known
    IndicatorSet none = attendanceAsOf(START.minusDays(1), sheet);
    assertEquals(0, none.participantsWithAttendance());
    assertEquals(Optional.empty(), none.meanAttendanceRate());
    // after the last session: a 1/2, b 0
    IndicatorSet all = attendanceAsOf(AS_OF, sheet);
    assertEquals(2, all.participantsWithAttendance());
    assertEquals(Optional.of(Ratio.of(1, 4)), all.meanAttendanceRate());
  }

  @Test
  void outcomes_observed_before_completion_are_unmatched_not_counted_at_the_checkpoint() {
    Nik a = nik(1);
    Nik b = nik(2);
    List<Outcome> outcomes =
        List.of(
            // observed before a applied, trained or completed
            Outcome.of(a, 3, OutcomeStatus.EMPLOYED, APPLIED),
            // observed during b's training, and a checkpoint of no plan
            Outcome.of(b, 2, OutcomeStatus.EMPLOYED, START),
            // observed on the day of completion: matched, but too early for the 3-month checkpoint
            Outcome.of(b, 3, OutcomeStatus.BUSINESS_STARTED, END));
    ProgramIndicators ind =
        ProgramIndicators.compute(
            inputs(program())
                .addEnrollments(completed(a, SEWING), completed(b, SEWING))
                .addAllOutcomes(outcomes)
                .build());

    CheckpointOutcomes three = ind.overall().outcomesAt(3).orElseThrow();
    assertEquals(2, three.completers());
    assertEquals(0, three.count(OutcomeStatus.EMPLOYED));
    assertEquals(0, three.count(OutcomeStatus.BUSINESS_STARTED));
    assertEquals(2, three.notRecorded());
    assertEquals(1, three.observedEarly());
    assertEquals(Optional.empty(), ind.overall().outcomesAt(2));
    assertEquals(Optional.empty(), ind.cohort(SEWING).orElseThrow().outcomesAt(2));
    assertEquals(2, ind.unmatchedOutcomes());
  }

  @Test
  void a_mean_beyond_a_long_is_rounded_to_fifteen_places() {
    BigInteger tenPow19 = BigInteger.TEN.pow(19);
    Ratio r =
        IndicatorCalculator.exactOrRounded(
            tenPow19.add(BigInteger.ONE), tenPow19.multiply(BigInteger.valueOf(3)).add(BigInteger.valueOf(7)));
    assertEquals(Ratio.of(333_333_333_333_333L, 1_000_000_000_000_000L), r);
    assertEquals(Ratio.of(1, 3), IndicatorCalculator.exactOrRounded(BigInteger.TWO, BigInteger.valueOf(6)));
    BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
    assertEquals(
        Ratio.of(Long.MAX_VALUE, 3), IndicatorCalculator.exactOrRounded(longMax, BigInteger.valueOf(3)));
    assertEquals(Ratio.of(1, Long.MAX_VALUE), IndicatorCalculator.exactOrRounded(BigInteger.ONE, longMax));
  }

  @Test
  void inputs_reject_foreign_cohorts_and_duplicates() {
    CohortId other = CohortId.of("OTHER");
    assertRejected("enrollment cohort", inputs(program()).addEnrollments(applied(nik(1), other)));
    assertRejected(
        "one enrollment per NIK and cohort",
        inputs(program()).addEnrollments(applied(nik(1), SEWING), selected(nik(1), SEWING)));
    List<TrainingSession> day = TrainingSession.days(START, START);
    assertRejected(
        "one sheet per cohort",
        inputs(program())
            .addAttendanceSheets(
                AttendanceSheet.of(SEWING, day, List.of(nik(1))),
                AttendanceSheet.of(SEWING, day, List.of(nik(2)))));
    assertRejected(
        "activity cohort",
        inputs(program())
            .addActivities(
                FollowUpActivity.builder()
                    .kind(FollowUpKind.COACHING)
                    .deliveredBy(BLK)
                    .recipient(Recipient.participant(nik(1)))
                    .date(END)
                    .cohort(other)
                    .build()));
  }

  private static void assertRejected(String expected, IndicatorInputs.Builder builder) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertFalse(e.getMessage().contains(nik(1).toString()), "message must mask the NIK");
  }
}
