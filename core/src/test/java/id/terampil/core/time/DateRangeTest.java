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

/** Examples of {@link DateRange}, with dates from the Pekalongan 2024 seed. */
class DateRangeTest {

  private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);
  private static final LocalDate AUG_27 = LocalDate.of(2024, 8, 27);
  private static final DateRange PROGRAM = DateRange.ofClosed(JUL_1, AUG_27);

  @Test
  void includesBothEnds() {
    assertEquals(58, PROGRAM.days());
    assertTrue(PROGRAM.contains(JUL_1));
    assertTrue(PROGRAM.contains(AUG_27));
    assertFalse(PROGRAM.contains(JUL_1.minusDays(1)));
    assertFalse(PROGRAM.contains(AUG_27.plusDays(1)));
    assertEquals(1, DateRange.ofDay(JUL_1).days());
    assertEquals(DateRange.ofClosed(JUL_1, JUL_1.plusDays(1)), DateRange.ofDays(JUL_1, 2));
    assertEquals(58, PROGRAM.dates().count());
    assertEquals(JUL_1, PROGRAM.dates().findFirst().orElseThrow());
  }

  @Test
  void countsTheLeapDay() {
    assertEquals(29, DateRange.ofClosed(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).days());
    assertEquals(366, DateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days());
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.ofClosed(AUG_27, JUL_1));
    assertTrue(e.getMessage().contains("the last day 2024-07-01 must not be before the first day 2024-08-27"), e.getMessage());
    IllegalArgumentException length =
        assertThrows(IllegalArgumentException.class, () -> DateRange.ofDays(JUL_1, 0));
    assertTrue(length.getMessage().contains("at least 1 day"), length.getMessage());
  }

  @ParameterizedTest
  @ValueSource(longs = {1_000_000_000_000L, Long.MAX_VALUE})
  void ofDaysRejectsALengthThatWouldEndAfterTheLastDate(long days) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.ofDays(JUL_1, days));
    assertEquals(
        "a range of " + days + " days from 2024-07-01 would end after +999999999-12-31",
        e.getMessage());
  }

  @Test
  void ofDaysReachesTheLastDateExactly() {
    LocalDate start = LocalDate.MAX.minusDays(2);
    assertEquals(DateRange.ofClosed(start, LocalDate.MAX), DateRange.ofDays(start, 3));
    assertThrows(IllegalArgumentException.class, () -> DateRange.ofDays(start, 4));
    DateRange everything = DateRange.ofClosed(LocalDate.MIN, LocalDate.MAX);
    assertEquals(everything, DateRange.ofDays(LocalDate.MIN, everything.days()));
  }

  @Test
  void datesOfAPeriodEndingOnTheLastDateIncludeIt() {
    DateRange last = DateRange.ofClosed(LocalDate.MAX.minusDays(1), LocalDate.MAX);
    assertEquals(List.of(LocalDate.MAX.minusDays(1), LocalDate.MAX), last.dates().toList());
    assertEquals(List.of(LocalDate.MAX), DateRange.ofDay(LocalDate.MAX).dates().toList());
  }

  @Test
  void overlapsAndIntersection() {
    DateRange cohort = DateRange.ofClosed(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 3));
    assertTrue(PROGRAM.overlaps(cohort));
    assertTrue(PROGRAM.encloses(cohort));
    assertFalse(cohort.encloses(PROGRAM));
    assertEquals(Optional.of(cohort), PROGRAM.intersection(cohort));
    DateRange touching = DateRange.ofClosed(AUG_27, LocalDate.of(2024, 9, 5));
    assertTrue(PROGRAM.overlaps(touching));
    assertEquals(Optional.of(DateRange.ofDay(AUG_27)), PROGRAM.intersection(touching));
    DateRange after = DateRange.ofClosed(AUG_27.plusDays(1), LocalDate.of(2024, 9, 5));
    assertFalse(PROGRAM.overlaps(after));
    assertEquals(Optional.empty(), PROGRAM.intersection(after));
    assertEquals(DateRange.ofClosed(JUL_1, LocalDate.of(2024, 9, 5)), PROGRAM.span(after));
  }

  @Test
  void parsesAndPrintsClosedIntervals() {
    assertEquals("[2024-07-01, 2024-08-27]", PROGRAM.toString());
    assertEquals(PROGRAM, DateRange.parse(" [ 2024-07-01 ,2024-08-27 ] "));
    assertEquals(PROGRAM, DateRange.parse(PROGRAM.toString()));
    assertEquals("[2024-07-02, 2024-07-02]", DateRange.ofDay(LocalDate.of(2024, 7, 2)).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "[]", "[2024-07-01]", "[2024-07-01,]", "[, 2024-08-27]",
        "[2024-07-01, 2024-08-27, 2024-09-01]", "2024-07-01, 2024-08-27", "[2024-07-01, 2024-08-27",
        "2024-07-01/2024-08-27", "[2024-07-01, 2024-02-30]", "[01-07-2024, 27-08-2024]"})
  void rejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse(text));
    assertTrue(e.getMessage().startsWith("a date range must be two ISO dates"), e.getMessage());
  }

  @Test
  void parseRejectsAnEndBeforeTheStart() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse("[2024-08-27, 2024-07-01]"));
    assertTrue(e.getMessage().contains("must not be before the first day"), e.getMessage());
  }

  @Test
  void equalityAndDates() {
    assertEquals(PROGRAM, DateRange.ofClosed(JUL_1, AUG_27));
    assertEquals(PROGRAM.hashCode(), DateRange.ofClosed(JUL_1, AUG_27).hashCode());
    assertNotEquals(PROGRAM, DateRange.ofClosed(JUL_1, AUG_27.minusDays(1)));
    assertFalse(Comparable.class.isAssignableFrom(DateRange.class), "ranges have no natural order");
    assertEquals(
        "2024-07-01,2024-07-02",
        DateRange.ofDays(JUL_1, 2).dates().map(LocalDate::toString).collect(Collectors.joining(",")));
  }

  @Test
  void aFiscalYearIsTheCalendarYear() {
    assertEquals(2025, DateRange.fiscalYearOf(LocalDate.of(2025, 1, 1)));
    assertEquals(2025, DateRange.fiscalYearOf(LocalDate.of(2025, 12, 31)));
    assertEquals(
        DateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
        DateRange.ofFiscalYears(2025, 2026));
    assertEquals(365, DateRange.ofFiscalYears(2025, 2025).days());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.ofFiscalYears(2026, 2025));
    assertEquals("last fiscal year must not be before the first 2026: 2025", e.getMessage());
  }
}
