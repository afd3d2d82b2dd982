package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.time.DateRange;
import id.terampil.testkit.DateRangeArbitrary;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link DateRangeArbitrary}. */
public final class DefaultDateRangeArbitrary extends ArbitraryDecorator<DateRange>
    implements DateRangeArbitrary {

  private static final DateRange DEFAULT_WINDOW =
      DateRange.ofClosed(
          LocalDate.of(FiscalYears.DEFAULT_FIRST, 1, 1), LocalDate.of(FiscalYears.DEFAULT_LAST, 12, 31));

  private final DateRange window;
  private final long minDays;
  private final long maxDays;

  /** Creates the arbitrary without configuration. */
  public DefaultDateRangeArbitrary() {
    this(DEFAULT_WINDOW, 1, 366);
  }

  private DefaultDateRangeArbitrary(DateRange window, long minDays, long maxDays) {
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
  protected Arbitrary<DateRange> arbitrary() {
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
                  .map(offset -> DateRange.ofDays(start.plusDays(offset), days));
            });
  }

  @Override
  public DateRangeArbitrary within(DateRange window) {
    checkNotNull(window, "window must not be null");
    return new DefaultDateRangeArbitrary(window, minDays, maxDays);
  }

  @Override
  public DateRangeArbitrary ofDays(long min, long max) {
    checkArgument(min >= 1, "minimum length must be at least 1 day: %s", min);
    checkArgument(max >= min, "maximum length %s must not be below the minimum %s", max, min);
    return new DefaultDateRangeArbitrary(window, min, max);
  }
}
