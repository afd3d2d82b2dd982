package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.identity.Nik;
import id.terampil.core.indicators.CheckpointOutcomes;
import id.terampil.core.indicators.EnrollmentCounts;
import id.terampil.core.indicators.IndicatorInputs;
import id.terampil.core.indicators.IndicatorSet;
import id.terampil.core.indicators.ProgramIndicators;
import id.terampil.core.indicators.SupportTotal;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link ProgramIndicators} (issue 4, point 9): counts add up (selected + waitlisted +
 * rejected + ... = applicants, per cohort and overall), the funnel narrows, every rate lies
 * between zero and one, checkpoint counts add up, and the support total is the sum of the
 * activity values known by the reference date. Inputs come from the testkit: programs (drawn
 * once), enrollment histories per cohort, attendance sheets of the enrolled, follow-up activities
 * and outcomes.
 */
class IndicatorProperties {

  /** Programs drawn once (fixed seed): generating a program per try would dominate the run. */
  private static final List<TrainingProgram> PROGRAMS =
      Samples.list(TerampilArbitraries.programs().withCohorts(1, 3), 10, 29L);

  @Provide
  Arbitrary<IndicatorInputs> inputs() {
    return Arbitraries.of(PROGRAMS).flatMap(IndicatorProperties::inputsOf);
  }

  private static Arbitrary<IndicatorInputs> inputsOf(TrainingProgram program) {
    List<Arbitrary<List<Enrollment>>> perCohort = new ArrayList<>();
    for (Cohort c : program.cohorts()) {
      perCohort.add(
          TerampilArbitraries.enrollments(c).list().uniqueElements(Enrollment::participant).ofMaxSize(15));
    }
    return Combinators.combine(perCohort)
        .as(lists -> lists.stream().flatMap(List::stream).toList())
        .flatMap(enrollments -> withTheRest(program, enrollments));
  }

  private static Arbitrary<IndicatorInputs> withTheRest(
      TrainingProgram program, List<Enrollment> enrollments) {
    List<Arbitrary<Optional<AttendanceSheet>>> sheets = new ArrayList<>();
    for (Cohort c : program.cohorts()) {
      List<Nik> people =
          enrollments.stream().filter(e -> e.cohort().equals(c.id())).map(Enrollment::participant).toList();
      sheets.add(
          people.isEmpty()
              ? Arbitraries.just(Optional.empty())
              : Arbitraries.oneOf(
                  Arbitraries.just(Optional.empty()),
                  TerampilArbitraries.attendanceSheets(c, people).map(Optional::of)));
    }
    List<Nik> everyone =
        List.copyOf(new LinkedHashSet<>(enrollments.stream().map(Enrollment::participant).toList()));
    Arbitrary<List<FollowUpActivity>> activities =
        everyone.isEmpty()
            ? Arbitraries.just(List.of())
            : TerampilArbitraries.followUpActivities(program, everyone).list().ofMaxSize(30);
    Arbitrary<List<Outcome>> outcomes =
        everyone.isEmpty()
            ? Arbitraries.just(List.of())
            : TerampilArbitraries.outcomes(everyone, program.period().endInclusive()).list().ofMaxSize(40);
    LocalDate earliest = program.period().start().minusDays(60);
    return Combinators.combine(
            Combinators.combine(sheets).as(s -> s.stream().flatMap(Optional::stream).toList()),
            activities,
            outcomes,
            Arbitraries.integers().between(0, 800))
        .as(
            (s, a, o, days) ->
                IndicatorInputs.builder()
                    .program(program)
                    .asOf(earliest.plusDays(days))
                    .addAllEnrollments(enrollments)
                    .addAllAttendanceSheets(s)
                    .addAllActivities(a)
                    .addAllOutcomes(o)
                    .build());
  }

  private static void assertWithinZeroAndOne(Optional<Ratio> rate) {
    rate.ifPresent(
        r -> assertTrue(r.compareTo(Ratio.ZERO) >= 0 && Ratio.ONE.isAtLeast(r), r.toString()));
  }

  @Property(tries = 200)
  void countsAddUpAndTheFunnelNarrows(@ForAll("inputs") IndicatorInputs inputs) {
    ProgramIndicators ind = ProgramIndicators.compute(inputs);
    List<EnrollmentCounts> all = new ArrayList<>();
    all.add(ind.overall().counts());
    ind.byCohort().values().forEach(s -> all.add(s.counts()));
    for (EnrollmentCounts c : all) {
      assertEquals(
          c.applicants(),
          c.selected() + c.waitlisted() + c.rejected() + c.pending()
              + c.withdrawnBeforeSelection() + c.unrecorded());
      assertTrue(c.completed() <= c.started() && c.started() <= c.enrolled());
      assertTrue(c.enrolled() <= c.selected() && c.selected() <= c.applicants());
      assertEquals(
          c.applicants() - c.unrecorded(), c.byStatus().values().stream().mapToInt(i -> i).sum());
    }
    EnrollmentCounts overall = ind.overall().counts();
    int applicants = 0;
    int selected = 0;
    int completed = 0;
    for (IndicatorSet s : ind.byCohort().values()) {
      applicants += s.counts().applicants();
      selected += s.counts().selected();
      completed += s.counts().completed();
    }
    assertEquals(overall.applicants(), applicants);
    assertEquals(overall.selected(), selected);
    assertEquals(overall.completed(), completed);
  }

  @Property(tries = 200)
  void everyRateLiesBetweenZeroAndOneAndCheckpointCountsAddUp(
      @ForAll("inputs") IndicatorInputs inputs) {
    ProgramIndicators ind = ProgramIndicators.compute(inputs);
    List<IndicatorSet> sets = new ArrayList<>(ind.byCohort().values());
    sets.add(ind.overall());
    for (IndicatorSet s : sets) {
      assertWithinZeroAndOne(s.completionRate());
      assertWithinZeroAndOne(s.meanAttendanceRate());
      for (CheckpointOutcomes o : s.outcomes()) {
        assertEquals(
            o.completers(), o.reached() + o.unreachable() + o.notRecorded() + o.notYetDue());
        assertWithinZeroAndOne(o.workingOrInBusinessRate());
        for (OutcomeStatus st : OutcomeStatus.values()) {
          if (st.isReached()) {
            assertWithinZeroAndOne(o.rate(st));
          }
        }
      }
    }
  }

  @Property(tries = 200)
  void totalSupportValueIsTheSumOfTheActivityValuesKnownByTheReferenceDate(
      @ForAll("inputs") IndicatorInputs inputs) {
    ProgramIndicators ind = ProgramIndicators.compute(inputs);
    LocalDate asOf = ind.asOf();
    Rupiah expected = Rupiah.ZERO;
    int counted = 0;
    for (FollowUpActivity a : inputs.activities()) {
      if (!a.date().isAfter(asOf)) {
        expected = expected.plus(a.value().orElse(Rupiah.ZERO));
        counted++;
      }
    }
    assertEquals(expected, ind.overall().totalSupportValue());
    assertEquals(
        counted, ind.overall().support().values().stream().mapToInt(SupportTotal::activities).sum());
    long byCohort =
        ind.byCohort().values().stream().mapToLong(s -> s.totalSupportValue().amount()).sum();
    assertTrue(byCohort <= expected.amount());
  }
}
