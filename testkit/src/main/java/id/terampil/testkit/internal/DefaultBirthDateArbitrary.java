package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.testkit.BirthDateArbitrary;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link BirthDateArbitrary}. */
public final class DefaultBirthDateArbitrary extends ArbitraryDecorator<LocalDate>
    implements BirthDateArbitrary {

  /** The earliest birth date without configuration. */
  static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1940, 1, 1);
  /** The latest birth date without configuration. */
  static final LocalDate DEFAULT_LATEST = LocalDate.of(2019, 12, 31);

  private final LocalDate earliest;
  private final LocalDate latest;

  /** Creates the arbitrary of the default range. */
  public DefaultBirthDateArbitrary() {
    this(DEFAULT_EARLIEST, DEFAULT_LATEST);
  }

  private DefaultBirthDateArbitrary(LocalDate earliest, LocalDate latest) {
    this.earliest = earliest;
    this.latest = latest;
  }

  @Override
  protected Arbitrary<LocalDate> arbitrary() {
    long span = ChronoUnit.DAYS.between(earliest, latest);
    return WeightedLongs.between(0, span)
        .often(6, 0L, span)
        .often(6, leapDayOffsets(span))
        .often(6, firstAndThirtyFirstOffsets(span))
        .map(earliest::plusDays);
  }

  private List<Long> leapDayOffsets(long span) {
    List<Long> offsets = new ArrayList<>();
    for (int year = earliest.getYear(); year <= latest.getYear(); year++) {
      if (Year.isLeap(year)) {
        long offset = ChronoUnit.DAYS.between(earliest, LocalDate.of(year, Month.FEBRUARY, 29));
        if (offset >= 0 && offset <= span) {
          offsets.add(offset);
        }
      }
    }
    return offsets;
  }

  /** Births on day 1 and day 31: the NIK's day 01/31 for men, 41/71 for women. */
  private List<Long> firstAndThirtyFirstOffsets(long span) {
    List<Long> offsets = new ArrayList<>();
    LocalDate month = earliest.withDayOfMonth(1);
    while (!month.isAfter(latest)) {
      addIfInRange(offsets, ChronoUnit.DAYS.between(earliest, month), span);
      if (month.lengthOfMonth() == 31) {
        addIfInRange(offsets, ChronoUnit.DAYS.between(earliest, month.withDayOfMonth(31)), span);
      }
      month = month.plusMonths(1);
    }
    return offsets;
  }

  private static void addIfInRange(List<Long> offsets, long offset, long span) {
    if (offset >= 0 && offset <= span) {
      offsets.add(offset);
    }
  }

  @Override
  public BirthDateArbitrary between(LocalDate earliest, LocalDate latest) {
    checkNotNull(earliest, "earliest must not be null");
    checkNotNull(latest, "latest must not be null");
    checkArgument(
        !latest.isBefore(earliest), "latest birth date %s is before earliest %s", latest, earliest);
    return new DefaultBirthDateArbitrary(earliest, latest);
  }

  @Override
  public BirthDateArbitrary agedBetween(int minAge, int maxAge, LocalDate referenceDate) {
    checkNotNull(referenceDate, "reference date must not be null");
    checkArgument(minAge >= 0, "minAge must not be negative: %s", minAge);
    checkArgument(maxAge >= minAge, "maxAge must not be below minAge %s: %s", minAge, maxAge);
    return between(
        referenceDate.minusYears(maxAge + 1L).plusDays(1), referenceDate.minusYears(minAge));
  }
}
