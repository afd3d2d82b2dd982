package id.terampil.testkit;

import id.terampil.core.program.Funding;
import net.jqwik.api.Arbitrary;

/**
 * Generates funding lines (sumber dana). Every configuration method returns a new arbitrary.
 * Without configuration: any source, fiscal years 2020–2030, an amount of Rp 1.000.000 to
 * Rp 10.000.000.000 (multiples of Rp 1.000) in most lines and an unknown amount in the rest.
 * Values shrink toward an APBD line of the earliest year with an unknown amount.
 *
 * @since 0.1.0
 */
public interface FundingArbitrary extends Arbitrary<Funding> {

  /**
   * Restricts the lines to one fiscal year (tahun anggaran).
   *
   * @param year the fiscal year, 1970 to 2199
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  FundingArbitrary fiscalYear(int year);
}
