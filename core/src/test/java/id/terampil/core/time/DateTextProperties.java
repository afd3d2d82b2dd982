package id.terampil.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DateText#readDateTime} reads the common shape digit by digit and everything else with
 * java.time: on texts of that shape and near it (values out of range, missing or extra digits,
 * other offsets, a character replaced) it answers as java.time alone does.
 */
class DateTextProperties {

  @Property(tries = 3000)
  void readsEveryDateTimeAsJavaTimeDoes(@ForAll("nearlyCommonShapes") String text) {
    assertEquals(javaTime(text), DateText.readDateTime(text), text);
  }

  /** What java.time makes of {@code text}: a local date-time, or an offset one without its offset. */
  private static Optional<LocalDateTime> javaTime(String text) {
    String s = text.strip();
    try {
      return Optional.of(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // Perhaps it has an offset.
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Provide
  Arbitrary<String> nearlyCommonShapes() {
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    Arbitrary<String> time =
        Combinators.combine(
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 61),
                Arbitraries.of("", ":00", ":59", ":60", ":5", ":07.5", ":07.123456789", ":07.",
                    ":07.1234567890", ":07,5"))
            .as((h, m, rest) -> String.format(Locale.ROOT, "T%02d:%02d%s", h, m, rest));
    Arbitrary<String> offset =
        Combinators.combine(
                Arbitraries.of("", "Z", "z", "+", "-", "+0"),
                Arbitraries.integers().between(0, 19),
                Arbitraries.integers().between(0, 61),
                Arbitraries.of("", ":00", ":30"))
            .as((sign, h, m, seconds) ->
                sign.length() == 1 && (sign.equals("+") || sign.equals("-"))
                    ? String.format(Locale.ROOT, "%s%02d:%02d%s", sign, h, m, seconds)
                    : sign);
    Arbitrary<String> whole =
        Combinators.combine(date, time, offset).as((d, t, o) -> " " + d + t + o + "\t");
    Arbitrary<String> replaced =
        Combinators.combine(
                whole,
                Arbitraries.integers().between(0, 30),
                Arbitraries.of('0', '9', 'T', 't', ':', '-', '+', 'Z', ' ', '.', '٣'))
            .as((w, at, ch) ->
                at < w.length() ? w.substring(0, at) + ch + w.substring(at + 1) : w);
    return Arbitraries.oneOf(whole, replaced);
  }
}
