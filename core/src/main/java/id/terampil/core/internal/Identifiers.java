package id.terampil.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/** Checks for organizer-chosen identifiers (program and cohort ids). Not an API. */
public final class Identifiers {

  /** The maximum length of an identifier. */
  public static final int MAX_LENGTH = 64;

  /** {@link #problem}'s answer for an empty identifier. */
  private static final int BLANK = -1;

  /** {@link #problem}'s answer for an identifier longer than {@link #MAX_LENGTH}. */
  private static final int TOO_LONG = -2;

  /** {@link #problem}'s answer for a well-formed identifier. */
  private static final int NONE = 0;

  private Identifiers() {}

  /**
   * Strips surrounding whitespace and checks that the rest is 1 to 64 ASCII letters, digits,
   * '.', '_' and '-', beginning with a letter or digit.
   *
   * @param field the field name for messages, not null
   * @param text the text, may be null
   * @return the stripped identifier, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the identifier has another shape
   */
  public static String check(String field, CharSequence text) {
    checkNotNull(text, "%s must not be null", field);
    String s = text.toString().strip();
    int problem = problem(s);
    if (problem == NONE) {
      return s;
    }
    if (problem == BLANK) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (problem == TOO_LONG) {
      throw new IllegalArgumentException(
          field + " must not be longer than " + MAX_LENGTH + " characters: " + s.length()
              + " characters");
    }
    throw new IllegalArgumentException(
        field + " may contain only ASCII letters, digits, '.', '_' and '-', beginning with a"
            + " letter or digit (position " + problem + ")");
  }

  /**
   * Returns the stripped identifier as {@link #check} does, or null instead of throwing: for
   * callers that meet bad identifiers often (a batch of records from another system), where an
   * exception per bad value would cost more than the check.
   *
   * @param text the text, may be null
   * @return the stripped identifier, or null if {@code text} is null or not an identifier
   */
  public static @Nullable String tryCheck(@Nullable CharSequence text) {
    if (text == null) {
      return null;
    }
    String s = text.toString().strip();
    return problem(s) == NONE ? s : null;
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
}
