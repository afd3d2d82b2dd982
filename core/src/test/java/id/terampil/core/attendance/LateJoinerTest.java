package id.terampil.core.attendance;

import static id.terampil.core.attendance.AttendanceSheetTest.A;
import static id.terampil.core.attendance.AttendanceSheetTest.B;
import static id.terampil.core.attendance.AttendanceSheetTest.COHORT;
import static id.terampil.core.attendance.AttendanceSheetTest.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A participant can join a sheet late; the sessions before their joining date are not theirs. */
class LateJoinerTest {

  private static final LocalDate MON = LocalDate.of(2025, 8, 4);
  private static final List<TrainingSession> FIVE = TrainingSession.days(MON, MON.plusDays(4));
  private static final Nik LATE = nik(9);
  private static final LocalDate WED = MON.plusDays(2);

  private static AttendanceSheet sheet() {
    return AttendanceSheet.of(COHORT, FIVE, List.of(A, B));
  }

  private static AttendanceSheet allPresent(AttendanceSheet s) {
    for (TrainingSession t : FIVE) {
      s = s.recordAllPresentExcept(t, Map.of());
    }
    return s;
  }

  @Test
  void theSessionsBeforeJoiningDoNotCountAgainstTheJoiner() {
    AttendanceSheet s = sheet().recordAllPresentExcept(FIVE.get(0), Map.of());
    s = s.withLateJoiner(LATE, WED);
    for (TrainingSession t : FIVE.subList(1, 5)) {
      s = s.recordAllPresentExcept(t, Map.of());
    }
    assertTrue(s.participants().contains(LATE));
    assertEquals(Map.of(LATE, WED), s.joinedOn());
    assertTrue(s.isComplete());
    assertTrue(s.unmarked().isEmpty());
    AttendanceSummary late = s.summary(LATE);
    assertEquals(3, late.sessions());
    assertEquals(3, late.present());
    assertEquals(Optional.of(Ratio.ONE), late.rate(false));
    assertTrue(CompletionRule.everySession().evaluate(late).isSatisfied());
    assertEquals(5, s.summary(A).sessions());
    assertEquals(Optional.empty(), s.mark(FIVE.get(1), LATE));
  }

  @Test
  void theRuleJudgesTheRateOverTheJoinersOwnSessions() {
    AttendanceSheet s = allPresent(sheet().withLateJoiner(LATE, WED));
    s = s.record(FIVE.get(4), LATE, AttendanceMark.ABSENT);
    Completion c = CompletionRule.atLeastPercent(80).evaluate(s.summary(LATE));
    assertFalse(c.isSatisfied(), "2 of their 3 sessions is below 80 %");
    assertEquals(Optional.of(Ratio.of(2, 3)), s.summary(LATE).rate(false));
    assertEquals(
        List.of(CompletionCode.ATTENDANCE_BELOW_MINIMUM),
        c.unmet().stream().map(UnmetRequirement::code).toList());
  }

  @Test
  void aMarkBeforeJoiningIsRefused() {
    AttendanceSheet s = sheet().withLateJoiner(LATE, WED);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> s.record(FIVE.get(1), LATE, AttendanceMark.PRESENT));
    assertTrue(e.getMessage().contains("joined cohort"), e.getMessage());
    assertFalse(e.getMessage().contains(LATE.toString()), "the NIK is masked");
    assertThrows(
        IllegalArgumentException.class,
        () -> s.recordAllPresentExcept(FIVE.get(0), Map.of(LATE, AttendanceMark.ABSENT)));
    assertEquals(
        Optional.of(AttendanceMark.PRESENT),
        s.record(FIVE.get(2), LATE, AttendanceMark.PRESENT).mark(FIVE.get(2), LATE));
  }

  @Test
  void aJoinerMustBeNewAndJoinBeforeTheEnd() {
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> sheet().withLateJoiner(A, WED));
    assertTrue(twice.getMessage().contains("already"), twice.getMessage());
    IllegalArgumentException late =
        assertThrows(
            IllegalArgumentException.class, () -> sheet().withLateJoiner(LATE, MON.plusDays(5)));
    assertTrue(late.getMessage().contains("after the last session"), late.getMessage());
    assertEquals(1, sheet().withLateJoiner(LATE, MON.plusDays(4)).summary(LATE).sessions());
  }

  @Test
  void aJoinerIsUnmarkedOnlyOnTheirOwnSessions() {
    AttendanceSheet s = sheet().withLateJoiner(LATE, WED);
    assertEquals(3, s.unmarked().get(FIVE.get(0)).size() + 1, "A and B, not the joiner");
    assertEquals(3, s.unmarked().get(FIVE.get(2)).size());
    assertEquals(3, s.summary(LATE).unmarked());
    assertFalse(allPresent(sheet()).withLateJoiner(LATE, WED).isComplete());
  }

  @Test
  void attendanceToDateBeforeTheJoinerStartedCountsNoSessionOfTheirs() {
    AttendanceSheet s = sheet().withLateJoiner(LATE, WED);
    AttendanceSheet monday = s.heldBy(MON).orElseThrow();
    AttendanceSummary none = monday.summary(LATE);
    assertEquals(0, none.sessions());
    assertEquals(3, none.sessionsNotYetHeld());
    assertEquals(4, monday.summary(A).sessionsNotYetHeld());
    assertEquals(s.joinedOn(), monday.joinedOn());
    assertFalse(CompletionRule.everySession().evaluate(none).isSatisfied());
  }

  @Test
  void aJoinerOnTheLastDayHasOneSessionNotYetHeldTheDayBefore() {
    AttendanceSheet s = sheet().withLateJoiner(LATE, MON.plusDays(4));
    AttendanceSummary before = s.heldBy(MON.plusDays(3)).orElseThrow().summary(LATE);
    assertEquals(0, before.sessions());
    assertEquals(1, before.sessionsNotYetHeld());
  }

  @Test
  void theJoiningDateTakesPartInEquality() {
    assertNotEquals(sheet().withLateJoiner(LATE, WED), sheet().withLateJoiner(LATE, MON));
    assertEquals(sheet().withLateJoiner(LATE, WED), sheet().withLateJoiner(LATE, WED));
    assertEquals(
        sheet().withLateJoiner(LATE, WED).hashCode(), sheet().withLateJoiner(LATE, WED).hashCode());
    assertTrue(sheet().withLateJoiner(LATE, WED).toString().contains("lateJoiners=1"));
  }

  @Property(tries = 100)
  void aJoinersSessionsAreThoseFromTheJoiningDay(@ForAll @IntRange(min = 0, max = 4) int day) {
    AttendanceSheet s = allPresent(sheet().withLateJoiner(LATE, MON.plusDays(day)));
    assertEquals(5 - day, s.summary(LATE).sessions());
    assertEquals(5 - day, s.summary(LATE).present());
    assertTrue(s.isComplete());
  }
}
