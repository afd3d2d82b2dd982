package id.terampil.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads dates and date-times as rosters, forms and identity documents write them, for the fields
 * of records from other systems: empty for any text that is not one, never an exception.
 *
 * @since 0.1.0
 */
public final class DateText {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY_FIRST_DASH =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY_FIRST_SLASH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

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
    DateTimeFormatter format;
    if (s.charAt(4) == '-' && s.charAt(7) == '-') {
      format = ISO_DATE;
    } else if (s.charAt(2) == '-' && s.charAt(5) == '-') {
      format = DAY_FIRST_DASH;
    } else if (s.charAt(2) == '/' && s.charAt(5) == '/') {
      format = DAY_FIRST_SLASH;
    } else {
      return Optional.empty();
    }
    if (!digitsAndSeparators(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s, format));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
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

  /** Returns whether {@code s} holds only ASCII digits, {@code -} and {@code /}. */
  private static boolean digitsAndSeparators(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch < '0' || ch > '9') && ch != '-' && ch != '/') {
        return false;
      }
    }
    return true;
  }
}
