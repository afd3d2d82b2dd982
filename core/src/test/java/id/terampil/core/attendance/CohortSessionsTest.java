package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.Skills;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Seats;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A cohort's sessions: its training days minus the holidays the caller supplies. */
class CohortSessionsTest {

  private static final LocalDate MON = LocalDate.of(2024, 8, 12);
  private static final LocalDate SAT = LocalDate.of(2024, 8, 17);
  /** Monday 12 to Sunday 18 August 2024. */
  private static final DateRange WEEK = DateRange.ofDays(MON, 7);

  private static Cohort.Builder cohort(DateRange period) {
    Cohort.Builder b = Cohort.builder();
    b.id(CohortId.of("C1")).addSkills(Skills.WELDING).period(period).seats(Seats.exactly(16));
    return b;
  }

  private static List<LocalDate> dates(List<TrainingSession> sessions) {
    return sessions.stream().map(TrainingSession::date).toList();
  }

  @Test
  void aWeekOfDefaultTrainingDaysIsFiveSessions() {
    List<TrainingSession> sessions = TrainingSession.ofCohort(cohort(WEEK).build(), Set.of());
    assertEquals(5, sessions.size());
    assertEquals(TrainingSession.weekdays(MON, MON.plusDays(6)), sessions);
    assertEquals(MON.plusDays(4), sessions.get(4).date());
  }

  @Test
  void aListedSaturdayIsASession() {
    Cohort cohort = cohort(WEEK).addTrainingDays(MON.plusDays(4), SAT).build();
    assertEquals(List.of(MON.plusDays(4), SAT), dates(TrainingSession.ofCohort(cohort, Set.of())));
  }

  @Test
  void holidaysAreLeftOutAndHolidaysOutsideTheTrainingDaysIgnored() {
    // Friday 16 August is cuti bersama in this example; the 17th is a Saturday the cohort does
    // not train on, and a holiday in another month is simply not a training day.
    LocalDate friday = MON.plusDays(4);
    Set<LocalDate> holidays = Set.of(friday, SAT, LocalDate.of(2024, 12, 25));
    List<TrainingSession> sessions = TrainingSession.ofCohort(cohort(WEEK).build(), holidays);
    assertEquals(List.of(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3)), dates(sessions));
  }

  @Test
  void aCohortWhoseEveryTrainingDayIsAHolidayHasNoSessionAndSaysSo() {
    Cohort oneDay = cohort(DateRange.ofDay(SAT)).addTrainingDays(SAT).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TrainingSession.ofCohort(oneDay, Set.of(SAT)));
    assertEquals(
        "cohort C1 has no session: every one of its 1 training days is a holiday", e.getMessage());
  }

  @Test
  void weekdaysLeaveOutTheWeekendAndDaysKeepsIt() {
    // Saturday 24 to Wednesday 28 August 2024.
    LocalDate saturday = LocalDate.of(2024, 8, 24);
    assertEquals(5, TrainingSession.days(saturday, saturday.plusDays(4)).size());
    assertEquals(
        List.of(LocalDate.of(2024, 8, 26), LocalDate.of(2024, 8, 27), LocalDate.of(2024, 8, 28)),
        dates(TrainingSession.weekdays(saturday, saturday.plusDays(4))));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TrainingSession.weekdays(saturday, saturday.plusDays(1)));
    assertEquals("no weekday from 2024-08-24 to 2024-08-25 (Monday to Friday)", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> TrainingSession.weekdays(saturday, saturday.minusDays(1)));
  }

  @Property
  void sessionsLieWithinTrainingDaysWithinThePeriodAndAvoidHolidays(
      @ForAll("periods") DateRange period,
      @ForAll("offsets") Set<Integer> listed,
      @ForAll("offsets") Set<Integer> holidayOffsets) {
    Cohort.Builder b = cohort(period);
    listed.stream()
        .filter(i -> i < period.days())
        .forEach(i -> b.addTrainingDays(period.start().plusDays(i)));
    boolean listsNone = listed.stream().noneMatch(i -> i < period.days());
    if (listsNone && period.weekdays().findAny().isEmpty()) {
      assertThrows(IllegalArgumentException.class, b::build);
      return;
    }
    Cohort cohort = b.build();
    Set<LocalDate> holidays =
        holidayOffsets.stream().map(i -> period.start().plusDays(i)).collect(Collectors.toSet());
    assertTrue(cohort.trainingDays().stream().allMatch(period::contains));
    if (listsNone) {
      assertTrue(cohort.trainingDays().stream().allMatch(DateRange::isWeekday));
    }
    if (holidays.containsAll(cohort.trainingDays())) {
      assertThrows(
          IllegalArgumentException.class, () -> TrainingSession.ofCohort(cohort, holidays));
      return;
    }
    List<TrainingSession> sessions = TrainingSession.ofCohort(cohort, holidays);
    assertTrue(cohort.trainingDays().containsAll(dates(sessions)));
    assertFalse(sessions.stream().anyMatch(s -> holidays.contains(s.date())));
    assertEquals(
        cohort.trainingDays().stream().filter(d -> !holidays.contains(d)).toList(),
        dates(sessions));
  }

  @Provide
  Arbitrary<DateRange> periods() {
    Arbitrary<LocalDate> starts =
        Arbitraries.integers().between(0, 365 * 3).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    return Combinators.combine(starts, Arbitraries.integers().between(1, 30))
        .as(DateRange::ofDays);
  }

  @Provide
  Arbitrary<Set<Integer>> offsets() {
    return Arbitraries.integers().between(0, 40).set().ofMaxSize(12);
  }
}
