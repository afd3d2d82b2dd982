package id.terampil.core.attendance;

import static id.terampil.core.attendance.AttendanceSheetTest.A;
import static id.terampil.core.attendance.AttendanceSheetTest.COHORT;
import static id.terampil.core.attendance.AttendanceSheetTest.DAY1;
import static id.terampil.core.attendance.AttendanceSheetTest.DAY2;
import static id.terampil.core.attendance.AttendanceSheetTest.twoDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every reader and writer of an attendance sheet refuses strangers; summaries check counts. */
class AttendanceEdgeTest {

  private static final Nik STRANGER = AttendanceSheetTest.nik(99);
  private static final TrainingSession OTHER_DAY = TrainingSession.onDay(DAY2.plusDays(5));

  private static void assertRefused(Executable call, String messageStart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  @Test
  void readersRefuseAStrangerAndAnUnknownSession() {
    AttendanceSheet sheet = twoDays();
    TrainingSession s1 = TrainingSession.onDay(DAY1);
    assertRefused(() -> sheet.mark(s1, STRANGER), "participant " + STRANGER.masked() + " is not on");
    assertRefused(() -> sheet.marks(OTHER_DAY), "session " + OTHER_DAY + " is not a session of cohort");
    assertRefused(() -> sheet.summary(STRANGER), "participant " + STRANGER.masked() + " is not on");
  }

  @Test
  void writersRefuseAStrangerAndAnUnknownSession() {
    AttendanceSheet sheet = twoDays();
    TrainingSession s1 = TrainingSession.onDay(DAY1);
    assertRefused(
        () -> sheet.recordAll(s1, Map.of(STRANGER, AttendanceMark.PRESENT)), "participant ");
    assertRefused(() -> sheet.recordAllPresentExcept(OTHER_DAY, Map.of()), "session ");
  }

  @Test
  void toStringGivesTheSizesWithoutNiks() {
    AttendanceSheet sheet = twoDays().record(TrainingSession.onDay(DAY1), A, AttendanceMark.PRESENT);
    assertEquals(
        "AttendanceSheet{cohort=" + COHORT + ", sessions=2, participants=3, marks=1}",
        sheet.toString());
    assertEquals(
        "AttendanceSummary{participant=" + A.masked() + ", cohort=" + COHORT
            + ", sessions=2, present=1, excused=0, absent=0, unmarked=1}",
        sheet.summary(A).toString());
  }

  private static ImmutableAttendanceSummary.Builder summary(int sessions, int present, int excused, int absent) {
    return ImmutableAttendanceSummary.builder()
        .participant(A)
        .cohort(COHORT)
        .sessions(sessions)
        .present(present)
        .excused(excused)
        .absent(absent)
        .lastSessionDate(DAY2);
  }

  @Test
  void summaryRejectsNoSessionsNegativeCountsAndCountsThatDoNotAddUp() {
    assertRefused(() -> summary(0, 0, 0, 0).build(), "sessions must be at least 1: 0");
    assertRefused(
        () -> summary(2, 3, -1, 0).build(), "present, excused and absent must not be negative");
    assertRefused(
        () -> summary(2, 1, 0, -1).addUnmarkedSessions(TrainingSession.onDay(DAY1)).build(),
        "present, excused and absent must not be negative");
    assertRefused(
        () -> summary(2, 1, 0, 0).build(),
        "present, excused, absent and unmarked must add up to sessions: 2");
    assertRefused(
        () -> summary(1, 1, 0, 0).sessionsNotYetHeld(-1).build(),
        "sessions not yet held must not be negative: -1");
    assertEquals(3, summary(1, 1, 0, 0).sessionsNotYetHeld(3).build().sessionsNotYetHeld());
    assertEquals(1, summary(1, 1, 0, 0).build().present());
  }

  @Test
  void sessionLabelsAreLimitedAndClean() {
    String longest = "L".repeat(TrainingSession.MAX_LABEL_LENGTH);
    assertEquals(longest, TrainingSession.of(DAY1, 1, longest).label().orElseThrow());
    assertRefused(
        () -> TrainingSession.of(DAY1, 1, longest + "L"), "label must be at most 100 characters: 101");
    assertRefused(() -> TrainingSession.of(DAY1, 1, "Teori\u0007"), "label must not contain control");
  }

  @Test
  void daysAcceptsLastUpTo3660DaysAfterFirstThatIs3661Sessions() {
    List<TrainingSession> longest = TrainingSession.days(DAY1, DAY1.plusDays(3660));
    assertEquals(3661, longest.size());
    assertEquals(DAY1.plusDays(3660), longest.get(3660).date());
    assertRefused(
        () -> TrainingSession.days(DAY1, DAY1.plusDays(3661)),
        "last must be within 3660 days of first: " + DAY1.plusDays(3661));
  }
}
