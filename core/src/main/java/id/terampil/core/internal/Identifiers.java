package id.terampil.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** Checks for organizer-chosen identifiers (program and cohort ids). Not an API. */
public final class Identifiers {

  /** The maximum length of an identifier. */
  public static final int MAX_LENGTH = 64;

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
    checkArgument(!s.isEmpty(), "%s must not be blank", field);
    checkArgument(
        s.length() <= MAX_LENGTH,
        "%s must not be longer than %s characters: %s characters",
        field,
        MAX_LENGTH,
        s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      checkArgument(
          alnum || (i > 0 && (ch == '.' || ch == '_' || ch == '-')),
          "%s may contain only ASCII letters, digits, '.', '_' and '-', beginning with a"
              + " letter or digit (position %s)",
          field,
          i + 1);
    }
    return s;
  }
}
