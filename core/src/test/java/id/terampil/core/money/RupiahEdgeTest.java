package id.terampil.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Boundaries of {@link Rupiah#ofMillions(long)} and of the decimal-comma rule in parsing. */
class RupiahEdgeTest {

  @Test
  void zeroMillionsIsZeroAndNegativeMillionsAreRejected() {
    assertSame(Rupiah.ZERO, Rupiah.ofMillions(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rupiah.ofMillions(-1));
    assertEquals("rupiah millions must not be negative: -1", e.getMessage());
  }

  @Test
  void theLargestWholeNumberOfMillionsFitsAndOneMoreOverflows() {
    long most = Long.MAX_VALUE / 1_000_000L;
    assertEquals(most * 1_000_000L, Rupiah.ofMillions(most).amount());
    assertThrows(ArithmeticException.class, () -> Rupiah.ofMillions(most + 1));
  }

  @Test
  void aLeadingDecimalCommaIsNamedAsSuch() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(",500"));
    assertEquals("rupiah amount must be whole rupiah, without a decimal comma", e.getMessage());
  }

  @Test
  void differentAmountsHaveDifferentHashCodes() {
    assertNotEquals(Rupiah.of(1_500_000).hashCode(), Rupiah.of(2_000_000).hashCode());
    assertEquals(Rupiah.parse("Rp 1.500.000").hashCode(), Rupiah.of(1_500_000).hashCode());
  }
}
