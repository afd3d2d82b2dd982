package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Boundaries of {@link Ratio}: percent, parsing, scales, huge comparisons and hashing. */
class RatioEdgeTest {

  @Test
  void zeroPercentIsZeroAndNegativePercentIsRejected() {
    assertEquals(Ratio.of(0, 1), Ratio.ofPercent(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ratio.ofPercent(-1));
    assertEquals("percent must not be negative: -1", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/5", "5/", "x/5", "5/x", "5//2", "5/:", "/", "5"})
  void malformedTextIsRejectedForItsShapeNotForItsSize(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ratio.parse(text));
    assertEquals("ratio must have the form numerator/denominator: " + text, e.getMessage());
  }

  @Test
  void parsesTheSmallestWellFormedText() {
    assertEquals(Ratio.of(0, 9), Ratio.parse("0/9"));
    assertEquals(Ratio.of(9, 1), Ratio.parse(" 9/1 "));
  }

  @Test
  void scaleZeroIsAllowedAndNegativeScaleIsRejected() {
    Ratio half = Ratio.of(1, 2);
    assertEquals(new BigDecimal("1"), half.toBigDecimal(0, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("67"), Ratio.of(2, 3).toPercent(0, RoundingMode.HALF_UP));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> half.toPercent(-1, RoundingMode.HALF_UP));
    assertEquals("scale must not be negative: -1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> half.toBigDecimal(-1, RoundingMode.HALF_UP));
  }

  @Test
  void comparesWhenOnlyTheHighWordsOfTheCrossProductsDiffer() {
    Ratio huge = Ratio.of(Long.MAX_VALUE, 1);
    Ratio twoThirds = Ratio.of(2, 3);
    assertTrue(huge.compareTo(twoThirds) > 0);
    assertTrue(twoThirds.compareTo(huge) < 0);
  }

  @Test
  void distinctRatiosHaveDistinctHashCodes() {
    List<Ratio> ratios =
        List.of(Ratio.of(1, 2), Ratio.of(2, 1), Ratio.of(1, 3), Ratio.of(3, 2), Ratio.of(3, 1), Ratio.of(0, 1));
    assertEquals(ratios.size(), ratios.stream().map(Ratio::hashCode).distinct().count());
  }
}
