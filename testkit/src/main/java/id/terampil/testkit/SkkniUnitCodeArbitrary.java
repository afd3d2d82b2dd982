package id.terampil.testkit;

import id.terampil.core.classification.SkkniUnitCode;
import net.jqwik.api.Arbitrary;

/**
 * Generates SKKNI unit codes in all four formats (sectoral {@code TIK.SM01.001.01}, 2012
 * {@code J.620100.017.02}, five-digit KBLI {@code M.74100.001.02}, post-2016 {@code
 * N.82ADM00.001.3}). Every configuration method returns
 * a new arbitrary. Values shrink toward the first format allowed and the smallest parts.
 *
 * @since 0.1.0
 */
public interface SkkniUnitCodeArbitrary extends Arbitrary<SkkniUnitCode> {

  /**
   * Restricts to the given formats.
   *
   * @param formats the formats, at least one
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if no format is given
   */
  SkkniUnitCodeArbitrary formats(SkkniUnitCode.Format... formats);
}
