package id.terampil.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates and date-times as rosters, forms and identity documents write them, for the fields
 * of records from other systems: empty for any text that is not one, never an exception.
 *
 * @since 0.1.0
 */
public final class DateText {

  private DateText() {}

  /**
   * Reads a date written as ISO 8601 {@code yyyy-MM-dd}, or day first as the KTP and KK print it,
   * {@code dd-MM-yyyy} or {@code dd/MM/yyyy}: ten characters with a four-digit year from 0000 to
   * 9999, surrounding whitespace ignored. A day that its month does not have ({@code 2023-02-29})
   * is no date. Whether a date is plausible (a birth date in the future) is for the caller.
   *
   * @param text the text, not null
   * @return the date, or empty if the text is not such a date
   */
  public static Optional<LocalDate> readDate(CharSequence text) {
    String s = text.toString().strip();
    if (s.length() != 10) {
      return Optional.empty();
    }
    int year;
    int month;
    int day;
    if (s.charAt(4) == '-' && s.charAt(7) == '-') {
      year = digits(s, 0, 4);
      month = digits(s, 5, 2);
      day = digits(s, 8, 2);
    } else if ((s.charAt(2) == '-' && s.charAt(5) == '-')
        || (s.charAt(2) == '/' && s.charAt(5) == '/')) {
      day = digits(s, 0, 2);
      month = digits(s, 3, 2);
      year = digits(s, 6, 4);
    } else {
      return Optional.empty();
    }
    return Optional.ofNullable(date(year, month, day));
  }

  /** Returns the date of {@code year, month, day} (-1 where not digits), or null if none. */
  private static @Nullable LocalDate date(int year, int month, int day) {
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** Returns the number the ASCII digits {@code s[from, from + count)} write, or -1. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      value = value * 10 + (ch - '0');
    }
    return value;
  }

  /**
   * Reads a date-time written as ISO 8601, local ({@code 2024-07-01T09:30}, seconds and fractions
   * optional) or with an offset ({@code 2024-07-01T09:30:00+07:00}, {@code ...Z}), surrounding
   * whitespace ignored. An offset date-time gives its local date and time as written: the offset
   * is dropped, not converted.
   *
   * @param text the text, not null
   * @return the local date-time, or empty if the text is not such a date-time
   */
  public static Optional<LocalDateTime> readDateTime(CharSequence text) {
    String s = text.toString().strip();
    LocalDateTime common = readCommonShape(s);
    if (common != null) {
      return Optional.of(common);
    }
    // Without a 'T' (ISO ignores case) no text is an ISO date-time: no parse is tried.
    int time = Math.max(s.indexOf('T'), s.indexOf('t'));
    if (time < 0) {
      return Optional.empty();
    }
    boolean offset = false;
    for (int i = time; i < s.length(); i++) {
      char ch = s.charAt(i);
      offset |= ch == '+' || ch == '-' || ch == 'Z' || ch == 'z';
    }
    try {
      return Optional.of(
          offset ? OffsetDateTime.parse(s).toLocalDateTime() : LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the shape rosters write, {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} with an optional
   * {@code Z} or {@code +HH:MM} offset, digit by digit; returns null for any other text and for
   * values out of range, which {@link #readDateTime} then hands to java.time. It accepts only
   * what java.time accepts, with the same value.
   */
  private static @Nullable LocalDateTime readCommonShape(String s) {
    int n = s.length();
    if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':') {
      return null;
    }
    LocalDate date = date(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = 0;
    int nano = 0;
    int i = 16;
    if (i < n && s.charAt(i) == ':') {
      if (i + 3 > n) {
        return null;
      }
      second = digits(s, i + 1, 2);
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          nano = nano * 10 + (s.charAt(i) - '0');
          i++;
        }
        if (i == start) {
          return null;
        }
        for (int k = i - start; k < 9; k++) {
          nano *= 10;
        }
      }
    }
    boolean endsWell =
        i == n
            || (s.charAt(i) == 'Z' && i + 1 == n)
            || ((s.charAt(i) == '+' || s.charAt(i) == '-')
                && i + 6 == n
                && s.charAt(i + 3) == ':'
                && digits(s, i + 1, 2) >= 0
                && digits(s, i + 1, 2) <= 17
                && digits(s, i + 4, 2) >= 0
                && digits(s, i + 4, 2) <= 59);
    if (!endsWell || date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nano));
  }
}
