package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.END;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.WELDING;
import static id.terampil.core.indicators.IndicatorFixtures.applied;
import static id.terampil.core.indicators.IndicatorFixtures.completed;
import static id.terampil.core.indicators.IndicatorFixtures.inputs;
import static id.terampil.core.indicators.IndicatorFixtures.program;
import static id.terampil.core.indicators.IndicatorFixtures.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.core.attendance.Ratio;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outcomes count only in their checkpoint's window; honest rates count every due completer. */
class OutcomeWindowAndRatesTest {

  /** Training ended 2025-02-21, so the 6-month checkpoint is due 2025-08-21. */
  private static final LocalDate DUE_6 = LocalDate.of(2025, 8, 21);

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static List<Enrollment> fiveCompleters() {
    List<Enrollment> out = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      out.add(completed(nik(i), SEWING));
    }
    return out;
  }

  private static final List<Outcome> OBSERVED =
      List.of(
          // three weeks after training: not a 6-month outcome
          Outcome.of(nik(1), 6, OutcomeStatus.EMPLOYED, END.plusWeeks(3)),
          // on the due date
          Outcome.of(nik(2), 6, OutcomeStatus.EMPLOYED, DUE_6),
          Outcome.of(nik(3), 6, OutcomeStatus.UNREACHABLE, DUE_6.plusDays(10)),
          // the last day of the three-month window
          Outcome.of(nik(4), 6, OutcomeStatus.EMPLOYED, DUE_6.plusMonths(3)),
          // the day after the window
          Outcome.of(nik(5), 6, OutcomeStatus.EMPLOYED, DUE_6.plusMonths(3).plusDays(1)));

  private static CheckpointOutcomes sixMonths(IndicatorInputs.Builder b) {
    return ProgramIndicators.compute(b.addAllEnrollments(fiveCompleters()).addAllOutcomes(OBSERVED).build())
        .overall()
        .outcomesAt(6)
        .orElseThrow();
  }

  @Test
  void an_outcome_counts_only_from_its_due_date_to_three_months_after() {
    CheckpointOutcomes six = sixMonths(inputs(AS_OF));
    assertEquals(3, six.windowMonths());
    assertEquals(2, six.count(OutcomeStatus.EMPLOYED));
    assertEquals(1, six.unreachable());
    assertEquals(2, six.notRecorded());
    assertEquals(1, six.observedEarly());
    assertEquals(1, six.observedLate());
    assertEquals(5, six.due());
    // reached-only: 2 employed of 2 reached; honest: 2 of the 5 due
    assertEquals(Optional.of(Ratio.ONE), six.rate(OutcomeStatus.EMPLOYED));
    assertEquals(Optional.of(Ratio.of(2, 5)), six.rateOverDue(OutcomeStatus.EMPLOYED));
    assertEquals(Optional.of(Ratio.of(2, 5)), six.workingOrInBusinessRateOverDue());
    assertEquals(Optional.of(Ratio.of(1, 5)), six.rateOverDue(OutcomeStatus.UNREACHABLE));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> six.rate(OutcomeStatus.UNREACHABLE));
    assertEquals(
        "outcome rate status must not be UNREACHABLE: unreachable participants are excluded from"
            + " the reached-only denominator; use unreachable() or rateOverDue(UNREACHABLE)",
        e.getMessage());
  }

  @Test
  void on_its_due_date_a_checkpoint_is_due() {
    CheckpointOutcomes six = sixMonths(inputs(DUE_6));
    assertEquals(5, six.due());
    assertEquals(1, six.count(OutcomeStatus.EMPLOYED));
    assertEquals(4, six.notRecorded());
    assertEquals(Optional.of(Ratio.of(1, 5)), six.rateOverDue(OutcomeStatus.EMPLOYED));
    CheckpointOutcomes before = sixMonths(inputs(DUE_6.minusDays(1)));
    assertEquals(0, before.due());
    assertEquals(5, before.notYetDue());
  }

  @Test
  void the_window_is_configurable() {
    CheckpointOutcomes six = sixMonths(inputs(AS_OF).outcomeWindowMonths(1));
    assertEquals(1, six.windowMonths());
    // the observation on the last day of three months is now late
    assertEquals(1, six.count(OutcomeStatus.EMPLOYED));
    assertEquals(2, six.observedLate());
    assertEquals(Optional.of(Ratio.of(1, 5)), six.rateOverDue(OutcomeStatus.EMPLOYED));
  }

  @Test
  void inputs_reject_a_window_outside_one_to_twelve_months() {
    for (int months : new int[] {0, -3, 13}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> inputs(AS_OF).outcomeWindowMonths(months).build());
      assertEquals("indicator outcomeWindowMonths must be between 1 and 12: " + months, e.getMessage());
    }
    assertEquals(12, inputs(AS_OF).outcomeWindowMonths(12).build().outcomeWindowMonths());
  }

  @Test
  void before_the_due_date_an_early_observation_is_reported_and_nobody_is_due() {
    CheckpointOutcomes six = sixMonths(inputs(LocalDate.of(2025, 6, 30)));
    assertEquals(5, six.notYetDue());
    assertEquals(1, six.observedEarly());
    assertEquals(0, six.due());
    assertEquals(Optional.empty(), six.rateOverDue(OutcomeStatus.EMPLOYED));
    assertEquals(Optional.empty(), six.workingOrInBusinessRateOverDue());
  }

  /** Two completers: one employed, one not yet due. */
  private static ImmutableCheckpointOutcomes.Builder checkpoint(int window, int early, int late) {
    return ImmutableCheckpointOutcomes.builder()
        .monthsAfterCompletion(6)
        .completers(2)
        .putByStatus(OutcomeStatus.EMPLOYED, 1)
        .notRecorded(0)
        .notYetDue(1)
        .windowMonths(window)
        .observedEarly(early)
        .observedLate(late);
  }

  @Test
  void checkpoint_outcomes_reject_early_or_late_counts_beyond_the_unobserved() {
    assertEquals(1, checkpoint(3, 1, 0).build().observedEarly());
    String msg = "checkpoint outcome observedEarly must be at most notRecorded + notYetDue and"
        + " observedLate at most notRecorded: ";
    for (ImmutableCheckpointOutcomes.Builder bad :
        List.of(checkpoint(3, 2, 0), checkpoint(3, 0, 1), checkpoint(3, -1, 0))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::build);
      assertEquals(true, e.getMessage().startsWith(msg), e.getMessage());
    }
    for (int months : new int[] {0, 13}) {
      IllegalArgumentException window =
          assertThrows(IllegalArgumentException.class, () -> checkpoint(months, 0, 0).build());
      assertEquals(
          "checkpoint outcome windowMonths must be between 1 and 12: " + months, window.getMessage());
    }
    assertEquals(1, checkpoint(1, 0, 0).build().windowMonths());
    assertEquals(12, checkpoint(12, 0, 0).build().windowMonths());
  }

  @Test
  void people_are_counted_beside_applications() {
    // nik(1) applied to both cohorts and completed sewing; nik(2) applied to welding; nik(3) was
    // selected for welding.
    IndicatorSet all =
        ProgramIndicators.compute(
                inputs(AS_OF)
                    .addEnrollments(
                        completed(nik(1), SEWING),
                        applied(nik(1), WELDING),
                        applied(nik(2), WELDING),
                        selected(nik(3), WELDING))
                    .build())
            .overall();
    assertEquals(4, all.counts().applicants());
    assertEquals(3, all.people().applicants());
    assertEquals(2, all.counts().selected());
    assertEquals(2, all.people().selected());
    assertEquals(1, all.people().started());
    assertEquals(1, all.people().completed());
  }

  @Test
  void person_counts_reject_each_widening_and_accept_equal_stages() {
    assertEquals(2, people(2, 2, 2, 2).completed());
    for (PersonCountsCase bad :
        List.of(
            new PersonCountsCase(1, 2, 0, 0),
            new PersonCountsCase(2, 1, 2, 0),
            new PersonCountsCase(2, 2, 1, 2),
            new PersonCountsCase(2, 2, 2, -1))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> people(bad.applicants(), bad.selected(), bad.started(), bad.completed()));
      assertEquals(true, e.getMessage().startsWith("person counts must narrow: "), e.getMessage());
    }
  }

  private record PersonCountsCase(int applicants, int selected, int started, int completed) {}

  private static PersonCounts people(int applicants, int selected, int started, int completed) {
    return ImmutablePersonCounts.builder()
        .applicants(applicants)
        .selected(selected)
        .started(started)
        .completed(completed)
        .build();
  }

  @Test
  void person_counts_reject_a_funnel_that_widens() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImmutablePersonCounts.builder().applicants(2).selected(1).started(2).completed(0).build());
    assertEquals(
        "person counts must narrow: 0 <= completed <= started <= selected <= applicants:"
            + " PersonCounts{applicants=2, selected=1, started=2, completed=0}",
        e.getMessage());
  }
}
