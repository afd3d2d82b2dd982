package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void twoOfThreeIsExact() {
    Ratio r = Ratio.of(2, 3);
    assertEquals(2, r.numerator());
    assertEquals(3, r.denominator());
    assertEquals("2/3", r.toString());
    assertEquals(new BigDecimal("66.67"), r.toPercent(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.666"), r.toBigDecimal(3, RoundingMode.DOWN));
    assertFalse(r.isAtLeast(Ratio.ofPercent(67)));
    assertTrue(r.isAtLeast(Ratio.ofPercent(66)));
  }

  @Test
  void ratiosAreKeptInLowestTermsSoEqualValuesAreEqual() {
    assertEquals(Ratio.of(2, 3), Ratio.of(4, 6));
    assertEquals(Ratio.of(4, 6).hashCode(), Ratio.of(2, 3).hashCode());
    assertEquals(Ratio.of(4, 5), Ratio.ofPercent(80));
    assertEquals(Ratio.ZERO, Ratio.of(0, 7));
    assertEquals(Ratio.ONE, Ratio.of(9, 9));
    assertEquals(0, Ratio.of(8, 10).compareTo(Ratio.ofPercent(80)));
  }

  @Test
  void eightOfTenMeetsEightyPercentAndSevenOfNineDoesNot() {
    assertTrue(Ratio.of(8, 10).isAtLeast(Ratio.ofPercent(80)));
    assertFalse(Ratio.of(7, 9).isAtLeast(Ratio.ofPercent(80)));
  }

  @Test
  void compareToIsExactForHugeTerms() {
    Ratio a = Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    Ratio b = Ratio.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1);
    assertTrue(a.compareTo(b) > 0);
    assertTrue(b.compareTo(a) < 0);
    assertTrue(Ratio.ONE.compareTo(a) > 0);
  }

  @Test
  void parseRoundTripsAndRejectsMalformedText() {
    assertEquals(Ratio.of(2, 3), Ratio.parse(" 2/3 "));
    assertEquals(Ratio.of(5, 7), Ratio.parse(Ratio.of(5, 7).toString()));
    for (String bad : new String[] {"", "2", "/3", "2/", "-1/3", "1/0", "a/b", "1/3/4"}) {
      assertThrows(IllegalArgumentException.class, () -> Ratio.parse(bad), bad);
    }
  }

  @Test
  void rejectsNegativeNumeratorAndNonPositiveDenominator() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(-1, 3));
    assertTrue(e.getMessage().contains("numerator"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ratio.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> Ratio.ofPercent(-5));
    assertThrows(IllegalArgumentException.class, () -> Ratio.ONE.toBigDecimal(-1, RoundingMode.UP));
  }
}
