package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** One instance per distinct value of a batch: equal to what parsing makes, shared when equal. */
class CanonTest {

  private static final LocalDate REFERENCE = LocalDate.of(2024, 6, 30);

  @Test
  void theSameDateIsTheSameInstanceAndEqualsTheParsedOne() {
    Canon canon = new Canon(REFERENCE);
    LocalDate first = canon.date(1990, 8, 5);
    assertEquals(LocalDate.of(1990, 8, 5), first);
    assertSame(first, canon.date(1990, 8, 5));
    LocalDate other = canon.date(1990, 8, 6);
    assertEquals(LocalDate.of(1990, 8, 6), other);
    assertNotSame(first, other);
    assertEquals(2, canon.size());
  }

  @Test
  void datesAreKeptFromMaxAgeBeforeTheReferenceYearToTheYearAfter() {
    Canon canon = new Canon(REFERENCE);
    // 151 years before 2024 is the first kept year, 2025 the last.
    assertSame(canon.date(1873, 1, 1), canon.date(1873, 1, 1));
    assertSame(canon.date(2025, 12, 31), canon.date(2025, 12, 31));
    assertEquals(2, canon.size());
    // Outside: correct, made fresh each time.
    assertEquals(LocalDate.of(1872, 12, 31), canon.date(1872, 12, 31));
    assertNotSame(canon.date(1872, 12, 31), canon.date(1872, 12, 31));
    assertEquals(LocalDate.of(2026, 1, 1), canon.date(2026, 1, 1));
    assertNotSame(canon.date(2026, 1, 1), canon.date(2026, 1, 1));
    assertEquals(LocalDate.of(0, 1, 1), canon.date(0, 1, 1));
    assertEquals(LocalDate.of(9999, 12, 31), canon.date(9999, 12, 31));
    assertEquals(2, canon.size());
  }

  @Test
  void anInvalidDateStillThrowsAndIsNotKept() {
    Canon canon = new Canon(REFERENCE);
    assertThrows(DateTimeException.class, () -> canon.date(2023, 2, 29));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 13, 1));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 0, 1));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 4, 31));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 5, 0));
    assertThrows(DateTimeException.class, () -> canon.date(2024, 5, 32));
    assertEquals(0, canon.size());
    assertEquals(LocalDate.of(2024, 2, 29), canon.date(2024, 2, 29));
    // The slot of 31 April is never filled, and 1 May has its own.
    assertEquals(LocalDate.of(2024, 5, 1), canon.date(2024, 5, 1));
  }

  @Test
  void decimalsKeepTheirScale() {
    Canon canon = new Canon(REFERENCE);
    BigDecimal a = canon.decimal(875, 1);
    assertSame(a, canon.decimal(875, 1));
    assertEquals(new BigDecimal("87.5"), a);
    // 87.50 is another BigDecimal (equals compares the scale): it must not be given 87.5.
    BigDecimal b = canon.decimal(8750, 2);
    assertEquals(new BigDecimal("87.50"), b);
    assertNotEquals(a, b);
    assertEquals(BigDecimal.ZERO, canon.decimal(0, 0));
    assertSame(canon.decimal(0, 0), canon.decimal(0, 0));
    assertEquals(new BigDecimal("0.0"), canon.decimal(0, 1));
    // Beyond the key's range: correct, just not shared.
    long big = 999_999_999_999_999_999L;
    assertEquals(BigDecimal.valueOf(big, 3), canon.decimal(big, 3));
    assertNotSame(canon.decimal(big, 3), canon.decimal(big, 3));
    assertEquals(BigDecimal.valueOf(5, 40), canon.decimal(5, 40));
    assertNotSame(canon.decimal(5, 40), canon.decimal(5, 40));
  }

  @Test
  void everyDayOfTheKeptYearsHasASlotOfItsOwn() {
    // All 56,000-odd days from 1873 to 2025, twice: a slot shared by two days would give one of
    // them the other's date on the second pass.
    Canon canon = new Canon(REFERENCE);
    for (int pass = 0; pass < 2; pass++) {
      for (LocalDate d = LocalDate.of(1873, 1, 1); d.getYear() <= 2025; d = d.plusDays(1)) {
        assertEquals(d, canon.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      }
    }
    assertEquals(LocalDate.of(2026, 1, 1).toEpochDay() - LocalDate.of(1873, 1, 1).toEpochDay(),
        canon.size());
  }

  @Test
  void theDecimalsSharedAreExactlyThoseWithinTheKeysRange() {
    Canon canon = new Canon(REFERENCE);
    // Scale 0, and zeros of a scale BigDecimal does not cache itself, are shared.
    assertSame(canon.decimal(875, 0), canon.decimal(875, 0));
    assertSame(canon.decimal(0, 20), canon.decimal(0, 20));
    assertEquals(new BigDecimal("0E-20"), canon.decimal(0, 20));
    long limit = 1L << 50;
    assertSame(canon.decimal(limit - 1, 31), canon.decimal(limit - 1, 31));
    // From 2^50 and from scale 32 on, made fresh: they would not fit the key.
    assertNotSame(canon.decimal(limit, 0), canon.decimal(limit, 0));
    assertEquals(BigDecimal.valueOf(limit, 0), canon.decimal(limit, 0));
    assertEquals(BigDecimal.valueOf(6, 0), canon.decimal(6, 0));
    // 5 at scale 32 packed like the others would read as 6 at scale 0.
    assertEquals(BigDecimal.valueOf(5, 32), canon.decimal(5, 32));
    assertNotSame(canon.decimal(5, 32), canon.decimal(5, 32));
    assertEquals(BigDecimal.valueOf(-5, 2), canon.decimal(-5, 2));
    assertEquals(BigDecimal.valueOf(5, -2), canon.decimal(5, -2));
    assertNotSame(canon.decimal(5, -2), canon.decimal(5, -2));
  }

  @Test
  void aDecimalSlotTakenByAnotherNumberGivesTheRightNumber() {
    // 1,024 slots: among 5,000 numbers many share a slot, and each must still come back right.
    Canon canon = new Canon(REFERENCE);
    for (int round = 0; round < 2; round++) {
      for (long v = 0; v < 5_000; v++) {
        assertEquals(BigDecimal.valueOf(v, 2), canon.decimal(v, 2));
      }
    }
  }

  @Property(tries = 500)
  void everyDateEqualsTheOneJavaTimeMakes(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 1, max = 9999) int referenceYear) {
    Canon canon = new Canon(LocalDate.of(referenceYear, 1, 1));
    LocalDate expected = LocalDate.of(year, month, day);
    assertEquals(expected, canon.date(year, month, day));
    assertEquals(expected, canon.date(year, month, day));
  }

  @Property(tries = 500)
  void everyDecimalEqualsTheOneBigDecimalMakes(
      @ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long unscaled,
      @ForAll @IntRange(min = 0, max = 40) int scale,
      @ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long other) {
    Canon canon = new Canon(REFERENCE);
    canon.decimal(other, scale);
    BigDecimal expected = BigDecimal.valueOf(unscaled, scale);
    assertEquals(expected, canon.decimal(unscaled, scale));
    assertEquals(expected, canon.decimal(unscaled, scale));
  }
}
