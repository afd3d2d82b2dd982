package id.terampil.testkit;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * Generates birth dates. Every configuration method returns a new arbitrary. Without
 * configuration: 1940-01-01 to 2019-12-31.
 *
 * <p>Edge cases get real weight: the first and last date of the range (with
 * {@link #agedBetween(int, int, LocalDate)}: people exactly at the minimum age, whose birthday is
 * the reference date, and people on the last day of the maximum age), 29 February births, and
 * births on the 1st and 31st of a month. Values shrink toward the earliest date of the range.
 *
 * @since 0.1.0
 */
public interface BirthDateArbitrary extends Arbitrary<LocalDate> {

  /**
   * Restricts the dates to a range.
   *
   * @param earliest the earliest date, not null
   * @param latest the latest date, not null, not before {@code earliest}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code latest} is before {@code earliest}
   */
  BirthDateArbitrary between(LocalDate earliest, LocalDate latest);

  /**
   * Restricts the dates to people aged {@code minAge} to {@code maxAge} whole years at
   * {@code referenceDate} (as {@code ChronoUnit.YEARS.between(birth, referenceDate)} counts: a
   * person born on 29 February turns a year older on 1 March in other years). For the BPS
   * productive age use {@code agedBetween(PRODUCTIVE_AGE_MIN, PRODUCTIVE_AGE_MAX, referenceDate)}
   * with the constants of {@link id.terampil.core.eligibility.EligibilityRule#PRODUCTIVE_AGE_MIN EligibilityRule}.
   *
   * @param minAge the minimum age in years, not negative
   * @param maxAge the maximum age in years, not below {@code minAge}
   * @param referenceDate the date the age is computed at, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the ages are negative or {@code maxAge < minAge}
   */
  BirthDateArbitrary agedBetween(int minAge, int maxAge, LocalDate referenceDate);
}
