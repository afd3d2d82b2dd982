package id.terampil.testkit;

import id.terampil.core.time.DateRange;
import net.jqwik.api.Arbitrary;

/**
 * Generates periods of whole days. Every configuration method returns a new arbitrary. Without
 * configuration: 1 to 366 days within [2020-01-01, 2030-12-31].
 *
 * <p>Single-day periods (the shortest length allowed), periods of the longest length allowed and
 * periods at either end of the window get real weight. Values shrink toward the shortest period
 * at the start of the window.
 *
 * @since 0.1.0
 */
public interface DateRangeArbitrary extends Arbitrary<DateRange> {

  /**
   * Restricts to periods lying entirely within {@code window}.
   *
   * @param window the enclosing period, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code window} is shorter than the minimum length
   */
  DateRangeArbitrary within(DateRange window);

  /**
   * Restricts the length in days (both ends counted); lengths longer than the window are not
   * generated.
   *
   * @param min the minimum number of days, at least 1
   * @param max the maximum number of days, not below {@code min}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code min < 1}, {@code max < min}, or {@code min} is
   *     longer than the window
   */
  DateRangeArbitrary ofDays(long min, long max);
}
