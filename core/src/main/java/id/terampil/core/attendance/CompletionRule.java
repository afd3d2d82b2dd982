package id.terampil.core.attendance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a participant must achieve to complete a cohort (syarat kelulusan): a minimum attendance
 * and, optionally, a competency assessment result of {@link AssessmentResult#COMPETENT}.
 *
 * <p>The minimum attendance is an exact {@link Ratio}: {@link #everySession()} (1/1, e.g. both
 * days of a 2-day course) or {@link #atLeastPercent(long)} such as 80 %. Whether an excused
 * absence (izin / sakit) counts as attendance is the option {@link #excusedCountsAsPresent()}
 * (false unless set with {@link #countingExcusedAsPresent()}). Attendance is decided only when
 * every session is marked; unmarked sessions are an unmet requirement of their own. A {@linkplain
 * AttendanceSheet#withLateJoiner late joiner} is judged on their own sessions, those from their
 * joining date: the minimum applies to the attendance rate over them, and the sessions before
 * they joined neither count against them nor for them.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CompletionRule {

  CompletionRule() {}

  /**
   * Returns a rule requiring attendance at every session, no assessment, excused not counted.
   *
   * @return the rule, not null
   */
  public static CompletionRule everySession() {
    return minimumAttendance(Ratio.ONE);
  }

  /**
   * Returns a rule requiring at least {@code percent} % attendance, no assessment, excused not
   * counted.
   *
   * @param percent the minimum percentage, 1 to 100
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code percent} is outside 1 to 100
   */
  public static CompletionRule atLeastPercent(long percent) {
    checkArgument(percent >= 1 && percent <= 100, "percent must be 1 to 100: %s", percent);
    return minimumAttendance(Ratio.ofPercent(percent));
  }

  /**
   * Returns a rule requiring at least {@code minimum} attendance, no assessment, excused not
   * counted.
   *
   * @param minimum the minimum attendance rate, above 0 and at most 1
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code minimum} is 0 or above 1
   */
  public static CompletionRule minimumAttendance(Ratio minimum) {
    return create(minimum, false, false);
  }

  private static CompletionRule create(Ratio minimum, boolean excused, boolean assessment) {
    return ImmutableCompletionRule.builder()
        .minimumAttendance(minimum)
        .excusedCountsAsPresent(excused)
        .assessmentRequired(assessment)
        .build();
  }

  /**
   * Returns the minimum attendance rate.
   *
   * @return the rate, above 0 and at most 1
   */
  public abstract Ratio minimumAttendance();

  /**
   * Returns whether an excused absence counts as attendance.
   *
   * @return the option
   */
  public abstract boolean excusedCountsAsPresent();

  /**
   * Returns whether a {@link AssessmentResult#COMPETENT} assessment is required.
   *
   * @return the option
   */
  public abstract boolean assessmentRequired();

  @Value.Check
  final void check() {
    checkArgument(
        minimumAttendance().compareTo(Ratio.ZERO) > 0 && Ratio.ONE.isAtLeast(minimumAttendance()),
        "minimumAttendance must be above 0 and at most 1: %s",
        minimumAttendance());
  }

  /**
   * Returns this rule with excused absences counted as attendance.
   *
   * @return the new rule, not null
   */
  public final CompletionRule countingExcusedAsPresent() {
    return create(minimumAttendance(), true, assessmentRequired());
  }

  /**
   * Returns this rule with a competent assessment required.
   *
   * @return the new rule, not null
   */
  public final CompletionRule requiringAssessment() {
    return create(minimumAttendance(), excusedCountsAsPresent(), true);
  }

  /**
   * Evaluates attendance alone; if the rule requires an assessment, it is reported missing.
   *
   * @param attendance the participant's attendance, not null
   * @return the decision with every unmet requirement, not null
   */
  public final Completion evaluate(AttendanceSummary attendance) {
    return evaluate(attendance, null);
  }

  /**
   * Evaluates attendance and the assessment result. When the rule does not require an
   * assessment, a given result is recorded in the decision but does not affect it. Attendance to
   * date (a summary from a sheet {@linkplain AttendanceSheet#heldBy held by a date}) is never
   * enough: {@link CompletionCode#SESSIONS_NOT_YET_HELD} is unmet while sessions remain, and the
   * attendance requirements are judged on the sessions held so far.
   *
   * @param attendance the participant's attendance, not null
   * @param assessment the assessment result, or null if not assessed
   * @return the decision with every unmet requirement, not null
   */
  public final Completion evaluate(
      AttendanceSummary attendance, @Nullable AssessmentResult assessment) {
    checkNotNull(attendance, "attendance must not be null");
    ImmutableList.Builder<UnmetRequirement> unmet = ImmutableList.builder();
    if (attendance.sessionsNotYetHeld() > 0) {
      unmet.add(
          UnmetRequirement.of(
              CompletionCode.SESSIONS_NOT_YET_HELD,
              attendance.sessionsNotYetHeld()
                  + " of the cohort's "
                  + (attendance.sessions() + attendance.sessionsNotYetHeld())
                  + " sessions are not yet held; the last is on "
                  + attendance.lastSessionDate()));
    }
    if (!attendance.isFullyMarked()) {
      unmet.add(
          UnmetRequirement.of(
              CompletionCode.ATTENDANCE_UNMARKED,
              attendance.unmarked()
                  + " of "
                  + attendance.sessions()
                  + " sessions have no attendance mark, first "
                  + attendance.unmarkedSessions().get(0)));
    }
    Optional<Ratio> rate = attendance.rate(excusedCountsAsPresent());
    if (rate.isPresent() && !rate.get().isAtLeast(minimumAttendance())) {
      unmet.add(
          UnmetRequirement.of(
              CompletionCode.ATTENDANCE_BELOW_MINIMUM,
              "attendance "
                  + rate.get()
                  + " ("
                  + rate.get().toPercent(2, RoundingMode.DOWN)
                  + " %) is below the minimum "
                  + minimumAttendance()
                  + " ("
                  + minimumAttendance().toPercent(2, RoundingMode.UP)
                  + " %)"
                  + (excusedCountsAsPresent() ? "" : "; excused absences do not count")));
    }
    if (assessmentRequired()) {
      if (assessment == null) {
        unmet.add(
            UnmetRequirement.of(
                CompletionCode.ASSESSMENT_MISSING,
                "a competency assessment is required and no result was given"));
      } else if (assessment == AssessmentResult.NOT_YET_COMPETENT) {
        unmet.add(
            UnmetRequirement.of(
                CompletionCode.ASSESSMENT_NOT_YET_COMPETENT,
                "the assessment result is not yet competent (belum kompeten)"));
      }
    }
    return Completion.of(this, attendance, Optional.ofNullable(assessment), unmet.build());
  }

  /**
   * Returns the rule, e.g. {@code CompletionRule{minimumAttendance=4/5,
   * excusedCountsAsPresent=false, assessmentRequired=true}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CompletionRule{minimumAttendance="
        + minimumAttendance()
        + ", excusedCountsAsPresent="
        + excusedCountsAsPresent()
        + ", assessmentRequired="
        + assessmentRequired()
        + "}";
  }
}
