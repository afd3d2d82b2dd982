package id.terampil.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of {@link Period}, with dates from the Pekalongan 2024 seed. */
class PeriodTest {

  private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);
  private static final LocalDate AUG_27 = LocalDate.of(2024, 8, 27);
  private static final Period PROGRAM = Period.of(JUL_1, AUG_27);

  @Test
  void includesBothEnds() {
    assertEquals(58, PROGRAM.days());
    assertTrue(PROGRAM.contains(JUL_1));
    assertTrue(PROGRAM.contains(AUG_27));
    assertFalse(PROGRAM.contains(JUL_1.minusDays(1)));
    assertFalse(PROGRAM.contains(AUG_27.plusDays(1)));
    assertEquals(1, Period.ofDay(JUL_1).days());
    assertEquals(Period.of(JUL_1, JUL_1.plusDays(1)), Period.ofDays(JUL_1, 2));
    assertEquals(58, PROGRAM.dates().count());
    assertEquals(JUL_1, PROGRAM.dates().findFirst().orElseThrow());
  }

  @Test
  void countsTheLeapDay() {
    assertEquals(29, Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).days());
    assertEquals(366, Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days());
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.of(AUG_27, JUL_1));
    assertTrue(e.getMessage().contains("period end 2024-07-01 is before its start"), e.getMessage());
    IllegalArgumentException length =
        assertThrows(IllegalArgumentException.class, () -> Period.ofDays(JUL_1, 0));
    assertTrue(length.getMessage().contains("at least 1 day"), length.getMessage());
  }

  @ParameterizedTest
  @ValueSource(longs = {1_000_000_000_000L, Long.MAX_VALUE})
  void ofDaysRejectsALengthThatWouldEndAfterTheLastDate(long days) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.ofDays(JUL_1, days));
    assertEquals(
        "period of " + days + " days from 2024-07-01 would end after +999999999-12-31",
        e.getMessage());
  }

  @Test
  void ofDaysReachesTheLastDateExactly() {
    LocalDate start = LocalDate.MAX.minusDays(2);
    assertEquals(Period.of(start, LocalDate.MAX), Period.ofDays(start, 3));
    assertThrows(IllegalArgumentException.class, () -> Period.ofDays(start, 4));
    Period everything = Period.of(LocalDate.MIN, LocalDate.MAX);
    assertEquals(everything, Period.ofDays(LocalDate.MIN, everything.days()));
  }

  @Test
  void datesOfAPeriodEndingOnTheLastDateIncludeIt() {
    Period last = Period.of(LocalDate.MAX.minusDays(1), LocalDate.MAX);
    assertEquals(List.of(LocalDate.MAX.minusDays(1), LocalDate.MAX), last.dates().toList());
    assertEquals(List.of(LocalDate.MAX), Period.ofDay(LocalDate.MAX).dates().toList());
  }

  @Test
  void overlapsAndIntersection() {
    Period cohort = Period.of(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 3));
    assertTrue(PROGRAM.overlaps(cohort));
    assertTrue(PROGRAM.encloses(cohort));
    assertFalse(cohort.encloses(PROGRAM));
    assertEquals(Optional.of(cohort), PROGRAM.intersection(cohort));
    Period touching = Period.of(AUG_27, LocalDate.of(2024, 9, 5));
    assertTrue(PROGRAM.overlaps(touching));
    assertEquals(Optional.of(Period.ofDay(AUG_27)), PROGRAM.intersection(touching));
    Period after = Period.of(AUG_27.plusDays(1), LocalDate.of(2024, 9, 5));
    assertFalse(PROGRAM.overlaps(after));
    assertEquals(Optional.empty(), PROGRAM.intersection(after));
    assertEquals(Period.of(JUL_1, LocalDate.of(2024, 9, 5)), PROGRAM.span(after));
  }

  @Test
  void parsesAndPrintsIsoIntervals() {
    assertEquals("2024-07-01/2024-08-27", PROGRAM.toString());
    assertEquals(PROGRAM, Period.parse(" 2024-07-01/2024-08-27 "));
    assertEquals("2024-07-02/2024-07-02", Period.ofDay(LocalDate.of(2024, 7, 2)).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "2024-07-01", "2024-07-01/", "/2024-08-27", "2024-07-01/2024-08-27/2024-09-01",
        "2024-07-01--2024-08-27", "2024-07-01/2024-02-30", "01-07-2024/27-08-2024"})
  void rejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
    assertTrue(e.getMessage().contains("period must be two ISO dates"), e.getMessage());
  }

  @Test
  void parseRejectsAnEndBeforeTheStart() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2024-08-27/2024-07-01"));
    assertTrue(e.getMessage().contains("before its start"), e.getMessage());
  }

  @Test
  void equalityAndOrder() {
    assertEquals(PROGRAM, Period.of(JUL_1, AUG_27));
    assertEquals(PROGRAM.hashCode(), Period.of(JUL_1, AUG_27).hashCode());
    assertNotEquals(PROGRAM, Period.of(JUL_1, AUG_27.minusDays(1)));
    assertTrue(Period.of(JUL_1, AUG_27.minusDays(1)).compareTo(PROGRAM) < 0);
    assertTrue(PROGRAM.compareTo(Period.ofDay(JUL_1.plusDays(1))) < 0);
    assertEquals(
        "2024-07-01,2024-07-02",
        Period.ofDays(JUL_1, 2).dates().map(LocalDate::toString).collect(Collectors.joining(",")));
  }
}
