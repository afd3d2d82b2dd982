package id.terampil.testkit;

import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.internal.DefaultBirthDateArbitrary;
import id.terampil.testkit.internal.DefaultKbliCodeArbitrary;
import id.terampil.testkit.internal.DefaultNikArbitrary;
import id.terampil.testkit.internal.DefaultPeriodArbitrary;
import id.terampil.testkit.internal.DefaultPersonNameArbitrary;
import id.terampil.testkit.internal.DefaultRegionCodeArbitrary;
import id.terampil.testkit.internal.DefaultRupiahArbitrary;
import id.terampil.testkit.internal.DefaultSkillArbitrary;
import id.terampil.testkit.internal.DefaultSkkniUnitCodeArbitrary;
import id.terampil.testkit.internal.DefaultTargetGroupArbitrary;

/**
 * The entry point to Terampil's jqwik generators: one static factory per public value type, each
 * returning a fluent arbitrary whose configuration methods return new arbitraries. All generated
 * values are valid and synthetic; edge cases (29 February births, women's day + 40, serials 0001
 * and 9999, boundary ages, single-day periods) are generated with real weight, and values shrink
 * toward simple ones.
 *
 * <pre>{@code
 * @Property
 * void womenOfProductiveAge(@ForAll("applicants") Nik nik) { ... }
 *
 * @Provide
 * Arbitrary<Nik> applicants() {
 *   return TerampilArbitraries.niks()
 *       .women()
 *       .agedBetween(15, 64, LocalDate.of(2024, 7, 1))
 *       .registeredIn(RegionCode.parse("33.75"));
 * }
 * }</pre>
 *
 * <p>The unconfigured arbitraries are also registered for {@code @ForAll} (see
 * {@link TerampilDomain}). Built against jqwik 1.9.3; it uses only jqwik's public API and is meant
 * to work with later 1.x releases.
 *
 * @since 0.1.0
 */
public final class TerampilArbitraries {

  private TerampilArbitraries() {}

  /**
   * Returns NIKs of both sexes, born 1940–2019, registered in any district.
   *
   * @return the arbitrary, not null
   */
  public static NikArbitrary niks() {
    return new DefaultNikArbitrary();
  }

  /**
   * Returns birth dates from 1940-01-01 to 2019-12-31; configure with
   * {@link BirthDateArbitrary#agedBetween(int, int, java.time.LocalDate)}.
   *
   * @return the arbitrary, not null
   */
  public static BirthDateArbitrary birthDates() {
    return new DefaultBirthDateArbitrary();
  }

  /**
   * Returns region codes of all four levels.
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary regionCodes() {
    return DefaultRegionCodeArbitrary.atLevels(
        RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE);
  }

  /**
   * Returns province-level codes ({@code PP}) of the current provinces.
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary provinces() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.PROVINCE);
  }

  /**
   * Returns regency- and city-level codes ({@code PP.KK}).
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary regencies() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.REGENCY);
  }

  /**
   * Returns district-level codes ({@code PP.KK.CC}).
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary districts() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.DISTRICT);
  }

  /**
   * Returns village-level codes ({@code PP.KK.CC.VVVV}) of kelurahan, desa and desa adat.
   *
   * @return the arbitrary, not null
   */
  public static RegionCodeArbitrary villages() {
    return DefaultRegionCodeArbitrary.atLevels(RegionLevel.VILLAGE);
  }

  /**
   * Returns synthetic Indonesian person names of one to four words.
   *
   * @return the arbitrary, not null
   */
  public static PersonNameArbitrary personNames() {
    return new DefaultPersonNameArbitrary();
  }

  /**
   * Returns periods of 1 to 366 days within 2020–2030.
   *
   * @return the arbitrary, not null
   */
  public static PeriodArbitrary periods() {
    return new DefaultPeriodArbitrary();
  }

  /**
   * Returns amounts from Rp 0 to Rp 100.000.000.000.
   *
   * @return the arbitrary, not null
   */
  public static RupiahArbitrary rupiah() {
    return new DefaultRupiahArbitrary();
  }

  /**
   * Returns KBLI codes of KBLI 2020 and 2025.
   *
   * @return the arbitrary, not null
   */
  public static KbliCodeArbitrary kbliCodes() {
    return new DefaultKbliCodeArbitrary();
  }

  /**
   * Returns SKKNI unit codes in all three formats.
   *
   * @return the arbitrary, not null
   */
  public static SkkniUnitCodeArbitrary skkniUnitCodes() {
    return new DefaultSkkniUnitCodeArbitrary();
  }

  /**
   * Returns skills of the built-in fields.
   *
   * @return the arbitrary, not null
   */
  public static SkillArbitrary skills() {
    return new DefaultSkillArbitrary();
  }

  /**
   * Returns target groups, built-in and user-defined.
   *
   * @return the arbitrary, not null
   */
  public static TargetGroupArbitrary targetGroups() {
    return new DefaultTargetGroupArbitrary();
  }
}
