package id.terampil.testkit;

import id.terampil.core.money.Rupiah;
import net.jqwik.api.Arbitrary;

/**
 * Generates amounts of rupiah. Every configuration method returns a new arbitrary. Without
 * configuration: Rp 0 to Rp 100.000.000.000 in whole rupiah.
 *
 * <p>The ends of the range and the business-size bounds of PP 7/2021 (and one rupiah above
 * each) get real weight when they lie in the range. Values shrink toward the lower end.
 *
 * @since 0.1.0
 */
public interface RupiahArbitrary extends Arbitrary<Rupiah> {

  /**
   * Restricts the amounts to a range.
   *
   * @param min the smallest amount, not null
   * @param max the largest amount, not null, not below {@code min}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code max < min}, or the range holds no multiple of
   *     the step
   */
  RupiahArbitrary between(Rupiah min, Rupiah max);

  /**
   * Restricts the amounts to multiples of {@code step} rupiah, e.g. 1,000 or 50,000 for budget
   * lines.
   *
   * @param step the step, positive
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code step} is not positive or the range holds no
   *     multiple of it
   */
  RupiahArbitrary multiplesOf(long step);
}
