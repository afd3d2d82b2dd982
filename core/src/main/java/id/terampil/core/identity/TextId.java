package id.terampil.core.identity;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one shape of the identifiers an organizer chooses ({@link ProgramId}, {@link CohortId}): 1 to
 * {@value #MAX_LENGTH} characters of ASCII letters, digits, {@code .}, {@code _} and {@code -},
 * beginning with a letter or digit; case-sensitive; surrounding whitespace is ignored when read.
 * The text form is the identifier itself.
 *
 * <p>Each identifier is its own final type over this class: equal only to an identifier of the
 * same type and text (a cohort {@code P1} is not the program {@code P1}), ordered by text.
 *
 * @param <T> the identifier type
 */
abstract class TextId<T extends TextId<T>> {

  /** The maximum length of an identifier. */
  static final int MAX_LENGTH = 64;

  /** {@link #problem}'s answer for an empty identifier. */
  private static final int BLANK = -1;

  /** {@link #problem}'s answer for an identifier longer than {@link #MAX_LENGTH}. */
  private static final int TOO_LONG = -2;

  /** {@link #problem}'s answer for a well-formed identifier. */
  private static final int NONE = 0;

  private final String text;

  TextId(String text) {
    this.text = text;
  }

  /**
   * Strips surrounding whitespace, checks the shape and makes the identifier.
   *
   * @param noun what the identifier names, for messages, e.g. "cohort id"
   * @param text the text, not null
   * @param make the identifier's constructor
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the identifier has another shape
   */
  static <T> T parse(String noun, CharSequence text, Function<String, T> make) {
    checkNotNull(text, "%s must not be null", noun);
    String s = text.toString().strip();
    int problem = problem(s);
    if (problem == NONE) {
      return make.apply(s);
    }
    if (problem == BLANK) {
      throw new IllegalArgumentException(noun + " must not be blank");
    }
    if (problem == TOO_LONG) {
      throw new IllegalArgumentException(
          noun + " must not be longer than " + MAX_LENGTH + " characters: " + s.length()
              + " characters");
    }
    throw new IllegalArgumentException(
        noun + " may contain only ASCII letters, digits, '.', '_' and '-', beginning with a"
            + " letter or digit (position " + problem + ")");
  }

  /** Reads the identifier as {@link #parse} does, or empty instead of throwing. */
  static <T> Optional<T> read(CharSequence text, Function<String, T> make) {
    String s = text.toString().strip();
    return problem(s) == NONE ? Optional.of(make.apply(s)) : Optional.empty();
  }

  /**
   * Returns {@link #NONE} if {@code s} is an identifier, {@link #BLANK} or {@link #TOO_LONG}, or
   * the 1-based position of the first character that may not stand where it does.
   */
  private static int problem(String s) {
    if (s.isEmpty()) {
      return BLANK;
    }
    if (s.length() > MAX_LENGTH) {
      return TOO_LONG;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      if (!alnum && !(i > 0 && (ch == '.' || ch == '_' || ch == '-'))) {
        return i + 1;
      }
    }
    return NONE;
  }

  /**
   * Compares the identifier texts.
   *
   * @param other the other identifier, not null
   * @return negative, zero or positive as this text sorts before, with or after the other's
   */
  public final int compareTo(T other) {
    return text.compareTo(((TextId<?>) other).text);
  }

  /**
   * Returns whether {@code obj} is an identifier of the same type with the same text.
   *
   * @param obj the object, may be null
   * @return whether it is equal
   */
  @Override
  public final boolean equals(@Nullable Object obj) {
    return obj != null && obj.getClass() == getClass() && ((TextId<?>) obj).text.equals(text);
  }

  /**
   * Returns the hash code of the text.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the identifier text.
   *
   * @return the text, not null
   */
  @Override
  public final String toString() {
    return text;
  }
}
