package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttendanceSheetTest {

  static final CohortId COHORT = CohortId.of("PKY-ROTAN-1");
  static final LocalDate DAY1 = LocalDate.of(2024, 8, 24);
  static final LocalDate DAY2 = LocalDate.of(2024, 8, 25);

  static Nik nik(int serial) {
    return Nik.of(RegionCode.ofDistrict(62, 71, 4), LocalDate.of(1985, 5, 20), Sex.MALE, serial);
  }

  static final Nik A = nik(1);
  static final Nik B = nik(2);
  static final Nik C = nik(3);

  static AttendanceSheet twoDays() {
    return AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY2), List.of(A, B, C));
  }

  @Test
  void recordsAWholeCohortInOneCall() {
    TrainingSession s1 = TrainingSession.onDay(DAY1);
    AttendanceSheet sheet =
        twoDays().recordAllPresentExcept(s1, Map.of(B, AttendanceMark.EXCUSED));
    assertEquals(Optional.of(AttendanceMark.PRESENT), sheet.mark(s1, A));
    assertEquals(Optional.of(AttendanceMark.EXCUSED), sheet.mark(s1, B));
    assertEquals(Optional.of(AttendanceMark.PRESENT), sheet.mark(s1, C));
    assertEquals(3, sheet.marks(s1).size());
    assertEquals(3, sheet.unmarked().size());
    assertFalse(sheet.isComplete());

    TrainingSession s2 = TrainingSession.onDay(DAY2);
    AttendanceSheet full =
        sheet.recordAll(
            s2,
            ImmutableMap.of(
                A, AttendanceMark.PRESENT, B, AttendanceMark.PRESENT, C, AttendanceMark.ABSENT));
    assertTrue(full.isComplete());
    assertTrue(full.unmarked().isEmpty());
  }

  @Test
  void recordAllKeepsOtherMarksAndALaterMarkCorrectsAnEarlierOne() {
    TrainingSession s1 = TrainingSession.onDay(DAY1);
    AttendanceSheet sheet =
        twoDays()
            .recordAll(s1, Map.of(A, AttendanceMark.ABSENT))
            .recordAll(s1, Map.of(B, AttendanceMark.PRESENT))
            .record(s1, A, AttendanceMark.PRESENT);
    assertEquals(Optional.of(AttendanceMark.PRESENT), sheet.mark(s1, A));
    assertEquals(Optional.of(AttendanceMark.PRESENT), sheet.mark(s1, B));
    assertEquals(Optional.empty(), sheet.mark(s1, C));
  }

  @Test
  void recordingIsImmutableAndEqualityIsByContent() {
    TrainingSession s1 = TrainingSession.onDay(DAY1);
    AttendanceSheet empty = twoDays();
    AttendanceSheet marked = empty.record(s1, A, AttendanceMark.PRESENT);
    assertTrue(empty.marks(s1).isEmpty());
    assertEquals(marked, twoDays().recordAll(s1, Map.of(A, AttendanceMark.PRESENT)));
    assertEquals(empty, twoDays().recordAll(s1, Map.of()));
    assertFalse(empty.equals(marked));
  }

  @Test
  void refusesUnknownParticipantsWithoutShowingTheNik() {
    Nik stranger = nik(99);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                twoDays()
                    .recordAllPresentExcept(
                        TrainingSession.onDay(DAY1), Map.of(stranger, AttendanceMark.ABSENT)));
    assertTrue(e.getMessage().contains(stranger.masked()), e.getMessage());
    assertFalse(e.getMessage().contains(stranger.toString()), e.getMessage());
  }

  @Test
  void refusesUnknownSessionsAndDuplicates() {
    assertThrows(
        IllegalArgumentException.class,
        () -> twoDays().record(TrainingSession.onDay(DAY2.plusDays(1)), A, AttendanceMark.PRESENT));
    assertThrows(
        IllegalArgumentException.class,
        () -> twoDays().record(TrainingSession.of(DAY1, 2), A, AttendanceMark.PRESENT));
    IllegalArgumentException dup =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttendanceSheet.of(COHORT, TrainingSession.days(DAY1, DAY1), List.of(A, B, A)));
    assertFalse(dup.getMessage().contains(A.toString()), dup.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AttendanceSheet.of(
                COHORT,
                List.of(TrainingSession.of(DAY1, 1, "Teori"), TrainingSession.of(DAY1, 1, "Praktik")),
                List.of(A)));
    assertThrows(
        IllegalArgumentException.class, () -> AttendanceSheet.of(COHORT, List.of(), List.of(A)));
  }

  @Test
  void aMultiSessionDayHasOneMarkPerSession() {
    TrainingSession morning = TrainingSession.of(DAY1, 1, "Teori");
    TrainingSession afternoon = TrainingSession.of(DAY1, 2, "Praktik");
    AttendanceSheet sheet =
        AttendanceSheet.of(COHORT, List.of(afternoon, morning), List.of(A))
            .record(morning, A, AttendanceMark.PRESENT)
            .record(TrainingSession.of(DAY1, 2), A, AttendanceMark.ABSENT);
    assertEquals(ImmutableList.of(morning, afternoon), sheet.sessions().asList());
    AttendanceSummary s = sheet.summary(A);
    assertEquals(2, s.sessions());
    assertEquals(Optional.of(Ratio.of(1, 2)), s.rate(false));
  }

  @Test
  void rateOfTwoOfThreeIsExactAndUnmarkedSessionsAreReportedNotCounted() {
    List<TrainingSession> days = TrainingSession.days(DAY1, DAY1.plusDays(3));
    AttendanceSheet sheet =
        AttendanceSheet.of(COHORT, days, List.of(A))
            .record(days.get(0), A, AttendanceMark.PRESENT)
            .record(days.get(1), A, AttendanceMark.EXCUSED)
            .record(days.get(2), A, AttendanceMark.PRESENT);
    AttendanceSummary s = sheet.summary(A);
    assertEquals(4, s.sessions());
    assertEquals(3, s.marked());
    assertEquals(ImmutableList.of(days.get(3)), s.unmarkedSessions());
    assertEquals(Optional.of(Ratio.of(2, 3)), s.rate(false));
    assertEquals(Optional.of(Ratio.ONE), s.rate(true));
    assertFalse(s.isFullyMarked());
  }

  @Test
  void heldByKeepsOnlyTheSessionsUpToTheDateWithTheirMarks() {
    List<TrainingSession> days = TrainingSession.days(DAY1, DAY1.plusDays(3));
    AttendanceSheet sheet =
        AttendanceSheet.of(COHORT, days, List.of(A, B))
            .record(days.get(0), A, AttendanceMark.PRESENT)
            .record(days.get(0), B, AttendanceMark.ABSENT)
            .record(days.get(1), A, AttendanceMark.EXCUSED)
            // Marked ahead of time: not held on DAY2, so not counted then.
            .record(days.get(3), A, AttendanceMark.ABSENT)
            .record(days.get(3), B, AttendanceMark.PRESENT);

    AttendanceSheet held = sheet.heldBy(DAY2).orElseThrow();
    assertEquals(ImmutableList.of(days.get(0), days.get(1)), held.sessions().asList());
    assertEquals(ImmutableList.of(days.get(2), days.get(3)), held.sessionsNotYetHeld().asList());
    assertTrue(sheet.sessionsNotYetHeld().isEmpty());
    assertEquals(sheet.participants(), held.participants());
    assertEquals(COHORT, held.cohort());
    AttendanceSummary a = held.summary(A);
    assertEquals(2, a.sessions());
    assertEquals(1, a.present());
    assertEquals(1, a.excused());
    assertEquals(0, a.absent());
    // The cohort's real last session, and the two sessions still to come.
    assertEquals(days.get(3).date(), a.lastSessionDate());
    assertEquals(2, a.sessionsNotYetHeld());
    assertEquals(0, sheet.summary(A).sessionsNotYetHeld());
    assertEquals(Optional.of(Ratio.of(1, 2)), a.rate(false));
    AttendanceSummary b = held.summary(B);
    assertEquals(ImmutableList.of(days.get(1)), b.unmarkedSessions());
    assertEquals(Optional.of(Ratio.ZERO), b.rate(true));
    assertEquals(1, held.unmarked().size());
    assertFalse(held.isComplete());
    // The whole sheet still counts the later marks.
    assertEquals(1, sheet.summary(A).absent());
    assertEquals(Optional.of(Ratio.of(1, 2)), sheet.summary(B).rate(false));
    // A session with no marks yet is still held; marking after the date changes nothing held.
    assertEquals(held, sheet.record(days.get(2), A, AttendanceMark.PRESENT).heldBy(DAY2).get());
    AttendanceSheet later = sheet.heldBy(DAY2.plusDays(1)).orElseThrow();
    assertEquals(3, later.summary(A).sessions());
    assertEquals(1, later.summary(A).sessionsNotYetHeld());
    // Held by an earlier date again: the sessions not yet held add up.
    assertEquals(held, later.heldBy(DAY2).orElseThrow());
    assertSame(later, later.heldBy(DAY2.plusDays(1)).orElseThrow());
    // A held sheet is not the sheet of a cohort that ended on that date.
    AttendanceSheet endedOnDay2 =
        AttendanceSheet.of(COHORT, days.subList(0, 2), List.of(A, B))
            .record(days.get(0), A, AttendanceMark.PRESENT)
            .record(days.get(0), B, AttendanceMark.ABSENT)
            .record(days.get(1), A, AttendanceMark.EXCUSED);
    assertEquals(endedOnDay2.marks(days.get(0)), held.marks(days.get(0)));
    assertNotEquals(endedOnDay2, held);
    assertNotEquals(endedOnDay2.hashCode(), held.hashCode());
    assertEquals(
        "AttendanceSheet{cohort=PKY-ROTAN-1, sessions=2, participants=2, marks=3, notYetHeld=2}",
        held.toString());
    assertEquals(
        "AttendanceSheet{cohort=PKY-ROTAN-1, sessions=2, participants=2, marks=3}",
        endedOnDay2.toString());
    assertTrue(a.toString().endsWith(", unmarked=0, notYetHeld=2}"), a.toString());
  }

  @Test
  void aSessionNotYetHeldTakesNoMark() {
    List<TrainingSession> days = TrainingSession.days(DAY1, DAY2);
    AttendanceSheet held = AttendanceSheet.of(COHORT, days, List.of(A)).heldBy(DAY1).orElseThrow();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> held.record(days.get(1), A, AttendanceMark.PRESENT));
    assertEquals(
        "session 2024-08-25#1 of cohort PKY-ROTAN-1 is not yet held on this sheet", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> held.mark(days.get(1), A));
    // The held session still takes marks.
    assertEquals(
        Optional.of(AttendanceMark.PRESENT),
        held.record(days.get(0), A, AttendanceMark.PRESENT).mark(days.get(0), A));
  }

  @Test
  void heldByIsTheSheetItselfOnceEverySessionIsHeldAndEmptyBeforeTheFirst() {
    AttendanceSheet sheet =
        twoDays().record(TrainingSession.onDay(DAY1), A, AttendanceMark.PRESENT);
    assertSame(sheet, sheet.heldBy(DAY2).orElseThrow());
    assertSame(sheet, sheet.heldBy(DAY2.plusYears(1)).orElseThrow());
    assertEquals(Optional.empty(), sheet.heldBy(DAY1.minusDays(1)));
    AttendanceSheet first = sheet.heldBy(DAY1).orElseThrow();
    assertEquals(1, first.sessions().size());
    assertEquals(DAY2, first.summary(A).lastSessionDate());
    assertEquals(Optional.of(Ratio.ONE), first.summary(A).rate(false));
    // Every session of a day counts as held on that day.
    TrainingSession morning = TrainingSession.of(DAY1, 1);
    TrainingSession afternoon = TrainingSession.of(DAY1, 2);
    List<TrainingSession> sessions = List.of(morning, afternoon, TrainingSession.onDay(DAY2));
    AttendanceSheet twoOnDay1 = AttendanceSheet.of(COHORT, sessions, List.of(A));
    assertEquals(
        ImmutableList.of(morning, afternoon),
        twoOnDay1.heldBy(DAY1).orElseThrow().sessions().asList());
    NullPointerException e = assertThrows(NullPointerException.class, () -> sheet.heldBy(null));
    assertEquals("date must not be null", e.getMessage());
  }

  @Test
  void rateIsEmptyWhenNothingIsMarked() {
    AttendanceSummary s = twoDays().summary(A);
    assertEquals(Optional.empty(), s.rate(true));
    assertEquals(2, s.unmarked());
    assertEquals(DAY2, s.lastSessionDate());
  }

  @Test
  void summariesAndToStringNeverShowAFullNik() {
    AttendanceSheet sheet = twoDays();
    assertEquals(List.of(A, B, C), sheet.summaries().keySet().asList());
    String text = sheet.summary(A).toString() + sheet;
    assertFalse(text.contains(A.toString()), text);
  }

  @Test
  void trainingSessionChecksItsParts() {
    assertThrows(IllegalArgumentException.class, () -> TrainingSession.of(DAY1, 0));
    assertThrows(IllegalArgumentException.class, () -> TrainingSession.of(DAY1, 1, " "));
    assertThrows(IllegalArgumentException.class, () -> TrainingSession.days(DAY2, DAY1));
    assertEquals(TrainingSession.of(DAY1, 1), TrainingSession.of(DAY1, 1, "Teori"));
    assertEquals("2024-08-24#2 (Praktik)", TrainingSession.of(DAY1, 2, "Praktik").toString());
    assertEquals(5, TrainingSession.days(LocalDate.of(2024, 8, 24), LocalDate.of(2024, 8, 28)).size());
  }
}
