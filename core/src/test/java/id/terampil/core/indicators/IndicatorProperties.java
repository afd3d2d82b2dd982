package id.terampil.core.indicators;

import static id.terampil.core.followup.FollowUpFixtures.DINDAGKOP;
import static id.terampil.core.followup.FollowUpFixtures.nik;
import static id.terampil.core.indicators.IndicatorFixtures.APPLIED;
import static id.terampil.core.indicators.IndicatorFixtures.SEWING;
import static id.terampil.core.indicators.IndicatorFixtures.START;
import static id.terampil.core.indicators.IndicatorFixtures.WELDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentTransitions;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.enrollment.Transition;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.CohortId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Laws of {@link ProgramIndicators} over random histories, activities and outcomes. */
class IndicatorProperties {

  private static final StatusReason REASON = StatusReason.of(ReasonCode.PERSONAL);
  private static final OutcomeStatus[] STATUSES = OutcomeStatus.values();
  private static final FollowUpKind[] KINDS = FollowUpKind.values();
  private static final int[] MONTHS = {3, 6, 12};

  /** One application per list; each element picks a transition of the public table. */
  private static List<Enrollment> enrollments(List<List<Integer>> walks) {
    List<Enrollment> out = new ArrayList<>();
    for (int i = 0; i < walks.size(); i++) {
      CohortId cohort = i % 2 == 0 ? SEWING : WELDING;
      Enrollment e = Enrollment.apply(nik(i + 1), cohort, APPLIED.plusDays(i % 5));
      for (int choice : walks.get(i)) {
        List<Transition> next = EnrollmentTransitions.from(e.status());
        if (next.isEmpty()) {
          break;
        }
        Transition t = next.get(choice % next.size());
        LocalDate date = e.statusSince().plusDays(choice % 9);
        e = t.reasonRequired() ? e.transition(t.to(), date, REASON) : e.transition(t.to(), date);
      }
      out.add(e);
    }
    return out;
  }

  private static List<AttendanceSheet> sheets(List<Enrollment> enrollments, List<Integer> marks) {
    List<TrainingSession> days = TrainingSession.days(START, START.plusDays(2));
    List<AttendanceSheet> out = new ArrayList<>();
    for (CohortId cohort : List.of(SEWING, WELDING)) {
      List<Nik> people = new ArrayList<>();
      enrollments.stream().filter(e -> e.cohort().equals(cohort)).forEach(e -> people.add(e.participant()));
      if (people.isEmpty()) {
        continue;
      }
      AttendanceSheet sheet = AttendanceSheet.of(cohort, days, people);
      int k = 0;
      for (Nik p : people) {
        for (TrainingSession d : days) {
          int m = marks.isEmpty() ? 3 : marks.get(k++ % marks.size()) % 4;
          if (m < 3) {
            sheet = sheet.record(d, p, AttendanceMark.values()[m]);
          }
        }
      }
      out.add(sheet);
    }
    return out;
  }

  private static List<FollowUpActivity> activities(List<Long> values) {
    List<FollowUpActivity> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      long v = values.get(i);
      FollowUpActivity.Builder b = FollowUpActivity.builder();
      b.kind(KINDS[(int) (v % KINDS.length)])
          .deliveredBy(DINDAGKOP)
          .recipient(Recipient.participant(nik(i % 30 + 1)))
          .date(START.plusDays(v % 400));
      if (v % 3 != 0) {
        b.value(Rupiah.of(v));
      }
      if (v % 5 == 1) {
        b.cohort(SEWING);
      } else if (v % 5 == 2) {
        b.cohort(WELDING);
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<Outcome> outcomes(List<Integer> codes) {
    List<Outcome> out = new ArrayList<>();
    for (int c : codes) {
      out.add(
          Outcome.of(
              nik(c % 40 + 1),
              MONTHS[c % MONTHS.length],
              STATUSES[c % STATUSES.length],
              START.plusDays(c % 500)));
    }
    return out;
  }

  private static ProgramIndicators compute(
      List<List<Integer>> walks,
      List<Integer> marks,
      List<Long> values,
      List<Integer> outcomeCodes,
      int asOfDays) {
    List<Enrollment> enrollments = enrollments(walks);
    return ProgramIndicators.compute(
        IndicatorInputs.builder()
            .program(IndicatorFixtures.program())
            .asOf(APPLIED.plusDays(asOfDays))
            .addAllEnrollments(enrollments)
            .addAllAttendanceSheets(sheets(enrollments, marks))
            .addAllActivities(activities(values))
            .addAllOutcomes(outcomes(outcomeCodes))
            .build());
  }

  private static void assertWithinZeroAndOne(Optional<Ratio> rate) {
    rate.ifPresent(
        r -> assertTrue(r.compareTo(Ratio.ZERO) >= 0 && Ratio.ONE.isAtLeast(r), r.toString()));
  }

  @Property(tries = 200)
  void countsAddUpAndTheFunnelNarrows(
      @ForAll @Size(max = 40) List<@Size(max = 10) List<@IntRange(min = 0, max = 99) Integer>> walks,
      @ForAll @IntRange(min = 0, max = 200) int asOfDays) {
    ProgramIndicators ind = compute(walks, List.of(), List.of(), List.of(), asOfDays);
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
      @ForAll @Size(max = 40) List<@Size(max = 10) List<@IntRange(min = 0, max = 99) Integer>> walks,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 99) Integer> marks,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 10_000) Integer> outcomeCodes,
      @ForAll @IntRange(min = 0, max = 600) int asOfDays) {
    ProgramIndicators ind = compute(walks, marks, List.of(), outcomeCodes, asOfDays);
    List<IndicatorSet> sets = new ArrayList<>(ind.byCohort().values());
    sets.add(ind.overall());
    for (IndicatorSet s : sets) {
      assertWithinZeroAndOne(s.completionRate());
      assertWithinZeroAndOne(s.meanAttendanceRate());
      for (CheckpointOutcomes o : s.outcomes()) {
        assertEquals(
            o.completers(), o.reached() + o.unreachable() + o.notRecorded() + o.notYetDue());
        assertWithinZeroAndOne(o.workingOrInBusinessRate());
        for (OutcomeStatus st : STATUSES) {
          if (st.isReached()) {
            assertWithinZeroAndOne(o.rate(st));
          }
        }
      }
    }
  }

  @Property(tries = 200)
  void totalSupportValueIsTheSumOfTheActivityValuesKnownByTheReferenceDate(
      @ForAll @Size(max = 50) List<@LongRange(min = 1, max = 5_000_000_000L) Long> values,
      @ForAll @IntRange(min = 0, max = 600) int asOfDays) {
    ProgramIndicators ind = compute(List.of(), List.of(), values, List.of(), asOfDays);
    LocalDate asOf = ind.asOf();
    Rupiah expected = Rupiah.ZERO;
    int counted = 0;
    for (FollowUpActivity a : activities(values)) {
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
