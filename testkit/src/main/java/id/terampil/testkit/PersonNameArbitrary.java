package id.terampil.testkit;

import id.terampil.core.identity.PersonName;
import net.jqwik.api.Arbitrary;

/**
 * Generates synthetic Indonesian person names from a list of common name words, combined at
 * random (so they rarely belong to anyone): single names (mononyms), names of up to four words by
 * default, names with apostrophes ({@code Ma'ruf}, {@code Ma’ruf}), hyphens, initials with dots,
 * particles ({@code bin}, {@code br.}) and non-ASCII letters (precomposed and with combining
 * marks). Every configuration method returns a new arbitrary.
 *
 * <p>Single names and each of the special kinds of word get real weight. Values shrink toward
 * fewer and shorter words.
 *
 * @since 0.1.0
 */
public interface PersonNameArbitrary extends Arbitrary<PersonName> {

  /** The largest number of words {@link #words(int, int)} accepts. */
  int MAX_WORDS = 7;

  /**
   * Restricts to single names (one word).
   *
   * @return the new arbitrary, not null
   */
  PersonNameArbitrary singleNames();

  /**
   * Restricts the number of words.
   *
   * @param min the fewest words, at least 1
   * @param max the most words, at most {@value #MAX_WORDS}, not below {@code min}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the range is outside 1–{@value #MAX_WORDS} or empty
   */
  PersonNameArbitrary words(int min, int max);

  /**
   * Restricts to names written in ASCII only (still with apostrophes, hyphens and dots).
   *
   * @return the new arbitrary, not null
   */
  PersonNameArbitrary asciiOnly();
}
