package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.time.DateText;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast registration-time reader agrees with java.time on every text. */
class RegistrationTimeProperties {

  /** What java.time accepts: a local date-time, or an offset one read as its local part. */
  static LocalDateTime reference(String text) {
    String s = text.strip();
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toLocalDateTime();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static Arbitrary<String> number(int width, int max) {
    return Arbitraries.integers().between(0, max).map(v -> String.format("%0" + width + "d", v));
  }

  @Provide
  Arbitrary<String> nearlyDateTimes() {
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMaxLength(11).map(f -> f.isEmpty() ? "" : "." + f);
    Arbitrary<String> offset =
        Arbitraries.oneOf(
            Arbitraries.of("", "", "Z", "z", "+07:00", "-03:30", "+18:00", "+18:01", "+19:00",
                "+07", "+07:00:00", "+07:60", "[Asia/Jakarta]"),
            Combinators.combine(Arbitraries.of("+", "-"), number(2, 20), number(2, 70))
                .as((sign, h, m) -> sign + h + ":" + m));
    Arbitrary<String> seconds =
        Combinators.combine(number(2, 61), fraction).as((sec, f) -> ":" + sec + f);
    return Combinators.combine(
            number(4, 9999),
            number(2, 13),
            number(2, 32),
            Arbitraries.of("T", "t", " "),
            number(2, 25),
            number(2, 61),
            Arbitraries.oneOf(Arbitraries.just(""), seconds),
            offset)
        .as((y, mo, d, t, h, mi, sec, off) -> y + "-" + mo + "-" + d + t + h + ":" + mi + sec + off);
  }

  @Property(tries = 2000)
  void theFastReaderAgreesWithJavaTimeOnNearlyDateTimes(@ForAll("nearlyDateTimes") String text) {
    assertEquals(reference(text), DateText.readDateTime(text).orElse(null), text);
  }

  @Property(tries = 500)
  void theFastReaderAgreesWithJavaTimeOnArbitraryText(
      @ForAll("shapes") String text) {
    assertEquals(reference(text), DateText.readDateTime(text).orElse(null), text);
  }

  @Provide
  Arbitrary<String> shapes() {
    return Arbitraries.strings().withChars("0123456789-:T.Z+tz ").ofMaxLength(32);
  }

  @Example
  void commonShapesAreReadAndImpossibleOnesRejected() {
    assertEquals(
        LocalDateTime.of(2024, 7, 1, 9, 30),
        DateText.readDateTime(" 2024-07-01T09:30:00+07:00 ").orElse(null));
    assertEquals(
        LocalDateTime.of(2024, 2, 29, 23, 59, 59, 120_000_000),
        DateText.readDateTime("2024-02-29T23:59:59.12").orElse(null));
    assertEquals(null, DateText.readDateTime("2023-02-29T10:00:00").orElse(null));
    assertEquals(null, DateText.readDateTime("2024-07-01T24:00:00").orElse(null));
    assertEquals(null, DateText.readDateTime("2024-07-01").orElse(null));
    assertEquals(null, DateText.readDateTime("2024-07-01 09:30").orElse(null));
    assertEquals(null, DateText.readDateTime("01/07/2024 09:30").orElse(null));
    assertEquals(null, DateText.readDateTime("kemarin").orElse(null));
    assertEquals(null, DateText.readDateTime("2024-13-01T09:00").orElse(null));
    assertEquals(null, DateText.readDateTime("2024-04-31T09:00:00+07:00").orElse(null));
    // Shapes the fast reader leaves to java.time.
    assertEquals(
        LocalDateTime.of(2024, 7, 1, 9, 30), DateText.readDateTime("2024-07-01t09:30").orElse(null));
    assertEquals(
        LocalDateTime.of(2024, 7, 1, 9, 30),
        DateText.readDateTime("2024-07-01T09:30:00+07:00:00").orElse(null));
  }
}
