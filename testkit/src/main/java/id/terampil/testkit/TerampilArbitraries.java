package id.terampil.testkit;

import id.terampil.core.region.Province;
import id.terampil.core.region.RegionCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The entry point to Terampil's jqwik generators: one static factory per public value type.
 *
 * @since 0.1.0
 */
public final class TerampilArbitraries {

  private TerampilArbitraries() {}

  /**
   * Returns district-level region codes ({@code PP.KK.CC}) in current provinces.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RegionCode> districts() {
    return Combinators.combine(
            Arbitraries.of(Province.class),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 99))
        .as((p, k, c) -> RegionCode.ofDistrict(p.code(), k, c));
  }
}
