package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.BirthDateArbitrary;
import id.terampil.testkit.NikArbitrary;
import id.terampil.testkit.RegionCodeArbitrary;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link NikArbitrary}. */
public final class DefaultNikArbitrary extends ArbitraryDecorator<Nik> implements NikArbitrary {

  private final ImmutableList<Sex> sexes;
  private final BirthDateArbitrary birthDates;
  private final RegionCodeArbitrary districts;
  private final int minSerial;
  private final int maxSerial;

  /** Creates the arbitrary without configuration. */
  public DefaultNikArbitrary() {
    this(
        ImmutableList.of(Sex.MALE, Sex.FEMALE),
        new DefaultBirthDateArbitrary(),
        DefaultRegionCodeArbitrary.atLevels(RegionLevel.DISTRICT),
        1,
        9999);
  }

  private DefaultNikArbitrary(
      ImmutableList<Sex> sexes,
      BirthDateArbitrary birthDates,
      RegionCodeArbitrary districts,
      int minSerial,
      int maxSerial) {
    this.sexes = sexes;
    this.birthDates = birthDates;
    this.districts = districts;
    this.minSerial = minSerial;
    this.maxSerial = maxSerial;
  }

  @Override
  protected Arbitrary<Nik> arbitrary() {
    Arbitrary<Integer> serials =
        WeightedLongs.between(minSerial, maxSerial)
            .often(10, (long) minSerial, (long) maxSerial)
            .map(Long::intValue);
    return Combinators.combine(districts, birthDates, Arbitraries.of(sexes), serials)
        .as(Nik::of);
  }

  @Override
  public NikArbitrary women() {
    return new DefaultNikArbitrary(
        ImmutableList.of(Sex.FEMALE), birthDates, districts, minSerial, maxSerial);
  }

  @Override
  public NikArbitrary men() {
    return new DefaultNikArbitrary(
        ImmutableList.of(Sex.MALE), birthDates, districts, minSerial, maxSerial);
  }

  @Override
  public NikArbitrary bornBetween(LocalDate earliest, LocalDate latest) {
    return new DefaultNikArbitrary(
        sexes, birthDates.between(earliest, latest), districts, minSerial, maxSerial);
  }

  @Override
  public NikArbitrary agedBetween(int minAge, int maxAge, LocalDate referenceDate) {
    return new DefaultNikArbitrary(
        sexes, birthDates.agedBetween(minAge, maxAge, referenceDate), districts, minSerial, maxSerial);
  }

  @Override
  public NikArbitrary registeredIn(RegionCode region) {
    checkNotNull(region, "region must not be null");
    checkArgument(
        region.level() != RegionLevel.VILLAGE,
        "a NIK records the district of first registration, not the village: %s",
        region);
    return new DefaultNikArbitrary(
        sexes, birthDates, districts.within(region), minSerial, maxSerial);
  }

  @Override
  public NikArbitrary registeredIn(RegionDirectory directory) {
    checkNotNull(directory, "region directory must not be null");
    return new DefaultNikArbitrary(
        sexes, birthDates, districts.listedIn(directory), minSerial, maxSerial);
  }

  @Override
  public NikArbitrary serialsBetween(int min, int max) {
    checkArgument(min >= 1 && max <= 9999, "NIK serials must be 0001-9999: %s..%s", min, max);
    checkArgument(max >= min, "serial range must not be empty: %s..%s", min, max);
    return new DefaultNikArbitrary(sexes, birthDates, districts, min, max);
  }
}
