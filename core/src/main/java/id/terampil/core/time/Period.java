package id.terampil.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A period of whole days with both ends included (periode), such as a cohort's training days
 * from 24 to 28 August, or a program running from 1 July to 27 August 2024.
 *
 * <p>Unlike {@link java.time.Period} (an amount of time), this is an anchored range of dates.
 * Its text form is the ISO-8601 interval of the two dates, {@code 2024-07-01/2024-08-27}; a
 * single-day period prints as {@code 2024-07-02/2024-07-02}.
 *
 * <p>Immutable, thread-safe and value-based; ordered by start, then end.
 *
 * @since 0.1.0
 */
public final class Period implements Comparable<Period> {

  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparing(Period::end);

  private final LocalDate start;
  private final LocalDate end;

  private Period(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the period from {@code start} to {@code end}, both included.
   *
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the period, not null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    checkNotNull(start, "period start must not be null");
    checkNotNull(end, "period end must not be null");
    checkArgument(!end.isBefore(start), "period end %s is before its start %s", end, start);
    return new Period(start, end);
  }

  /**
   * Returns the period of a single day.
   *
   * @param day the day, not null
   * @return the period, not null
   */
  public static Period ofDay(LocalDate day) {
    return of(day, day);
  }

  /**
   * Returns the period of {@code days} consecutive days beginning with {@code start}.
   *
   * @param start the first day, not null
   * @param days the number of days, at least 1
   * @return the period, not null
   * @throws IllegalArgumentException if {@code days} is less than 1, or so large that the period
   *     would end after {@link LocalDate#MAX}
   */
  public static Period ofDays(LocalDate start, long days) {
    checkNotNull(start, "period start must not be null");
    checkArgument(days >= 1, "period length must be at least 1 day: %s", days);
    // Checked before plusDays, which throws DateTimeException or ArithmeticException instead.
    long daysToMax = ChronoUnit.DAYS.between(start, LocalDate.MAX);
    checkArgument(
        days - 1 <= daysToMax,
        "period of %s days from %s would end after %s",
        days,
        start,
        LocalDate.MAX);
    return of(start, start.plusDays(days - 1));
  }

  /**
   * Parses the text form {@code yyyy-MM-dd/yyyy-MM-dd}, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the text is not two ISO dates separated by '/', or the
   *     end is before the start
   */
  public static Period parse(CharSequence text) {
    checkNotNull(text, "period text must not be null");
    String s = text.toString().strip();
    int slash = s.indexOf('/');
    checkArgument(
        slash > 0 && slash == s.lastIndexOf('/'),
        "period must be two ISO dates separated by '/', e.g. 2024-07-01/2024-08-27");
    try {
      return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "period must be two ISO dates separated by '/': " + e.getParsedString(), e);
    }
  }

  /**
   * Returns the first day.
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
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the number of days, counting both ends.
   *
   * @return the number of days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Returns whether {@code date} lies in this period.
   *
   * @param date the date, not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date must not be null");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Returns whether {@code other} lies entirely in this period.
   *
   * @param other the other period, not null
   * @return true if every day of {@code other} is in this period
   */
  public boolean encloses(Period other) {
    checkNotNull(other, "other period must not be null");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Returns whether this period and {@code other} share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    checkNotNull(other, "other period must not be null");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Returns the days both periods share.
   *
   * @param other the other period, not null
   * @return the intersection, or empty if they do not overlap
   */
  public Optional<Period> intersection(Period other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new Period(s, e));
  }

  /**
   * Returns the smallest period that encloses both this period and {@code other}.
   *
   * @param other the other period, not null
   * @return the span, not null
   */
  public Period span(Period other) {
    checkNotNull(other, "other period must not be null");
    LocalDate s = start.isBefore(other.start) ? start : other.start;
    LocalDate e = end.isAfter(other.end) ? end : other.end;
    return new Period(s, e);
  }

  /**
   * Returns the days of this period in order.
   *
   * @return a stream of {@link #days()} dates, not null
   */
  public Stream<LocalDate> dates() {
    // Not datesUntil(end.plusDays(1)): that fails for a period ending on LocalDate.MAX.
    return LongStream.rangeClosed(start.toEpochDay(), end.toEpochDay())
        .mapToObj(LocalDate::ofEpochDay);
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Period
        && start.equals(((Period) obj).start)
        && end.equals(((Period) obj).end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the ISO-8601 interval form, e.g. {@code 2024-07-01/2024-08-27}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
