package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.BLK;
import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.END;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.WELDING;
import static id.terampil.core.indicators.IndicatorFixtures.completed;
import static id.terampil.core.indicators.IndicatorFixtures.inputs;
import static id.terampil.core.indicators.IndicatorFixtures.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.core.attendance.AssessmentResult;
import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.followup.BusinessGroup;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Certificates and assessment results; the follow-up plan against what was delivered. */
class CredentialsAndFollowUpTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static Completion assessed(Nik nik, CohortId cohort, AssessmentResult result) {
    TrainingSession session = TrainingSession.onDay(END);
    AttendanceSheet sheet =
        AttendanceSheet.of(cohort, List.of(session), List.of(nik))
            .recordAllPresentExcept(session, Map.of());
    return CompletionRule.everySession().requiringAssessment().evaluate(sheet.summary(nik), result);
  }

  @Test
  void certificates_and_assessment_results_are_counted_per_cohort_and_program() {
    Completion a = assessed(nik(1), SEWING, AssessmentResult.COMPETENT);
    Completion b = assessed(nik(2), SEWING, AssessmentResult.NOT_YET_COMPETENT);
    Completion c = assessed(nik(3), WELDING, AssessmentResult.COMPETENT);
    Completion notAssessed =
        CompletionRule.everySession()
            .evaluate(
                AttendanceSheet.of(WELDING, List.of(TrainingSession.onDay(END)), List.of(nik(4)))
                    .recordAllPresentExcept(TrainingSession.onDay(END), Map.of())
                    .summary(nik(4)));
    IndicatorInputs.Builder in =
        inputs(AS_OF)
            .addCompletions(a, b, c, notAssessed)
            .addCertificates(
                Certificate.issue(a, END, "560/001/BLK/2025"),
                Certificate.issue(c, END.plusDays(3), "560/002/BLK/2025"),
                // issued after the reference date: not yet issued
                Certificate.issue(notAssessed, AS_OF.plusDays(1), "560/003/BLK/2025"));
    ProgramIndicators ind = ProgramIndicators.compute(in.build());

    Credentials all = ind.overall().credentials();
    assertEquals(2, all.certificates());
    assertEquals(2, all.competent());
    assertEquals(1, all.notYetCompetent());
    assertEquals(3, all.assessed());
    assertEquals(Optional.of(Ratio.of(2, 3)), all.competentRate());
    Credentials sewing = ind.cohort(SEWING).orElseThrow().credentials();
    assertEquals(1, sewing.certificates());
    assertEquals(Optional.of(Ratio.of(1, 2)), sewing.competentRate());
    assertEquals(1, ind.cohort(WELDING).orElseThrow().credentials().competent());

    // before the last session nothing is decided and nothing issued
    Credentials before =
        ProgramIndicators.compute(
                inputs(END.minusDays(1)).addCompletions(a, b).addCertificates(Certificate.issue(a, END, "1"))
                    .build())
            .overall()
            .credentials();
    assertEquals(0, before.assessed());
    assertEquals(Optional.empty(), before.competentRate());
    assertEquals(0, before.certificates());
  }

  @Test
  void inputs_reject_two_decisions_or_certificates_for_one_person_and_cohort_or_a_foreign_cohort() {
    Completion a = assessed(nik(1), SEWING, AssessmentResult.COMPETENT);
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> inputs(AS_OF).addCompletions(a, a).build());
    assertEquals(
        "indicator completions must hold at most one completion per NIK and cohort: "
            + nik(1).masked() + " twice in " + SEWING,
        twice.getMessage());
    Certificate cert = Certificate.issue(a, END, "560/001/BLK/2025");
    IllegalArgumentException certs =
        assertThrows(
            IllegalArgumentException.class, () -> inputs(AS_OF).addCertificates(cert, cert).build());
    assertEquals(
        "indicator certificates must hold at most one certificate per NIK and cohort: "
            + nik(1).masked() + " twice in " + SEWING,
        certs.getMessage());
    Completion foreign = assessed(nik(1), CohortId.of("LAIN"), AssessmentResult.COMPETENT);
    IllegalArgumentException other =
        assertThrows(IllegalArgumentException.class, () -> inputs(AS_OF).addCompletions(foreign).build());
    assertEquals(
        "indicator completion cohort must be a cohort of program BLK-PKL-2025: LAIN",
        other.getMessage());
  }

  @Test
  void on_the_last_session_day_decisions_and_certificates_of_that_day_count() {
    Completion a = assessed(nik(1), SEWING, AssessmentResult.COMPETENT);
    Credentials onTheDay =
        ProgramIndicators.compute(
                inputs(END).addCompletions(a).addCertificates(Certificate.issue(a, END, "1")).build())
            .overall()
            .credentials();
    assertEquals(1, onTheDay.competent());
    assertEquals(1, onTheDay.certificates());
  }

  @Test
  void credentials_reject_an_assessed_total_beyond_an_int() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImmutableCredentials.builder()
                    .certificates(0)
                    .competent(Integer.MAX_VALUE)
                    .notYetCompetent(1)
                    .build());
    assertEquals(true, e.getMessage().startsWith("credential counts must not be negative"));
    for (int[] bad : new int[][] {{0, -1, 0}, {0, 0, -1}}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> ImmutableCredentials.builder().certificates(bad[0]).competent(bad[1])
              .notYetCompetent(bad[2]).build());
    }
  }

  @Test
  void credentials_reject_negative_counts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImmutableCredentials.builder().certificates(-1).competent(0).notYetCompetent(0).build());
    assertEquals(
        "credential counts must not be negative, nor competent + notYetCompetent exceed 2147483647:"
            + " Credentials{certificates=-1, competent=0, notYetCompetent=0}",
        e.getMessage());
  }

  @Test
  void the_plan_is_compared_with_what_was_delivered_per_kind_and_cohort() {
    // The plan: a cart grant in months 1-6 after completion (due by 2025-08-21), coaching in
    // months 0-12 (due by 2026-02-21).
    BusinessGroup group = BusinessGroup.of("Kelompok Jahit Sejahtera", List.of(nik(1), nik(2)));
    ProgramIndicators ind =
        ProgramIndicators.compute(
            inputs(AS_OF)
                .addEnrollments(
                    completed(nik(1), SEWING),
                    completed(nik(2), SEWING),
                    completed(nik(3), SEWING),
                    completed(nik(4), WELDING))
                .addActivities(
                    FollowUpActivity.of(
                        FollowUpKind.CART_GRANT, DINDAGKOP, Recipient.group(group), LocalDate.of(2025, 5, 1)),
                    FollowUpActivity.of(
                        FollowUpKind.COACHING, BLK, Recipient.participant(nik(4)), LocalDate.of(2025, 4, 1)),
                    // after the reference date: not yet delivered
                    FollowUpActivity.of(
                        FollowUpKind.CART_GRANT, DINDAGKOP, Recipient.participant(nik(3)), AS_OF.plusDays(1)))
                .build());

    FollowUpProgress sewingCarts = ind.cohort(SEWING).orElseThrow().followUp().get(FollowUpKind.CART_GRANT);
    assertEquals(3, sewingCarts.completers());
    assertEquals(3, sewingCarts.due());
    assertEquals(2, sewingCarts.delivered());
    assertEquals(1, sewingCarts.overdue());
    FollowUpProgress carts = ind.overall().followUp().get(FollowUpKind.CART_GRANT);
    assertEquals(4, carts.completers());
    assertEquals(2, carts.overdue());
    FollowUpProgress coaching = ind.overall().followUp().get(FollowUpKind.COACHING);
    assertEquals(0, coaching.due());
    assertEquals(1, coaching.delivered());
    assertEquals(0, coaching.overdue());
    assertEquals(List.of(FollowUpKind.COACHING, FollowUpKind.CART_GRANT),
        List.copyOf(ind.overall().followUp().keySet()));
  }

  @Test
  void a_planned_step_is_due_on_its_last_day() {
    // the cart grant is planned in months 1-6 after completion on 2025-02-21: due 2025-08-21
    IndicatorInputs.Builder in = inputs(LocalDate.of(2025, 8, 21)).addEnrollments(completed(nik(1), SEWING));
    assertEquals(1, ProgramIndicators.compute(in.build()).overall().followUp()
        .get(FollowUpKind.CART_GRANT).overdue());
    IndicatorInputs.Builder before =
        inputs(LocalDate.of(2025, 8, 20)).addEnrollments(completed(nik(1), SEWING));
    assertEquals(0, ProgramIndicators.compute(before.build()).overall().followUp()
        .get(FollowUpKind.CART_GRANT).due());
  }

  private static FollowUpProgress progress(int completers, int due, int delivered, int overdue) {
    return ImmutableFollowUpProgress.builder()
        .kind(FollowUpKind.CART_GRANT)
        .completers(completers)
        .due(due)
        .delivered(delivered)
        .overdue(overdue)
        .build();
  }

  @Test
  void follow_up_progress_rejects_each_impossible_count_and_accepts_the_edges() {
    assertEquals(2, progress(2, 2, 2, 0).delivered());
    assertEquals(2, progress(2, 2, 0, 2).overdue());
    int[][] bad = {{2, 2, 1, -1}, {2, 1, 0, 2}, {2, 3, 0, 3}, {2, 2, 3, 0}, {2, 2, -1, 2}, {2, 2, 0, 1}};
    for (int[] b : bad) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> progress(b[0], b[1], b[2], b[3]));
      assertEquals(true, e.getMessage().startsWith("follow-up progress counts must satisfy"), e.getMessage());
    }
  }

  @Test
  void follow_up_progress_rejects_counts_that_do_not_fit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImmutableFollowUpProgress.builder()
                    .kind(FollowUpKind.TOOL_GRANT)
                    .completers(2)
                    .due(2)
                    .delivered(0)
                    .overdue(1)
                    .build());
    assertEquals(
        "follow-up progress counts must satisfy 0 <= overdue <= due <= completers, delivered <="
            + " completers and due - overdue <= delivered: FollowUpProgress{kind=TOOL_GRANT,"
            + " completers=2, due=2, delivered=0, overdue=1}",
        e.getMessage());
  }
}
