package id.terampil.validation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One instance per distinct parsed value of a batch, for the values that repeat across its
 * records: dates (birth dates, registration days, document issue dates), times of day and
 * decimal scores. A report of a million clean records keeps a million applications; without this
 * each would hold a birth date, a registration date, a time and a score of its own, although a
 * roster holds a few thousand distinct birth dates and a few days of registration. Sharing them
 * makes the report about a third smaller, and the garbage collector copies that much less while
 * the report grows.
 *
 * <p>An open-addressing table of fixed capacity, sized to the batch: each value is found by its
 * exact key (the value itself, packed into a {@code long}), so a shared instance is always equal
 * to the one parsing would make. Once the table is half full, further distinct values are made
 * as usual and not kept. Confined to one call of a validator; not thread-safe. Not an API.
 */
public final class Canon {

  /** The largest table: 2^17 slots, 1.5 MB, enough for every birth date of a century. */
  private static final int MAX_BITS = 17;

  private static final int DATE = 1;
  private static final int TIME = 2;
  private static final int DECIMAL = 3;
  /** Unscaled values below this, with scales below 32, fit the key of a decimal. */
  private static final long MAX_UNSCALED = 1L << 50;

  private final int shift;
  private final int mask;
  private final int limit;
  private final long[] keys;
  private final @Nullable Object[] values;
  private int size;

  /**
   * Returns a table for a batch of {@code records} records.
   *
   * @param records the number of records, not negative
   * @throws IllegalArgumentException if {@code records} is negative
   */
  public Canon(int records) {
    checkArgument(records >= 0, "records must not be negative: %s", records);
    // About four values a record (birth date, registration date and time, score), at least 16.
    long wanted = Math.max(16L, 8L * records);
    int bits = Math.min(MAX_BITS, 64 - Long.numberOfLeadingZeros(wanted - 1));
    this.shift = 64 - bits;
    this.mask = (1 << bits) - 1;
    this.limit = 1 << (bits - 1);
    this.keys = new long[1 << bits];
    this.values = new Object[1 << bits];
  }

  /**
   * Returns the date {@code year-month-day}.
   *
   * @param year the year, 0 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for the month and year
   * @return the date, not null; the same instance for the same date
   * @throws java.time.DateTimeException if the date is not valid
   */
  public LocalDate date(int year, int month, int day) {
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
      return LocalDate.of(year, month, day);
    }
    long key = key(DATE, ((long) year << 9) | (month << 5) | day);
    int slot = find(key);
    Object found = values[slot];
    if (found != null) {
      return (LocalDate) found;
    }
    LocalDate date = LocalDate.of(year, month, day);
    keep(slot, key, date);
    return date;
  }

  /**
   * Returns the time of day {@code hour:minute:second.nano}.
   *
   * @param hour the hour, 0 to 23
   * @param minute the minute, 0 to 59
   * @param second the second, 0 to 59
   * @param nano the nanosecond, 0 to 999,999,999
   * @return the time, not null; the same instance for the same time
   * @throws java.time.DateTimeException if a field is out of range
   */
  public LocalTime time(int hour, int minute, int second, int nano) {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || nano < 0 || nano > 999_999_999) {
      return LocalTime.of(hour, minute, second, nano);
    }
    long nanoOfDay = (hour * 3600L + minute * 60L + second) * 1_000_000_000L + nano;
    long key = key(TIME, nanoOfDay);
    int slot = find(key);
    Object found = values[slot];
    if (found != null) {
      return (LocalTime) found;
    }
    LocalTime time = LocalTime.of(hour, minute, second, nano);
    keep(slot, key, time);
    return time;
  }

  /**
   * Returns {@code BigDecimal.valueOf(unscaled, scale)}.
   *
   * @param unscaled the unscaled value
   * @param scale the scale
   * @return the number, not null; the same instance for the same unscaled value and scale where
   *     {@code 0 <= unscaled < 2^50} and {@code 0 <= scale < 32}
   */
  public BigDecimal decimal(long unscaled, int scale) {
    if (unscaled < 0 || unscaled >= MAX_UNSCALED || scale < 0 || scale >= 32) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    long key = key(DECIMAL, (unscaled << 5) | scale);
    int slot = find(key);
    Object found = values[slot];
    if (found != null) {
      return (BigDecimal) found;
    }
    BigDecimal number = BigDecimal.valueOf(unscaled, scale);
    keep(slot, key, number);
    return number;
  }

  /** Returns the number of values kept. */
  int size() {
    return size;
  }

  private static long key(int kind, long payload) {
    return ((long) kind << 58) | payload;
  }

  /** Returns the slot holding {@code key}, or the empty slot where it would go. */
  private int find(long key) {
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    while (true) {
      long k = keys[slot];
      if (k == key || k == 0) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Keeps {@code value} in the empty {@code slot}, unless the table is half full. */
  private void keep(int slot, long key, Object value) {
    if (size < limit) {
      keys[slot] = key;
      values[slot] = value;
      size++;
    }
  }
}
