package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.time.DateText;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast registration-time reader agrees with java.time at every field boundary, on every
 * separator and on non-digits in every field: the deterministic counterpart of {@link
 * RegistrationTimeProperties}, which samples at random.
 */
class RegistrationTimeBoundaryTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // months, days, leap years
        "2024-00-10T09:00", "2024-01-10T09:00", "2024-12-10T09:00", "2024-13-10T09:00",
        "2024-01-00T09:00", "2024-01-01T09:00", "2024-01-31T09:00", "2024-01-32T09:00",
        "2024-04-30T09:00", "2024-04-31T09:00", "2024-02-29T09:00", "2023-02-29T09:00",
        "0000-01-01T00:00", "9999-12-31T23:59:59",
        // hours, minutes, seconds
        "2024-07-01T00:00", "2024-07-01T23:00", "2024-07-01T24:00", "2024-07-01T09:59",
        "2024-07-01T09:60", "2024-07-01T09:30:00", "2024-07-01T09:30:59", "2024-07-01T09:30:60",
        // a non-digit in every field
        "x024-07-01T09:00", "2024-x7-01T09:00", "2024-07-x1T09:00", "2024-07-01Tx9:00",
        "2024-07-01T09:x0", "2024-07-01T09:30:x0", "2024-07-01T09:30:0x",
        // separators and lengths
        "2024/07-01T09:00", "2024-07/01T09:00", "2024-07-01 09:00", "2024-07-01T09.00",
        "2024-07-01t09:00", "2024-07-01T09:0", "2024-07-01T09:30:", "2024-07-01T09:30:0",
        "2024-07-01T09:30x", "2024-07-01T09:30:00x",
        // fractions
        "2024-07-01T09:30:00.", "2024-07-01T09:30:00.x", "2024-07-01T09:30:00.5",
        "2024-07-01T09:30:00.05", "2024-07-01T09:30:00.123456789",
        "2024-07-01T09:30:00.1234567890", "2024-07-01T09:30:00.5Z", "2024-07-01T09:30:00.5+07:00",
        // offsets
        "2024-07-01T09:30Z", "2024-07-01T09:30Zx", "2024-07-01T09:30z", "2024-07-01T09:30+07:00",
        "2024-07-01T09:30-07:00", "2024-07-01T09:30+00:00", "2024-07-01T09:30+17:59",
        "2024-07-01T09:30+18:00", "2024-07-01T09:30-18:00", "2024-07-01T09:30+18:01",
        "2024-07-01T09:30+19:00", "2024-07-01T09:30+07:59", "2024-07-01T09:30+07:60",
        "2024-07-01T09:30+x7:00", "2024-07-01T09:30+07:x0", "2024-07-01T09:30+0700",
        "2024-07-01T09:30+07:00x", "2024-07-01T09:30+07", "2024-07-01T09:30*07:00",
        "2024-07-01T09:30:00+07:00", "2024-07-01T09:30:00-03:30",
        // an offset whose colon or digits are wrong where a mis-indexed reader would look right
        "2024-07-01T09:30+07x00", "2024-07-01T09:30-07x00", "2024-07-01T09:30:00+07x00",
        "2024-07-01T09:30:00.5+07:60", "2024-07-01T09:30:00.5+19:00", "2024-07-01T09:30:00.12+07x00",
        "2024-07-01T09:30:00.123+18:30", "2024-07-01T09:30:00.5Z0"
      })
  void agreesWithJavaTime(String text) {
    assertEquals(RegistrationTimeProperties.reference(text), DateText.readDateTime(text).orElse(null), text);
  }

  @Test
  void readsFractionsToTheExactNanosecond() {
    assertEquals(
        LocalDateTime.of(2024, 7, 1, 9, 30, 0, 500_000_000),
        DateText.readDateTime("2024-07-01T09:30:00.5").orElse(null));
    assertEquals(
        LocalDateTime.of(2024, 7, 1, 9, 30, 0, 123_456_789),
        DateText.readDateTime("2024-07-01T09:30:00.123456789+07:00").orElse(null));
    assertEquals(
        LocalDateTime.of(2024, 7, 1, 9, 30, 0, 50_000_000),
        DateText.readDateTime("2024-07-01T09:30:00.05Z").orElse(null));
  }
}
