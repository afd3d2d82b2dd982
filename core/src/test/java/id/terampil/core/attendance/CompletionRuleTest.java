package id.terampil.core.attendance;

import static id.terampil.core.attendance.AttendanceSheetTest.A;
import static id.terampil.core.attendance.AttendanceSheetTest.B;
import static id.terampil.core.attendance.AttendanceSheetTest.C;
import static id.terampil.core.attendance.AttendanceSheetTest.COHORT;
import static id.terampil.core.attendance.AttendanceSheetTest.DAY1;
import static id.terampil.core.attendance.AttendanceSheetTest.DAY2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

  /** A 2-day course: A present both days, B excused on day 2, C absent on day 2. */
  private static AttendanceSheet twoDayCourse() {
    return AttendanceSheetTest.twoDays()
        .recordAllPresentExcept(TrainingSession.onDay(DAY1), Map.of())
        .recordAllPresentExcept(
            TrainingSession.onDay(DAY2), Map.of(B, AttendanceMark.EXCUSED, C, AttendanceMark.ABSENT));
  }

  /** Ten days; the participant is absent on {@code absences} of them. */
  private static AttendanceSummary tenDays(int absences) {
    List<TrainingSession> days = TrainingSession.days(DAY1, DAY1.plusDays(9));
    AttendanceSheet sheet = AttendanceSheet.of(COHORT, days, List.of(A));
    for (int i = 0; i < days.size(); i++) {
      sheet = sheet.record(days.get(i), A, i < absences ? AttendanceMark.ABSENT : AttendanceMark.PRESENT);
    }
    return sheet.summary(A);
  }

  private static List<CompletionCode> codes(Completion c) {
    return c.unmet().stream().map(UnmetRequirement::code).collect(Collectors.toList());
  }

  @Test
  void everyDayOfATwoDayCourse() {
    AttendanceSheet sheet = twoDayCourse();
    CompletionRule rule = CompletionRule.everySession();
    assertTrue(rule.evaluate(sheet.summary(A)).isSatisfied());
    Completion b = rule.evaluate(sheet.summary(B));
    assertEquals(List.of(CompletionCode.ATTENDANCE_BELOW_MINIMUM), codes(b));
    assertTrue(b.unmet().get(0).message().contains("1/2"), b.unmet().get(0).message());
    assertTrue(rule.countingExcusedAsPresent().evaluate(sheet.summary(B)).isSatisfied());
    assertFalse(rule.countingExcusedAsPresent().evaluate(sheet.summary(C)).isSatisfied());
  }

  @Test
  void attendanceToDateIsNeverACompletionButShowsWhoIsBelowTheMinimumSoFar() {
    // Day 1 of the two-day course: A and B present, C absent (marked for this test).
    AttendanceSheet dayOne =
        AttendanceSheetTest.twoDays()
            .recordAllPresentExcept(TrainingSession.onDay(DAY1), Map.of(C, AttendanceMark.ABSENT))
            .heldBy(DAY1)
            .orElseThrow();
    CompletionRule rule = CompletionRule.everySession();
    Completion a = rule.evaluate(dayOne.summary(A));
    assertFalse(a.isSatisfied());
    assertEquals(List.of(CompletionCode.SESSIONS_NOT_YET_HELD), codes(a));
    assertEquals(
        "1 of the cohort's 2 sessions are not yet held; the last is on 2024-08-25",
        a.unmet().get(0).message());
    Completion c = rule.evaluate(dayOne.summary(C));
    assertEquals(
        List.of(CompletionCode.SESSIONS_NOT_YET_HELD, CompletionCode.ATTENDANCE_BELOW_MINIMUM),
        codes(c));
    // So no certificate can come from attendance to date, whatever its issue date.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Certificate.issue(a, DAY2.plusDays(1), "C-1"));
    assertTrue(e.getMessage().contains("not yet held"), e.getMessage());
    assertEquals("pelatihan belum selesai", CompletionCode.SESSIONS_NOT_YET_HELD.indonesianTerm());
  }

  @Test
  void eightyPercentRule() {
    CompletionRule rule = CompletionRule.atLeastPercent(80);
    assertTrue(rule.evaluate(tenDays(0)).isSatisfied());
    assertTrue(rule.evaluate(tenDays(2)).isSatisfied());
    Completion c = rule.evaluate(tenDays(3));
    assertEquals(List.of(CompletionCode.ATTENDANCE_BELOW_MINIMUM), codes(c));
    assertTrue(c.unmet().get(0).message().contains("7/10"), c.unmet().get(0).message());
  }

  @Test
  void assessmentIsRequiredWhenTheRuleSaysSo() {
    CompletionRule rule = CompletionRule.atLeastPercent(80).requiringAssessment();
    AttendanceSummary good = tenDays(1);
    assertEquals(
        List.of(CompletionCode.ASSESSMENT_MISSING), codes(rule.evaluate(good)));
    assertEquals(
        List.of(CompletionCode.ASSESSMENT_NOT_YET_COMPETENT),
        codes(rule.evaluate(good, AssessmentResult.NOT_YET_COMPETENT)));
    assertTrue(rule.evaluate(good, AssessmentResult.COMPETENT).isSatisfied());
    assertTrue(
        CompletionRule.atLeastPercent(80)
            .evaluate(good, AssessmentResult.NOT_YET_COMPETENT)
            .isSatisfied());
  }

  @Test
  void everyUnmetRequirementIsListed() {
    CompletionRule rule = CompletionRule.atLeastPercent(80).requiringAssessment();
    List<TrainingSession> days = TrainingSession.days(DAY1, DAY1.plusDays(4));
    AttendanceSheet sheet =
        AttendanceSheet.of(COHORT, days, List.of(A))
            .record(days.get(0), A, AttendanceMark.ABSENT)
            .record(days.get(1), A, AttendanceMark.PRESENT);
    Completion c = rule.evaluate(sheet.summary(A), AssessmentResult.NOT_YET_COMPETENT);
    assertEquals(
        List.of(
            CompletionCode.ATTENDANCE_UNMARKED,
            CompletionCode.ATTENDANCE_BELOW_MINIMUM,
            CompletionCode.ASSESSMENT_NOT_YET_COMPETENT),
        codes(c));
    assertTrue(c.unmet().get(0).message().startsWith("3 of 5 sessions"), c.unmet().get(0).message());
  }

  @Test
  void unmarkedSessionsBlockCompletionEvenWhenEveryMarkIsPresent() {
    List<TrainingSession> days = TrainingSession.days(DAY1, DAY2);
    AttendanceSheet sheet =
        AttendanceSheet.of(COHORT, days, List.of(A)).record(days.get(0), A, AttendanceMark.PRESENT);
    assertEquals(
        List.of(CompletionCode.ATTENDANCE_UNMARKED),
        codes(CompletionRule.everySession().evaluate(sheet.summary(A))));
  }

  @Test
  void ruleRejectsMinimumsOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> CompletionRule.atLeastPercent(0));
    assertThrows(IllegalArgumentException.class, () -> CompletionRule.atLeastPercent(101));
    assertThrows(
        IllegalArgumentException.class, () -> CompletionRule.minimumAttendance(Ratio.of(5, 4)));
    assertThrows(
        IllegalArgumentException.class, () -> CompletionRule.minimumAttendance(Ratio.ZERO));
  }

  @Test
  void certificateIsIssuedFromASatisfiedCompletion() {
    Completion ok = CompletionRule.everySession().evaluate(twoDayCourse().summary(A));
    Certificate cert = Certificate.issue(ok, DAY2, "560/017/DISKOP/2024");
    assertEquals(A, cert.participant());
    assertEquals(COHORT, cert.cohort());
    assertEquals(DAY2, cert.issueDate());
    assertEquals("560/017/DISKOP/2024", cert.number());
    assertFalse(cert.toString().contains(A.toString()), cert.toString());
    assertTrue(cert.toString().contains(A.masked()), cert.toString());
  }

  @Test
  void certificateIsRefusedWhenTheRuleIsNotMet() {
    Nik c = C;
    Completion failed =
        CompletionRule.everySession().requiringAssessment().evaluate(twoDayCourse().summary(c));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Certificate.issue(failed, DAY2, "560/018"));
    assertTrue(e.getMessage().contains("ATTENDANCE_BELOW_MINIMUM"), e.getMessage());
    assertTrue(e.getMessage().contains("ASSESSMENT_MISSING"), e.getMessage());
    assertTrue(e.getMessage().contains(c.masked()), e.getMessage());
    assertFalse(e.getMessage().contains(c.toString()), e.getMessage());
  }

  @Test
  void certificateRefusesAnEarlyIssueDateAndABadNumber() {
    Completion ok = CompletionRule.everySession().evaluate(twoDayCourse().summary(A));
    LocalDate early = DAY1;
    assertThrows(IllegalArgumentException.class, () -> Certificate.issue(ok, early, "1"));
    assertThrows(IllegalArgumentException.class, () -> Certificate.issue(ok, DAY2, " "));
    assertThrows(
        IllegalArgumentException.class, () -> Certificate.issue(ok, DAY2, "x".repeat(65)));
    assertThrows(IllegalArgumentException.class, () -> Certificate.issue(ok, DAY2, "1\n2"));
  }
}
