package id.terampil.core.attendance;

import static id.terampil.core.attendance.AttendanceSheetTest.A;
import static id.terampil.core.attendance.AttendanceSheetTest.B;
import static id.terampil.core.attendance.AttendanceSheetTest.COHORT;
import static id.terampil.core.attendance.AttendanceSheetTest.DAY1;
import static id.terampil.core.attendance.AttendanceSheetTest.DAY2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exact texts of attendance values (NIKs masked), the Indonesian terms of the enums, and
 * equality of attendance sheets.
 */
class AttendanceTextTest {

  private static final TrainingSession S1 = TrainingSession.onDay(DAY1);
  private static final TrainingSession S2 = TrainingSession.onDay(DAY2);

  /** Two days for A and B; B is excused on day 2. */
  private static AttendanceSheet sheet() {
    return AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY2), List.of(A, B))
        .recordAllPresentExcept(S1, Map.of())
        .recordAllPresentExcept(S2, Map.of(B, AttendanceMark.EXCUSED));
  }

  @Test
  void a_completion_prints_the_masked_nik_cohort_and_unmet_requirements() {
    CompletionRule rule = CompletionRule.everySession();
    assertEquals(
        "Completion{participant=6271********0002, cohort=PKY-ROTAN-1, satisfied=false,"
            + " unmet=[ATTENDANCE_BELOW_MINIMUM: attendance 1/2 (50.00 %) is below the minimum 1/1"
            + " (100.00 %); excused absences do not count]}",
        rule.evaluate(sheet().summary(B)).toString());
    assertEquals(
        "Completion{participant=6271********0001, cohort=PKY-ROTAN-1, satisfied=true, unmet=[]}",
        rule.evaluate(sheet().summary(A)).toString());
  }

  @Test
  void the_attendance_message_says_excused_absences_do_not_count_only_when_they_do_not() {
    AttendanceSummary b =
        AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY2), List.of(A, B))
            .record(S1, B, AttendanceMark.ABSENT)
            .record(S2, B, AttendanceMark.EXCUSED)
            .summary(B);
    assertEquals(
        "attendance 1/2 (50.00 %) is below the minimum 4/5 (80.00 %)",
        CompletionRule.atLeastPercent(80).countingExcusedAsPresent().evaluate(b).unmet().get(0).message());
    assertEquals(
        "attendance 0/1 (0.00 %) is below the minimum 4/5 (80.00 %); excused absences do not count",
        CompletionRule.atLeastPercent(80).evaluate(b).unmet().get(0).message());
  }

  @Test
  void a_completion_rule_prints_its_settings() {
    assertEquals(
        "CompletionRule{minimumAttendance=1/1, excusedCountsAsPresent=false, assessmentRequired=false}",
        CompletionRule.everySession().toString());
    assertEquals(
        "CompletionRule{minimumAttendance=1/1, excusedCountsAsPresent=true, assessmentRequired=true}",
        CompletionRule.everySession().countingExcusedAsPresent().requiringAssessment().toString());
  }

  @Test
  void enums_carry_their_indonesian_terms() {
    assertEquals("kompeten", AssessmentResult.COMPETENT.indonesianTerm());
    assertEquals("belum kompeten", AssessmentResult.NOT_YET_COMPETENT.indonesianTerm());
    assertEquals("hadir", AttendanceMark.PRESENT.indonesianTerm());
    assertEquals("izin", AttendanceMark.EXCUSED.indonesianTerm());
    assertEquals("alpa", AttendanceMark.ABSENT.indonesianTerm());
    assertEquals("kehadiran belum dicatat", CompletionCode.ATTENDANCE_UNMARKED.indonesianTerm());
    assertEquals("belum uji kompetensi", CompletionCode.ASSESSMENT_MISSING.indonesianTerm());
  }

  @Test
  void sheets_are_equal_by_content_and_differ_when_a_mark_differs() {
    AttendanceSheet one = sheet();
    AttendanceSheet same = sheet();
    AttendanceSheet other = sheet().record(S2, B, AttendanceMark.ABSENT);
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertNotEquals(one, other);
    assertNotEquals(one.hashCode(), other.hashCode());
    assertNotEquals(one, AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY2), List.of(A)));
    assertNotEquals(one, (Object) COHORT);
  }
}
