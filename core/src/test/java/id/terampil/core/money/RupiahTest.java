package id.terampil.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples and edge cases of {@link Rupiah}. */
class RupiahTest {

  private static void assertMessage(Throwable e, String part) {
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  @Test
  void holdsWholeNonNegativeRupiah() {
    assertEquals(1_500_000, Rupiah.of(1_500_000).amount());
    assertSame(Rupiah.ZERO, Rupiah.of(0));
    assertTrue(Rupiah.ZERO.isZero());
    assertEquals(Rupiah.of(25_000_000), Rupiah.ofMillions(25));
    assertEquals(new BigDecimal("1500000"), Rupiah.of(1_500_000).toBigDecimal());
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> Rupiah.of(-1)), "must not be negative");
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> Rupiah.ofMillions(-1)),
        "must not be negative");
  }

  @ParameterizedTest
  @CsvSource({"0, Rp 0", "999, Rp 999", "1000, Rp 1.000", "1500000, Rp 1.500.000",
      "100000000, Rp 100.000.000", "9223372036854775807, Rp 9.223.372.036.854.775.807"})
  void printsIndonesianGrouping(long amount, String text) {
    assertEquals(text, Rupiah.of(amount).toString());
    assertEquals(Rupiah.of(amount), Rupiah.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Rp 1.500.000", "Rp1.500.000", "rp 1.500.000", "Rp. 1.500.000", "RP.1.500.000",
        "IDR 1500000", "idr1.500.000", "1500000", "1.500.000", "  Rp 1.500.000  "})
  void parsesCommonWritings(String text) {
    assertEquals(Rupiah.of(1_500_000), Rupiah.parse(text));
    assertEquals(Optional.of(Rupiah.of(1_500_000)), Rupiah.read(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|no digits",
        "Rp|no digits",
        "Rp -5.000|must not be negative",
        "-5000|must not be negative",
        "Rp 1.500.000,00|whole rupiah",
        "Rp 1,5|whole rupiah",
        "Rp 1.50.000|group thousands",
        "Rp 1500.000|group thousands",
        "Rp .500|group thousands",
        "Rp 1.500.|group thousands",
        "Rp 1.5000|group thousands",
        "Rp 1 500 000|only digits and dots",
        "USD 100|only digits and dots",
        "Rp 1e6|only digits and dots",
        "9223372036854775808|too large",
        "Rp 99.999.999.999.999.999.999|too large"
      })
  void rejectsMalformedText(String text, String messagePart) {
    assertMessage(assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(text)), messagePart);
    assertEquals(Optional.empty(), Rupiah.read(text), text);
  }

  @Test
  void readAndParseOfNullNameTheText() {
    assertMessage(
        assertThrows(NullPointerException.class, () -> Rupiah.read(null)),
        "amount text must not be null");
    assertMessage(
        assertThrows(NullPointerException.class, () -> Rupiah.parse(null)),
        "rupiah text must not be null");
  }

  @Test
  void theLargestAmountIsReadAndOneMoreIsTooLarge() {
    assertEquals(Rupiah.MAX, Rupiah.parse("9223372036854775807"));
    assertEquals(Optional.of(Rupiah.MAX), Rupiah.read("Rp 9.223.372.036.854.775.807"));
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> Rupiah.parse("9223372036854775808")),
        "too large: the largest amount is Rp 9.223.372.036.854.775.807");
    assertEquals(Optional.empty(), Rupiah.read("9223372036854775810"));
    assertEquals(Optional.empty(), Rupiah.read("92233720368547758070"));
  }

  @Test
  void addsSubtractsMultipliesAndDivides() {
    Rupiah a = Rupiah.of(1_500_000);
    assertEquals(Rupiah.of(2_000_000), a.plus(Rupiah.of(500_000)));
    assertEquals(Rupiah.of(1_000_000), a.minus(Rupiah.of(500_000)));
    assertEquals(Rupiah.ZERO, a.minus(a));
    assertEquals(Rupiah.of(60_000_000), a.times(40));
    assertEquals(Rupiah.ZERO, a.times(0));
    assertEquals(Rupiah.of(500_000), a.dividedBy(3, RoundingMode.UNNECESSARY));
    assertEquals(Rupiah.of(333), Rupiah.of(1000).dividedBy(3, RoundingMode.DOWN));
    assertEquals(Rupiah.of(334), Rupiah.of(1000).dividedBy(3, RoundingMode.UP));
    assertEquals(Rupiah.of(6), Rupiah.of(11).dividedBy(2, RoundingMode.HALF_UP));
    assertEquals(Rupiah.of(6), Rupiah.of(11).dividedBy(2, RoundingMode.HALF_EVEN));
    assertEquals(Rupiah.of(3_000_000), Rupiah.sum(List.of(a, a)));
    assertEquals(Rupiah.ZERO, Rupiah.sum(List.of()));
  }

  @Test
  void rejectsANegativeDifference() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Rupiah.of(1_000).minus(Rupiah.of(1_001)));
    assertEquals("cannot subtract Rp 1.001 from Rp 1.000: result would be negative", e.getMessage());
  }

  @Test
  void rejectsOverflowWithAClearMessage() {
    ArithmeticException sum =
        assertThrows(ArithmeticException.class, () -> Rupiah.MAX.plus(Rupiah.of(1)));
    assertMessage(sum, "rupiah sum overflows");
    assertMessage(sum, "largest amount");
    ArithmeticException product =
        assertThrows(ArithmeticException.class, () -> Rupiah.of(Long.MAX_VALUE / 2 + 1).times(2));
    assertMessage(product, "rupiah product overflows");
    assertEquals(Rupiah.of(Long.MAX_VALUE - 1), Rupiah.of(Long.MAX_VALUE / 2).times(2));
    ArithmeticException millions =
        assertThrows(ArithmeticException.class, () -> Rupiah.ofMillions(Long.MAX_VALUE / 1_000_000 + 1));
    assertMessage(millions, "rupiah amount overflows");
    assertThrows(ArithmeticException.class, () -> Rupiah.sum(List.of(Rupiah.MAX, Rupiah.of(1))));
    assertEquals(Rupiah.MAX, Rupiah.MAX.plus(Rupiah.ZERO));
  }

  @Test
  void rejectsBadFactorsAndDivisors() {
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> Rupiah.of(1).times(-1)),
        "factor must not be negative");
    assertMessage(
        assertThrows(IllegalArgumentException.class, () -> Rupiah.of(1).dividedBy(0, RoundingMode.UP)),
        "divisor must be positive");
    assertThrows(
        ArithmeticException.class, () -> Rupiah.of(10).dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  void equalityAndOrderFollowTheAmount() {
    assertEquals(Rupiah.of(5), Rupiah.parse("5"));
    assertEquals(Rupiah.of(5).hashCode(), Rupiah.parse("5").hashCode());
    assertNotEquals(Rupiah.of(5), Rupiah.of(6));
    assertTrue(Rupiah.of(5).compareTo(Rupiah.of(6)) < 0);
  }
}
