package id.terampil.testkit;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import net.jqwik.api.Arbitrary;

/**
 * Generates well-formed region codes of one or more levels (see
 * {@link TerampilArbitraries#regionCodes()} and the per-level factories). Every configuration
 * method returns a new arbitrary. Codes are well formed, not necessarily listed in a
 * {@code RegionDirectory}.
 *
 * <p>Parts 01 and 99, the kota boundary 71 and the Papua provinces formed in 2022 (93–96) get
 * real weight. Values shrink toward the coarsest level, Aceh (11) and parts 01.
 *
 * @since 0.1.0
 */
public interface RegionCodeArbitrary extends Arbitrary<RegionCode> {

  /**
   * Restricts to codes equal to or within {@code parent}, at the levels of this arbitrary that
   * are not above {@code parent}'s level.
   *
   * @param parent the containing region, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if none of this arbitrary's levels lies at or below
   *     {@code parent}'s level, or {@code parent} contradicts a kota/kabupaten or village-kind
   *     restriction
   */
  RegionCodeArbitrary within(RegionCode parent);

  /**
   * Restricts to codes in a kota (regency part 71–99); province-level codes are left out.
   *
   * @return the new arbitrary, not null
   * @throws IllegalStateException if this arbitrary generates only province codes
   * @throws IllegalArgumentException if it is restricted to a kabupaten
   */
  RegionCodeArbitrary kota();

  /**
   * Restricts to codes in a kabupaten (regency part 01–69); province-level codes are left out.
   *
   * @return the new arbitrary, not null
   * @throws IllegalStateException if this arbitrary generates only province codes
   * @throws IllegalArgumentException if it is restricted to a kota
   */
  RegionCodeArbitrary kabupaten();

  /**
   * Restricts to village codes of kelurahan (village part 1xxx).
   *
   * @return the new arbitrary, not null
   * @throws IllegalStateException if this arbitrary does not generate village codes
   * @throws IllegalArgumentException if it is restricted to another village
   */
  RegionCodeArbitrary kelurahan();

  /**
   * Restricts to village codes of desa (village part 2xxx).
   *
   * @return the new arbitrary, not null
   * @throws IllegalStateException if this arbitrary does not generate village codes
   * @throws IllegalArgumentException if it is restricted to another village
   */
  RegionCodeArbitrary desa();

  /**
   * Restricts to village codes of desa adat (village part 3xxx).
   *
   * @return the new arbitrary, not null
   * @throws IllegalStateException if this arbitrary does not generate village codes
   * @throws IllegalArgumentException if it is restricted to another village
   */
  RegionCodeArbitrary desaAdat();

  /**
   * Restricts to the current regions of {@code directory} (e.g. the official lists of {@code
   * terampil-regions}), keeping this arbitrary's levels, parent and kinds: real villages, real
   * districts. The regions are listed on first use by walking {@link
   * RegionDirectory#children(RegionCode)} down from the provinces (or the parent), so the
   * directory must list children. Without this restriction the codes are well formed only, and
   * a seed gives the same codes on every class path.
   *
   * @param directory the directory, not null
   * @return the new arbitrary, not null; generating from it throws {@link IllegalStateException}
   *     if the directory lists no region that fits
   */
  RegionCodeArbitrary listedIn(RegionDirectory directory);
}
