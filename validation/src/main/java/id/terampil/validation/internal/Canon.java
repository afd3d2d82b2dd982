package id.terampil.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One instance per distinct parsed value of a large batch, for the values that repeat across its
 * records: dates (birth dates, registration days, document issue dates) and decimal scores. A
 * report of a million clean records keeps a million applications; without this each would hold
 * a birth date, a registration date and a score of its own, although a roster holds a few
 * thousand distinct birth dates, a few days of registration and a few hundred distinct scores.
 *
 * <p>Dates are kept in a table with a slot for each day from {@value FieldRules#MAX_AGE} years
 * before the reference year to the year after it (57,000 slots, about 230 KB), found by
 * arithmetic; scores in a direct-mapped table of 1,024 slots keyed by the exact unscaled value
 * and scale, where a newer number replaces an older one of the same slot. Either way a shared
 * instance is always equal to the one parsing would make. Times of day are not shared: the
 * registration times of a roster mostly differ. Confined to one call of a validator; not
 * thread-safe. Not an API.
 */
public final class Canon {

  /** Batches with fewer records share nothing: the tables would cost more than they save. */
  public static final int MIN_RECORDS = 1024;

  /** Days per year in {@link #dates}: 12 months of 31 slots. */
  private static final int YEAR_SLOTS = 12 * 31;
  /** Years before the reference year that {@link #dates} covers: every plausible birth date. */
  private static final int YEARS_BEFORE = FieldRules.MAX_AGE + 1;
  /** Years after the reference year that {@link #dates} covers. */
  private static final int YEARS_AFTER = 1;
  /** Slots of {@link #decimals}, a power of two. */
  private static final int DECIMAL_SLOTS = 1024;
  /** Unscaled values below this, with scales below 32, fit the key of a decimal. */
  private static final long MAX_UNSCALED = 1L << 50;

  private final int firstYear;
  private final int lastYear;
  /** The dates from January of {@link #firstYear}, 31 slots a month, made on first use. */
  private final @Nullable LocalDate[] dates;
  /** Direct-mapped: each slot keeps the last decimal whose key maps to it. */
  private final long[] decimalKeys = new long[DECIMAL_SLOTS];
  private final @Nullable BigDecimal[] decimals = new BigDecimal[DECIMAL_SLOTS];

  /**
   * Returns the shared values of a batch judged at {@code referenceDate}: dates from
   * {@value FieldRules#MAX_AGE} years before it to the year after it are kept.
   *
   * @param referenceDate the batch's reference date, not null
   */
  public Canon(LocalDate referenceDate) {
    this.firstYear = referenceDate.getYear() - YEARS_BEFORE;
    this.lastYear = referenceDate.getYear() + YEARS_AFTER;
    this.dates = new LocalDate[(lastYear - firstYear + 1) * YEAR_SLOTS];
  }

  /**
   * Returns the date {@code year-month-day}.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for the month and year
   * @return the date, not null; the same instance for the same date within the kept years
   * @throws java.time.DateTimeException if the date is not valid
   */
  public LocalDate date(int year, int month, int day) {
    if (year < firstYear || year > lastYear || month < 1 || month > 12 || day < 1 || day > 31) {
      return LocalDate.of(year, month, day);
    }
    int slot = (year - firstYear) * YEAR_SLOTS + (month - 1) * 31 + (day - 1);
    LocalDate date = dates[slot];
    if (date == null) {
      date = LocalDate.of(year, month, day);
      dates[slot] = date;
    }
    return date;
  }

  /**
   * Returns {@code BigDecimal.valueOf(unscaled, scale)}.
   *
   * @param unscaled the unscaled value
   * @param scale the scale
   * @return the number, not null; often the same instance for the same unscaled value and scale
   *     where {@code 0 <= unscaled < 2^50} and {@code 0 <= scale < 32}
   */
  public BigDecimal decimal(long unscaled, int scale) {
    if (unscaled < 0 || unscaled >= MAX_UNSCALED || scale < 0 || scale >= 32) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    // The exact value: 50 bits of unscaled value, 5 of scale. A slot is empty while its number
    // is null, whatever its key.
    long key = (unscaled << 5) | scale;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 54);
    BigDecimal number = decimals[slot];
    if (number == null || decimalKeys[slot] != key) {
      number = BigDecimal.valueOf(unscaled, scale);
      decimals[slot] = number;
      decimalKeys[slot] = key;
    }
    return number;
  }

  /** Returns the number of dates kept. */
  int size() {
    int kept = 0;
    for (LocalDate date : dates) {
      if (date != null) {
        kept++;
      }
    }
    return kept;
  }
}
