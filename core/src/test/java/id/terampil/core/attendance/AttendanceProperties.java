package id.terampil.core.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of attendance over plain values: ratios and day ranges. The laws over whole attendance
 * sheets use the testkit's generated sheets and live in its tests
 * ({@code id.terampil.testkit.laws.AttendanceProperties}).
 */
class AttendanceProperties {

  @Property
  void ratioComparisonAgreesWithCrossMultiplication(
      @ForAll @IntRange(min = 0, max = 100_000) int a,
      @ForAll @IntRange(min = 1, max = 100_000) int b,
      @ForAll @IntRange(min = 0, max = 100_000) int c,
      @ForAll @IntRange(min = 1, max = 100_000) int d) {
    int expected = Long.signum((long) a * d - (long) c * b);
    assertEquals(expected, Integer.signum(Ratio.of(a, b).compareTo(Ratio.of(c, d))));
    assertEquals(expected == 0, Ratio.of(a, b).equals(Ratio.of(c, d)));
    assertEquals(Ratio.of(a, b), Ratio.parse(Ratio.of(a, b).toString()));
  }

  @Property
  void sessionDaysCoverTheRangeInOrder(
      @ForAll @IntRange(min = 0, max = 400) int length) {
    LocalDate first = LocalDate.of(2024, 2, 27);
    List<TrainingSession> days = TrainingSession.days(first, first.plusDays(length));
    assertEquals(length + 1, days.size());
    for (int i = 1; i < days.size(); i++) {
      assertTrue(days.get(i - 1).compareTo(days.get(i)) < 0);
    }
  }
}
