package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.money.Rupiah;
import id.terampil.testkit.RupiahArbitrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link RupiahArbitrary}. */
public final class DefaultRupiahArbitrary extends ArbitraryDecorator<Rupiah>
    implements RupiahArbitrary {

  private static final long DEFAULT_MAX = 100_000_000_000L;

  private final long min;
  private final long max;
  private final long step;

  /** Creates the arbitrary without configuration. */
  public DefaultRupiahArbitrary() {
    this(0, DEFAULT_MAX, 1);
  }

  private DefaultRupiahArbitrary(long min, long max, long step) {
    checkArgument(max >= min, "maximum %s must not be below the minimum %s", max, min);
    checkArgument(
        ceilDiv(min, step) <= max / step,
        "no multiple of %s lies between %s and %s",
        step,
        min,
        max);
    this.min = min;
    this.max = max;
    this.step = step;
  }

  private static long ceilDiv(long a, long b) {
    return a / b + (a % b == 0 ? 0 : 1);
  }

  @Override
  protected Arbitrary<Rupiah> arbitrary() {
    long low = ceilDiv(min, step);
    long high = max / step;
    List<Long> bounds = new ArrayList<>();
    for (BusinessSizeClass size : BusinessSizeClass.values()) {
      for (Optional<Rupiah> bound : List.of(size.maxCapital(), size.maxAnnualSales())) {
        if (bound.isEmpty()) {
          continue; // LARGE has no upper bound
        }
        long amount = bound.get().amount();
        if (amount % step == 0) {
          bounds.add(amount / step);
        }
        if (amount < Long.MAX_VALUE && (amount + 1) % step == 0) {
          bounds.add((amount + 1) / step);
        }
      }
    }
    return WeightedLongs.between(low, high)
        .often(8, low, high)
        .often(8, bounds)
        .map(units -> Rupiah.of(units * step));
  }

  @Override
  public RupiahArbitrary between(Rupiah min, Rupiah max) {
    checkNotNull(min, "min must not be null");
    checkNotNull(max, "max must not be null");
    return new DefaultRupiahArbitrary(min.amount(), max.amount(), step);
  }

  @Override
  public RupiahArbitrary multiplesOf(long step) {
    checkArgument(step > 0, "step must be positive: %s", step);
    return new DefaultRupiahArbitrary(min, max, step);
  }
}
