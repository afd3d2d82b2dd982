package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.Outcome;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything {@link ProgramIndicators#compute(IndicatorInputs)} needs about one program, as of a
 * reference date chosen by the caller (no clock): the program, its enrollments (one per
 * application), its attendance sheets, the follow-up activities delivered to its graduates and
 * their observed outcomes.
 *
 * <p>Facts dated after {@link #asOf()} are not yet known and are left out: enrollments applied
 * later, status changes, attendance marks of sessions, activities and outcome observations after
 * that date.
 *
 * <p>Invariants, each rejected with a message naming the field: every enrollment, attendance
 * sheet and activity cohort is a cohort of the program; at most one enrollment per NIK and
 * cohort; at most one attendance sheet per cohort; {@link #reportedApplicants()}, when given, is
 * at least the number of enrollments applied by {@link #asOf()}.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IndicatorInputs {

  IndicatorInputs() {}

  /**
   * Returns the program.
   *
   * @return the program, not null
   */
  public abstract TrainingProgram program();

  /**
   * Returns the reference date: indicators describe the program at the end of this day.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the enrollments, one per application (a person may apply to several cohorts).
   *
   * @return the enrollments, not null
   */
  public abstract ImmutableList<Enrollment> enrollments();

  /**
   * Returns the attendance sheets, at most one per cohort.
   *
   * @return the sheets, not null
   */
  public abstract ImmutableList<AttendanceSheet> attendanceSheets();

  /**
   * Returns the follow-up activities delivered after the program.
   *
   * @return the activities, not null
   */
  public abstract ImmutableList<FollowUpActivity> activities();

  /**
   * Returns the observed outcomes of the program's graduates.
   *
   * @return the outcomes, not null
   */
  public abstract ImmutableList<Outcome> outcomes();

  /**
   * Returns the number of applicants the organizer reports, if it knows more applicants than it
   * holds enrollment records for (e.g. paper applications turned away at the counter). Empty
   * means the enrollments are all the applications.
   *
   * @return the number, at least the number of enrollments applied by {@link #asOf()}, or empty
   */
  public abstract Optional<Integer> reportedApplicants();

  /**
   * Returns whether excused absence (izin / sakit) counts as attendance in the attendance rate.
   * False unless set.
   *
   * @return whether excused counts as present
   */
  @Value.Default
  public boolean excusedCountsAsPresent() {
    return false;
  }

  /**
   * Returns a builder; {@code program} and {@code asOf} are required, the lists default to empty.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorInputs}. */
  public static final class Builder extends ImmutableIndicatorInputs.Builder {
    /** Creates an empty builder; prefer {@link IndicatorInputs#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    Set<Map.Entry<Nik, CohortId>> seen = new HashSet<>();
    int applied = 0;
    for (Enrollment e : enrollments()) {
      checkCohort("enrollment", e.cohort());
      checkArgument(
          seen.add(Map.entry(e.participant(), e.cohort())),
          "indicator enrollments must hold at most one enrollment per NIK and cohort: %s twice in"
              + " %s",
          e.participant().masked(),
          e.cohort());
      if (!e.appliedOn().isAfter(asOf())) {
        applied++;
      }
    }
    Set<CohortId> sheets = new HashSet<>();
    for (AttendanceSheet s : attendanceSheets()) {
      checkCohort("attendance sheet", s.cohort());
      checkArgument(
          sheets.add(s.cohort()),
          "indicator attendanceSheets must hold at most one sheet per cohort: %s twice",
          s.cohort());
    }
    for (FollowUpActivity a : activities()) {
      a.cohort().ifPresent(c -> checkCohort("activity", c));
    }
    if (reportedApplicants().isPresent()) {
      int reported = reportedApplicants().get();
      checkArgument(
          reported >= applied,
          "indicator reportedApplicants must not be less than the %s enrollments applied by %s:"
              + " %s",
          applied,
          asOf(),
          reported);
    }
  }

  private void checkCohort(String what, CohortId cohort) {
    checkArgument(
        program().cohort(cohort).isPresent(),
        "indicator %s cohort must be a cohort of program %s: %s",
        what,
        program().id(),
        cohort);
  }
}
