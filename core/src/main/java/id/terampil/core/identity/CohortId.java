package id.terampil.core.identity;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a cohort (angkatan / kelas / gelombang) within a program, chosen by the
 * organizer, e.g. {@code PKL24-BENDAN-KERGON} or {@code BLK25-LAS-1}.
 *
 * <p>1 to 64 characters of ASCII letters, digits, {@code .}, {@code _} and {@code -}, beginning
 * with a letter or digit; case-sensitive. The text form is the identifier itself and
 * {@link #parse(CharSequence)} reads it back (ignoring surrounding whitespace).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class CohortId extends TextId<CohortId> implements Comparable<CohortId> {

  /** The maximum length of a cohort identifier. */
  public static final int MAX_LENGTH = TextId.MAX_LENGTH;

  private CohortId(String text) {
    super(text);
  }

  /**
   * Parses a cohort identifier, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, longer than {@value #MAX_LENGTH}
   *     characters, or holds characters other than ASCII letters, digits, '.', '_' and '-'
   */
  public static CohortId parse(CharSequence text) {
    return parse("cohort id", text, CohortId::new);
  }

  /**
   * Parses a cohort identifier like {@link #parse(CharSequence)}, returning empty instead of
   * throwing (no exception is made for a bad value, so a batch with many of them stays fast).
   *
   * @param text the text, may be null
   * @return the identifier, or empty if the text is null or not a cohort identifier
   */
  public static Optional<CohortId> tryParse(@Nullable CharSequence text) {
    return tryParse(text, CohortId::new);
  }

  /**
   * Returns the identifier {@code text}; the same as {@link #parse(CharSequence)}.
   *
   * @param text the text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException as {@link #parse(CharSequence)}
   */
  public static CohortId of(String text) {
    return parse(text);
  }
}
