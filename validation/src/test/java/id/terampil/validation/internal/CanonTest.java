package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** One instance per distinct value of a batch: equal to what parsing makes, shared when equal. */
class CanonTest {

  @Test
  void theSameDateIsTheSameInstanceAndEqualsTheParsedOne() {
    Canon canon = new Canon(100);
    LocalDate first = canon.date(1990, 8, 5);
    assertEquals(LocalDate.of(1990, 8, 5), first);
    assertSame(first, canon.date(1990, 8, 5));
    LocalDate other = canon.date(1990, 8, 6);
    assertEquals(LocalDate.of(1990, 8, 6), other);
    assertNotSame(first, other);
    assertEquals(2, canon.size());
  }

  @Test
  void anInvalidDateStillThrowsAndIsNotKept() {
    Canon canon = new Canon(10);
    assertThrows(DateTimeException.class, () -> canon.date(2023, 2, 29));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 13, 1));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 0, 1));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 4, 31));
    assertEquals(0, canon.size());
    assertEquals(LocalDate.of(2024, 2, 29), canon.date(2024, 2, 29));
  }

  @Test
  void timesAreSharedByTheirNanoOfDay() {
    Canon canon = new Canon(10);
    LocalTime t = canon.time(9, 30, 0, 0);
    assertSame(t, canon.time(9, 30, 0, 0));
    assertEquals(LocalTime.of(9, 30), t);
    assertEquals(LocalTime.of(9, 30, 0, 1), canon.time(9, 30, 0, 1));
    assertEquals(LocalTime.of(23, 59, 59, 999_999_999), canon.time(23, 59, 59, 999_999_999));
    assertThrows(DateTimeException.class, () -> canon.time(24, 0, 0, 0));
    assertThrows(DateTimeException.class, () -> canon.time(0, 60, 0, 0));
  }

  @Test
  void decimalsKeepTheirScale() {
    Canon canon = new Canon(10);
    BigDecimal a = canon.decimal(875, 1);
    assertSame(a, canon.decimal(875, 1));
    assertEquals(new BigDecimal("87.5"), a);
    // 87.50 is another BigDecimal (equals compares the scale): it must not be given 87.5.
    BigDecimal b = canon.decimal(8750, 2);
    assertEquals(new BigDecimal("87.50"), b);
    assertNotEquals(a, b);
    // Beyond the key's range: correct, just not shared.
    long big = 999_999_999_999_999_999L;
    assertEquals(BigDecimal.valueOf(big, 3), canon.decimal(big, 3));
    assertNotSame(canon.decimal(big, 3), canon.decimal(big, 3));
    assertEquals(BigDecimal.valueOf(5, 40), canon.decimal(5, 40));
  }

  @Test
  void kindsDoNotMixUp() {
    Canon canon = new Canon(10);
    // The same payload bits under different kinds are different values.
    assertEquals(LocalDate.of(1, 1, 1), canon.date(1, 1, 1));
    assertEquals(LocalTime.ofNanoOfDay((1L << 9) | (1 << 5) | 1), canon.time(0, 0, 0, (1 << 9) | (1 << 5) | 1));
    assertEquals(BigDecimal.valueOf(((1L << 9) | (1 << 5) | 1) >> 5, 1), canon.decimal(((1L << 9) | (1 << 5) | 1) >> 5, 1));
  }

  @Test
  void aFullTableStillGivesCorrectValues() {
    // The smallest table keeps 8 values; every further distinct date is made fresh.
    Canon canon = new Canon(0);
    LocalDate day = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < 2_000; i++) {
      LocalDate d = day.plusDays(i);
      assertEquals(d, canon.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }
    assertEquals(8, canon.size());
    LocalDate kept = canon.date(2000, 1, 1);
    assertSame(kept, canon.date(2000, 1, 1));
  }

  @Test
  void aNegativeSizeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Canon(-1));
    assertEquals("records must not be negative: -1", e.getMessage());
  }

  @Property(tries = 300)
  void everyDateEqualsTheOneJavaTimeMakes(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    Canon canon = new Canon(4);
    LocalDate expected = LocalDate.of(year, month, day);
    assertEquals(expected, canon.date(year, month, day));
    assertEquals(expected, canon.date(year, month, day));
  }

  @Property(tries = 300)
  void everyDecimalEqualsTheOneBigDecimalMakes(
      @ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long unscaled,
      @ForAll @IntRange(min = 0, max = 40) int scale) {
    Canon canon = new Canon(4);
    BigDecimal expected = BigDecimal.valueOf(unscaled, scale);
    assertEquals(expected, canon.decimal(unscaled, scale));
    assertEquals(expected, canon.decimal(unscaled, scale));
  }
}
