package id.terampil.core.enrollment;

import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Completions decided over a one-session sheet, for tests that complete an enrollment. */
public final class CompletionFixtures {

  private CompletionFixtures() {}

  /** A satisfied completion: present at the one session on {@code day}. */
  public static Completion satisfied(Nik nik, CohortId cohort, LocalDate day) {
    return decide(nik, cohort, day, AttendanceMark.PRESENT);
  }

  /** An unsatisfied completion: absent from the one session on {@code day}. */
  public static Completion unsatisfied(Nik nik, CohortId cohort, LocalDate day) {
    return decide(nik, cohort, day, AttendanceMark.ABSENT);
  }

  private static Completion decide(Nik nik, CohortId cohort, LocalDate day, AttendanceMark mark) {
    TrainingSession session = TrainingSession.onDay(day);
    AttendanceSheet sheet =
        AttendanceSheet.of(cohort, List.of(session), List.of(nik))
            .recordAllPresentExcept(session, Map.of(nik, mark));
    return CompletionRule.everySession().evaluate(sheet.summary(nik));
  }
}
