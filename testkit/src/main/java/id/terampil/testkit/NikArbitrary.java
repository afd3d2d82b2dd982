package id.terampil.testkit;

import id.terampil.core.identity.Nik;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;

/**
 * Generates structurally valid NIKs. Every configuration method returns a new arbitrary and
 * leaves this one unchanged. Without configuration: both sexes, births from 1940-01-01 to
 * 2019-12-31, any district of a current province, serials 0001–9999.
 *
 * <p>Edge cases get real weight: 29 February births, births on the 1st and 31st (day 41 and 71
 * for women), the first and last day of the birth range, and serials at both ends of the serial
 * range. Values shrink toward the first district ({@code 11.01.01}), the start of the birth range,
 * men and the smallest serial.
 *
 * @since 0.1.0
 */
public interface NikArbitrary extends Arbitrary<Nik> {

  /**
   * Restricts to women (perempuan): the NIK's day of birth is 41–71.
   *
   * @return the new arbitrary, not null
   */
  NikArbitrary women();

  /**
   * Restricts to men (laki-laki): the NIK's day of birth is 01–31.
   *
   * @return the new arbitrary, not null
   */
  NikArbitrary men();

  /**
   * Restricts the birth dates encoded in the NIK to a range.
   *
   * @param earliest the earliest birth date, not null
   * @param latest the latest birth date, not null, not before {@code earliest}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code latest} is before {@code earliest}
   */
  NikArbitrary bornBetween(LocalDate earliest, LocalDate latest);

  /**
   * Restricts the birth dates to people aged {@code minAge} to {@code maxAge} whole years at
   * {@code referenceDate}, like {@link BirthDateArbitrary#agedBetween(int, int, LocalDate)}.
   *
   * @param minAge the minimum age in years, not negative
   * @param maxAge the maximum age in years, not below {@code minAge}
   * @param referenceDate the date the age is computed at, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the ages are negative or {@code maxAge < minAge}
   */
  NikArbitrary agedBetween(int minAge, int maxAge, LocalDate referenceDate);

  /**
   * Restricts the region of first registration to districts within {@code region}.
   *
   * @param region a province, regency or district code, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code region} is a village code (a NIK records the
   *     district)
   */
  NikArbitrary registeredIn(RegionCode region);

  /**
   * Restricts the region of first registration to current districts of {@code directory} (e.g.
   * the official lists of {@code terampil-regions}), keeping any {@link #registeredIn(RegionCode)}
   * restriction: every NIK then starts with a real district.
   *
   * @param directory the directory, not null
   * @return the new arbitrary, not null
   */
  NikArbitrary registeredIn(RegionDirectory directory);

  /**
   * Restricts the serial (nomor urut) to a range.
   *
   * @param min the smallest serial, at least 1
   * @param max the largest serial, at most 9999, not below {@code min}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the range is outside 1–9999 or empty
   */
  NikArbitrary serialsBetween(int min, int max);
}
