package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.Outcome;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything {@link ProgramIndicators#compute(IndicatorInputs)} needs about one program, as of a
 * reference date chosen by the caller (no clock): the program, its enrollments (one per
 * application), its attendance sheets, completion decisions and certificates, the follow-up
 * activities delivered to its graduates and their observed outcomes.
 *
 * <p>Facts dated after {@link #asOf()} are not yet known and are left out: enrollments applied
 * later, status changes, attendance marks of sessions, certificates, activities and outcome
 * observations after that date, and completion decisions of cohorts whose last session is after
 * it.
 *
 * <p>Invariants, each rejected with a message naming the field: every enrollment, attendance
 * sheet, completion, certificate and activity cohort is a cohort of the program; at most one
 * enrollment, one completion and one certificate per NIK and cohort; at most one attendance
 * sheet per cohort; {@link #reportedApplicants()}, when given, is at least the number of
 * enrollments applied by {@link #asOf()}; {@link #outcomeWindowMonths()} is 1 to {@value
 * #MAX_OUTCOME_WINDOW_MONTHS}.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IndicatorInputs {

  /** The outcome window unless set: three months, the quarter WIOA counts after a due date. */
  public static final int DEFAULT_OUTCOME_WINDOW_MONTHS = 3;

  /** The longest outcome window accepted, in months. */
  public static final int MAX_OUTCOME_WINDOW_MONTHS = 12;

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
   * Returns the completion decisions (keputusan kelulusan) of the program's participants,
   * satisfied or not, at most one per NIK and cohort; their assessment results are counted in
   * {@link Credentials}.
   *
   * @return the decisions, not null
   */
  public abstract ImmutableList<Completion> completions();

  /**
   * Returns the certificates issued to the program's participants, at most one per NIK and
   * cohort.
   *
   * @return the certificates, not null
   */
  public abstract ImmutableList<Certificate> certificates();

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
   * Returns the outcome window: an outcome counts at its checkpoint when observed from the due
   * date to this many months after it (see {@link CheckpointOutcomes}). {@value
   * #DEFAULT_OUTCOME_WINDOW_MONTHS} unless set.
   *
   * @return the months, 1 to {@value #MAX_OUTCOME_WINDOW_MONTHS}
   */
  @Value.Default
  public int outcomeWindowMonths() {
    return DEFAULT_OUTCOME_WINDOW_MONTHS;
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
    checkOnePerPerson("enrollment", enrollments(), Enrollment::participant, Enrollment::cohort);
    checkOnePerPerson("completion", completions(), Completion::participant, Completion::cohort);
    checkOnePerPerson("certificate", certificates(), Certificate::participant, Certificate::cohort);
    int applied = 0;
    for (Enrollment e : enrollments()) {
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
    checkArgument(
        outcomeWindowMonths() >= 1 && outcomeWindowMonths() <= MAX_OUTCOME_WINDOW_MONTHS,
        "indicator outcomeWindowMonths must be between 1 and %s: %s",
        MAX_OUTCOME_WINDOW_MONTHS,
        outcomeWindowMonths());
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

  /** Checks that every item is of a cohort of the program, at most one per NIK and cohort. */
  private <T> void checkOnePerPerson(
      String what, List<T> items, Function<T, Nik> participant, Function<T, CohortId> cohort) {
    Set<Map.Entry<Nik, CohortId>> seen = new HashSet<>();
    for (T item : items) {
      Nik nik = participant.apply(item);
      CohortId c = cohort.apply(item);
      checkCohort(what, c);
      checkArgument(
          seen.add(Map.entry(nik, c)),
          "indicator %ss must hold at most one %s per NIK and cohort: %s twice in %s",
          what,
          what,
          nik.masked(),
          c);
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
