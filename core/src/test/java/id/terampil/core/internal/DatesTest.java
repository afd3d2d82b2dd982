package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final LocalDate LEAP_DAY = LocalDate.of(2000, 2, 29);

  @Test
  void aYearIsCompleteOnTheSameMonthAndDay() {
    LocalDate birth = LocalDate.of(1990, 8, 5);
    assertEquals(33, Dates.yearsBetween(birth, LocalDate.of(2024, 8, 4)));
    assertEquals(34, Dates.yearsBetween(birth, LocalDate.of(2024, 8, 5)));
    assertEquals(34, Dates.yearsBetween(birth, LocalDate.of(2024, 9, 1)));
    assertEquals(33, Dates.yearsBetween(birth, LocalDate.of(2024, 7, 31)));
    assertEquals(0, Dates.yearsBetween(birth, birth));
  }

  @Test
  void theTwentyNinthOfFebruaryCompletesItsYearOnTheFirstOfMarchInCommonYears() {
    assertEquals(0, Dates.yearsBetween(LEAP_DAY, LocalDate.of(2001, 2, 28)));
    assertEquals(1, Dates.yearsBetween(LEAP_DAY, LocalDate.of(2001, 3, 1)));
    assertEquals(4, Dates.yearsBetween(LEAP_DAY, LocalDate.of(2004, 2, 29)));
    assertEquals(3, Dates.yearsBetween(LEAP_DAY, LocalDate.of(2004, 2, 28)));
  }

  @Test
  void anEndBeforeTheStartCountsBackwardsTruncatedTowardsZero() {
    LocalDate birth = LocalDate.of(2000, 6, 1);
    assertEquals(0, Dates.yearsBetween(birth, LocalDate.of(1999, 7, 1)));
    assertEquals(-1, Dates.yearsBetween(birth, LocalDate.of(1999, 6, 1)));
    assertEquals(-1, Dates.yearsBetween(birth, LocalDate.of(1998, 6, 2)));
    assertEquals(-2, Dates.yearsBetween(birth, LocalDate.of(1998, 6, 1)));
  }

  @Test
  void theExtremeDatesDoNotOverflow() {
    assertEquals(
        ChronoUnit.YEARS.between(LocalDate.MIN, LocalDate.MAX),
        Dates.yearsBetween(LocalDate.MIN, LocalDate.MAX));
    assertEquals(
        ChronoUnit.YEARS.between(LocalDate.MAX, LocalDate.MIN),
        Dates.yearsBetween(LocalDate.MAX, LocalDate.MIN));
  }

  /** Any two dates of the years 1800-2200, where people's birth and reference dates lie. */
  @Property(tries = 5000)
  void equalsJavaTimeForAnyTwoDates(
      @ForAll @LongRange(min = -62_091, max = 84_005) long fromDay,
      @ForAll @LongRange(min = -62_091, max = 84_005) long toDay) {
    LocalDate from = LocalDate.ofEpochDay(fromDay);
    LocalDate to = LocalDate.ofEpochDay(toDay);
    assertEquals(ChronoUnit.YEARS.between(from, to), Dates.yearsBetween(from, to));
  }

  /** Same month and day, a day either side, across leap and common years. */
  @Property(tries = 5000)
  void equalsJavaTimeAroundAnniversaries(
      @ForAll @LongRange(min = -62_091, max = 84_005) long fromDay,
      @ForAll @LongRange(min = -120, max = 120) long years,
      @ForAll @LongRange(min = -1, max = 1) long shift) {
    LocalDate from = LocalDate.ofEpochDay(fromDay);
    LocalDate to = from.plusYears(years).plusDays(shift);
    assertEquals(ChronoUnit.YEARS.between(from, to), Dates.yearsBetween(from, to));
    // A 29 February of 1904-2096 (every fourth year there is a leap year).
    LocalDate leap = LEAP_DAY.plusYears(4 * (fromDay % 25));
    LocalDate near = leap.plusYears(years).plusDays(shift);
    assertEquals(ChronoUnit.YEARS.between(leap, near), Dates.yearsBetween(leap, near));
  }
}
