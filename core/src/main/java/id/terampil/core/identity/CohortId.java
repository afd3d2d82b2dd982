package id.terampil.core.identity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

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
   * Reads a cohort identifier as {@link #parse(CharSequence)} does, returning empty instead of
   * throwing; the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the identifier, or empty if the text is not a cohort identifier
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<CohortId> read(CharSequence text) {
    checkNotNull(text, "cohort identifier text must not be null");
    return read(text, CohortId::new);
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
