package id.terampil.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A range of whole days, both ends included (periode), such as a cohort's training days from 24
 * to 28 August, or a program running from 1 July to 27 August 2024.
 *
 * <p>The factories say their bounds: {@link #ofClosed(LocalDate, LocalDate)} takes the first and
 * the last day. The text form is the mathematical closed interval {@code [2024-07-01,
 * 2024-08-27]}; a one-day range prints as {@code [2024-07-02, 2024-07-02]}. It is deliberately
 * not the ISO-8601 interval {@code 2024-07-01/2024-08-27}, which threeten-extra's {@code
 * LocalDateRange.parse} reads with the end excluded.
 *
 * <p>Immutable, thread-safe and value-based. Not {@link Comparable}: ranges have no one natural
 * order; sort with a {@link java.util.Comparator} over {@link #start()} and {@link
 * #endInclusive()}.
 *
 * @since 0.1.0
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate endInclusive;

  private DateRange(LocalDate start, LocalDate endInclusive) {
    this.start = start;
    this.endInclusive = endInclusive;
  }

  /**
   * Returns the range from {@code startInclusive} to {@code endInclusive}, both days included.
   *
   * @param startInclusive the first day, not null
   * @param endInclusive the last day, not null, not before {@code startInclusive}
   * @return the range, not null
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive}
   */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    checkNotNull(startInclusive, "start must not be null");
    checkNotNull(endInclusive, "end must not be null");
    checkArgument(
        !endInclusive.isBefore(startInclusive),
        "the last day %s must not be before the first day %s",
        endInclusive,
        startInclusive);
    return new DateRange(startInclusive, endInclusive);
  }

  /**
   * Returns the range of the one day {@code day}.
   *
   * @param day the day, not null
   * @return the range, not null
   */
  public static DateRange ofDay(LocalDate day) {
    return ofClosed(day, day);
  }

  /**
   * Returns the range of {@code days} consecutive days beginning with {@code startInclusive}.
   *
   * @param startInclusive the first day, not null
   * @param days the number of days, at least 1
   * @return the range, not null
   * @throws IllegalArgumentException if {@code days} is less than 1, or so large that the range
   *     would end after {@link LocalDate#MAX}
   */
  public static DateRange ofDays(LocalDate startInclusive, long days) {
    checkNotNull(startInclusive, "start must not be null");
    checkArgument(days >= 1, "a range must have at least 1 day: %s", days);
    checkArgument(
        days - 1 <= LocalDate.MAX.toEpochDay() - startInclusive.toEpochDay(),
        "a range of %s days from %s would end after %s",
        days,
        startInclusive,
        LocalDate.MAX);
    return new DateRange(startInclusive, startInclusive.plusDays(days - 1));
  }

  /**
   * Parses the text form {@code [yyyy-MM-dd, yyyy-MM-dd]} (both days included), ignoring
   * whitespace around the text and around each date.
   *
   * @param text the text, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the text is not two ISO dates, separated by a comma,
   *     between square brackets, or the second date is before the first
   */
  public static DateRange parse(CharSequence text) {
    checkNotNull(text, "date range text must not be null");
    String s = text.toString().strip();
    int comma = s.indexOf(',');
    checkArgument(
        s.startsWith("[") && s.endsWith("]") && comma > 0 && comma == s.lastIndexOf(','),
        "a date range must be two ISO dates between square brackets, both included,"
            + " e.g. [2024-07-01, 2024-08-27]: '%s'",
        s.length() > 40 ? s.substring(0, 40) + "..." : s);
    try {
      return ofClosed(
          LocalDate.parse(s.substring(1, comma).strip()),
          LocalDate.parse(s.substring(comma + 1, s.length() - 1).strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "a date range must be two ISO dates, e.g. [2024-07-01, 2024-08-27]: '"
              + e.getParsedString()
              + "'",
          e);
    }
  }

  /**
   * Returns the first day (included).
   *
   * @return the first day, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day (included).
   *
   * @return the last day, not null
   */
  public LocalDate endInclusive() {
    return endInclusive;
  }

  /**
   * Returns the number of days, counting both ends.
   *
   * @return the number of days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, endInclusive) + 1;
  }

  /**
   * Returns whether {@code date} lies in this range.
   *
   * @param date the date, not null
   * @return true if {@code start <= date <= endInclusive}
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date must not be null");
    return !date.isBefore(start) && !date.isAfter(endInclusive);
  }

  /**
   * Returns whether {@code other} lies entirely in this range.
   *
   * @param other the other range, not null
   * @return true if every day of {@code other} is in this range
   */
  public boolean encloses(DateRange other) {
    checkNotNull(other, "other range must not be null");
    return !other.start.isBefore(start) && !other.endInclusive.isAfter(endInclusive);
  }

  /**
   * Returns whether this range and {@code other} share at least one day.
   *
   * @param other the other range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    checkNotNull(other, "other range must not be null");
    return !other.endInclusive.isBefore(start) && !other.start.isAfter(endInclusive);
  }

  /**
   * Returns the days both ranges share.
   *
   * @param other the other range, not null
   * @return the intersection, or empty if they do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = endInclusive.isBefore(other.endInclusive) ? endInclusive : other.endInclusive;
    return Optional.of(new DateRange(s, e));
  }

  /**
   * Returns the smallest range that encloses both this range and {@code other}.
   *
   * @param other the other range, not null
   * @return the span, not null
   */
  public DateRange span(DateRange other) {
    checkNotNull(other, "other range must not be null");
    LocalDate s = start.isBefore(other.start) ? start : other.start;
    LocalDate e = endInclusive.isAfter(other.endInclusive) ? endInclusive : other.endInclusive;
    return new DateRange(s, e);
  }

  /**
   * Returns the days of this range in order.
   *
   * @return a stream of {@link #days()} dates, not null
   */
  public Stream<LocalDate> dates() {
    // Not datesUntil(endInclusive.plusDays(1)): that fails for a range ending on LocalDate.MAX.
    return LongStream.rangeClosed(start.toEpochDay(), endInclusive.toEpochDay())
        .mapToObj(LocalDate::ofEpochDay);
  }

  /**
   * Returns the weekdays (hari kerja) of this range in order: Monday to Friday, Saturday and
   * Sunday left out. Public holidays are not known here and are not left out.
   *
   * @return a stream of the Monday-to-Friday dates, not null, empty when the range holds only a
   *     weekend
   * @since 0.1.0
   */
  public Stream<LocalDate> weekdays() {
    return dates().filter(DateRange::isWeekday);
  }

  /**
   * Returns whether {@code date} falls on Monday to Friday.
   *
   * @param date the date, not null
   * @return whether it is neither a Saturday nor a Sunday
   * @since 0.1.0
   */
  public static boolean isWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * Returns the fiscal year (tahun anggaran) in which {@code date} falls. In Indonesia the fiscal
   * year of the national and regional budgets is the calendar year (UU 17/2003 Pasal 4), so this
   * is the date's year.
   *
   * @param date the date, not null
   * @return the fiscal year
   * @since 0.1.0
   */
  public static int fiscalYearOf(LocalDate date) {
    return date.getYear();
  }

  /**
   * Returns the days of the fiscal years {@code first} to {@code last}: from 1 January of {@code
   * first} to 31 December of {@code last} (a fiscal year is a calendar year, see {@link
   * #fiscalYearOf(LocalDate)}).
   *
   * @param first the first fiscal year
   * @param last the last fiscal year, not before {@code first}
   * @return the range, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @since 0.1.0
   */
  public static DateRange ofFiscalYears(int first, int last) {
    checkArgument(last >= first, "last fiscal year must not be before the first %s: %s", first, last);
    return ofClosed(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DateRange
        && start.equals(((DateRange) obj).start)
        && endInclusive.equals(((DateRange) obj).endInclusive);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + endInclusive.hashCode();
  }

  /**
   * Returns the closed-interval text form, e.g. {@code [2024-07-01, 2024-08-27]}, which {@link
   * #parse(CharSequence)} reads back.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return "[" + start + ", " + endInclusive + "]";
  }
}
