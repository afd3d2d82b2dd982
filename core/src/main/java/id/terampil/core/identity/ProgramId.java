package id.terampil.core.identity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The identifier of a training program (program pelatihan), chosen by the organizer, e.g.
 * {@code PKL-DBHCHT-2024} or {@code PLK-ROTAN-2021}.
 *
 * <p>1 to 64 characters of ASCII letters, digits, {@code .}, {@code _} and {@code -}, beginning
 * with a letter or digit; case-sensitive. The text form is the identifier itself and
 * {@link #parse(CharSequence)} reads it back (ignoring surrounding whitespace).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class ProgramId extends TextId<ProgramId> implements Comparable<ProgramId> {

  /** The maximum length of a program identifier. */
  public static final int MAX_LENGTH = TextId.MAX_LENGTH;

  private ProgramId(String text) {
    super(text);
  }

  /**
   * Parses a program identifier, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, longer than {@value #MAX_LENGTH}
   *     characters, or holds characters other than ASCII letters, digits, '.', '_' and '-'
   */
  public static ProgramId parse(CharSequence text) {
    return parse("program id", text, ProgramId::new);
  }

  /**
   * Reads a program identifier as {@link #parse(CharSequence)} does, returning empty instead of
   * throwing; the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the identifier, or empty if the text is not a program identifier
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<ProgramId> read(CharSequence text) {
    checkNotNull(text, "program identifier text must not be null");
    return read(text, ProgramId::new);
  }

  /**
   * Returns the identifier {@code text}; the same as {@link #parse(CharSequence)}.
   *
   * @param text the text, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException as {@link #parse(CharSequence)}
   */
  public static ProgramId of(String text) {
    return parse(text);
  }
}
