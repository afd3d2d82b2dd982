package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.time.Period;
import id.terampil.testkit.PeriodArbitrary;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link PeriodArbitrary}. */
public final class DefaultPeriodArbitrary extends ArbitraryDecorator<Period>
    implements PeriodArbitrary {

  private static final Period DEFAULT_WINDOW =
      Period.of(
          LocalDate.of(FiscalYears.DEFAULT_FIRST, 1, 1), LocalDate.of(FiscalYears.DEFAULT_LAST, 12, 31));

  private final Period window;
  private final long minDays;
  private final long maxDays;

  /** Creates the arbitrary without configuration. */
  public DefaultPeriodArbitrary() {
    this(DEFAULT_WINDOW, 1, 366);
  }

  private DefaultPeriodArbitrary(Period window, long minDays, long maxDays) {
    checkArgument(
        window.days() >= minDays,
        "window %s is shorter than the minimum length of %s days",
        window,
        minDays);
    this.window = window;
    this.minDays = minDays;
    this.maxDays = maxDays;
  }

  @Override
  protected Arbitrary<Period> arbitrary() {
    long longest = Math.min(maxDays, window.days());
    LocalDate start = window.start();
    long windowDays = window.days();
    return WeightedLongs.between(minDays, longest)
        .often(15, minDays)
        .often(5, longest)
        .flatMap(
            days -> {
              long lastStart = windowDays - days;
              return WeightedLongs.between(0, lastStart)
                  .often(5, 0L, lastStart)
                  .map(offset -> Period.ofDays(start.plusDays(offset), days));
            });
  }

  @Override
  public PeriodArbitrary within(Period window) {
    checkNotNull(window, "window must not be null");
    return new DefaultPeriodArbitrary(window, minDays, maxDays);
  }

  @Override
  public PeriodArbitrary ofDays(long min, long max) {
    checkArgument(min >= 1, "minimum length must be at least 1 day: %s", min);
    checkArgument(max >= min, "maximum length %s must not be below the minimum %s", max, min);
    return new DefaultPeriodArbitrary(window, min, max);
  }
}
