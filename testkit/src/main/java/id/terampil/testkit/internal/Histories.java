package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.enrollment.StatusReason;
import id.terampil.core.enrollment.Transition;
import id.terampil.core.enrollment.EnrollmentTransitions;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries of what happens to a cohort: enrollment histories and attendance sheets. */
public final class Histories {

  /** The most status changes in one generated history. */
  static final int MAX_STEPS = 12;

  /** The most sessions on one generated attendance sheet. */
  static final int MAX_SESSIONS = 60;

  private static final ImmutableList<ReasonCode> REASONS =
      ImmutableList.copyOf(ReasonCode.values()).stream()
          .filter(c -> !c.requiresNote())
          .collect(ImmutableList.toImmutableList());

  private Histories() {}

  /**
   * Returns enrollments in {@code cohort} whose histories are random walks over {@link
   * EnrollmentTransitions#table()}: applied up to 60 days before the cohort starts, then up to
   * {@value #MAX_STEPS} allowed moves a few days apart, each negative status with a reason and
   * about one in five other moves with an optional one. Histories shrink toward a bare
   * application.
   *
   * @param cohort the cohort, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Enrollment> enrollments(Cohort cohort) {
    checkNotNull(cohort, "cohort must not be null");
    LocalDate start = cohort.period().start();
    Arbitrary<LocalDate> applied = WeightedLongs.between(0, 60).often(10, 0L).map(start::minusDays);
    Arbitrary<List<Tuple.Tuple4<Integer, Integer, Integer, Boolean>>> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, 99),
                WeightedLongs.between(0, 14).often(30, 0L).map(Long::intValue),
                Arbitraries.integers().between(0, REASONS.size() - 1),
                Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
            .as(Tuple::of)
            .list()
            .ofMaxSize(MAX_STEPS);
    return Combinators.combine(new DefaultNikArbitrary(), applied, steps)
        .as((nik, on, walk) -> walk(nik, cohort, on, walk));
  }

  private static Enrollment walk(
      Nik nik,
      Cohort cohort,
      LocalDate appliedOn,
      List<Tuple.Tuple4<Integer, Integer, Integer, Boolean>> steps) {
    Enrollment enrollment = Enrollment.apply(nik, cohort.id(), appliedOn);
    LocalDate date = appliedOn;
    for (Tuple.Tuple4<Integer, Integer, Integer, Boolean> step : steps) {
      ImmutableList<Transition> next = EnrollmentTransitions.from(enrollment.status());
      if (next.isEmpty()) {
        break;
      }
      Transition t = next.get(step.get1() % next.size());
      date = date.plusDays(step.get2());
      enrollment =
          t.proofRequired()
              ? enrollment.complete(date, presentThroughout(nik, cohort, date))
              : t.reasonRequired() || step.get4()
              ? enrollment.transition(t.to(), date, StatusReason.of(REASONS.get(step.get3())))
              : enrollment.transition(t.to(), date);
    }
    return enrollment;
  }

  /** A satisfied completion: present at the one session, on {@code date}, of a walk's sheet. */
  private static Completion presentThroughout(
      Nik nik, Cohort cohort, LocalDate date) {
    TrainingSession day = TrainingSession.onDay(date);
    AttendanceSheet sheet =
        AttendanceSheet.of(cohort.id(), List.of(day), List.of(nik))
            .recordAllPresentExcept(day, Map.of());
    return CompletionRule.everySession().evaluate(sheet.summary(nik));
  }

  /**
   * Returns attendance sheets of {@code cohort} for {@code participants}: one session per
   * training day (at most {@value #MAX_SESSIONS}), each participant mostly present, sometimes
   * excused, absent or not yet marked.
   *
   * @param cohort the cohort, not null
   * @param participants the participants' NIKs, not null, no duplicates
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if a NIK is given twice
   */
  public static Arbitrary<AttendanceSheet> attendanceSheets(Cohort cohort, List<Nik> participants) {
    checkNotNull(cohort, "cohort must not be null");
    ImmutableList<Nik> people = ImmutableList.copyOf(participants);
    checkArgument(
        new HashSet<>(people).size() == people.size(), "participants must not repeat a NIK");
    ImmutableList<TrainingSession> sessions =
        cohort.trainingDays().stream()
            .limit(MAX_SESSIONS)
            .map(TrainingSession::onDay)
            .collect(ImmutableList.toImmutableList());
    Arbitrary<Optional<AttendanceMark>> marks =
        Arbitraries.frequency(
            Tuple.of(80, Optional.of(AttendanceMark.PRESENT)),
            Tuple.of(8, Optional.of(AttendanceMark.EXCUSED)),
            Tuple.of(7, Optional.of(AttendanceMark.ABSENT)),
            Tuple.of(5, Optional.<AttendanceMark>empty()));
    return marks
        .list()
        .ofSize(sessions.size() * people.size())
        .map(
            cells -> {
              AttendanceSheet sheet = AttendanceSheet.of(cohort.id(), sessions, people);
              int i = 0;
              for (TrainingSession session : sessions) {
                Map<Nik, AttendanceMark> row = new LinkedHashMap<>();
                for (Nik nik : people) {
                  cells.get(i++).ifPresent(m -> row.put(nik, m));
                }
                sheet = sheet.recordAll(session, row);
              }
              return sheet;
            });
  }
}
