package id.terampil.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * Checks for the stable machine codes of open vocabularies (target groups, skill fields, skills)
 * and for free texts (names of organizers and groups, notes). Not an API.
 */
public final class Codes {

  /** The maximum length of a code. */
  public static final int MAX_LENGTH = 48;

  /** The maximum length of a free text such as a title, a name of an agency or a note. */
  public static final int MAX_TEXT_LENGTH = 300;

  private Codes() {}

  /**
   * Checks a free text as {@link #checkText(String, String, int)} with the maximum length
   * {@value #MAX_TEXT_LENGTH}.
   *
   * @param field the field name for the message, not null
   * @param text the text, may be null
   * @return the text, not null
   */
  public static String checkText(String field, String text) {
    return checkText(field, text, MAX_TEXT_LENGTH);
  }

  /**
   * Checks that {@code code} is 1 to 48 characters of upper-case ASCII letters, digits and
   * underscores, beginning with a letter.
   *
   * @param field the field name for the message, not null
   * @param code the code, may be null
   * @return the code, not null
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code has another shape
   */
  public static String checkCode(String field, String code) {
    checkNotNull(code, "%s must not be null", field);
    checkArgument(isCode(code), "%s must be 1-48 upper-case ASCII letters, digits or '_', starting with a letter: '%s'",
        field, code.length() > MAX_LENGTH ? code.substring(0, MAX_LENGTH) + "..." : code);
    return code;
  }

  /**
   * Returns whether {@code text} has the shape of a code.
   *
   * @param text the text, not null
   * @return whether it is a code
   */
  public static boolean isCode(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that a label is not blank and at most 200 characters.
   *
   * @param field the field name for the message, not null
   * @param label the label, not null
   * @return the label, not null
   * @throws IllegalArgumentException if the label is blank or too long
   */
  public static String checkLabel(String field, String label) {
    checkNotNull(label, "%s must not be null", field);
    checkArgument(!label.isBlank(), "%s must not be blank", field);
    checkArgument(label.length() <= 200, "%s must be at most 200 characters: %s", field, label.length());
    return label;
  }

  /**
   * Checks a free text: not blank, at most {@code maxLength} characters, no control or
   * bidirectional-formatting characters (which could disguise the text when displayed).
   *
   * @param field the field name for the message, not null
   * @param text the text, may be null
   * @param maxLength the maximum length in UTF-16 code units
   * @return the text, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is blank, too long or holds such characters
   */
  public static String checkText(String field, String text, int maxLength) {
    checkNotNull(text, "%s must not be null", field);
    checkArgument(!text.isBlank(), "%s must not be blank", field);
    checkArgument(
        text.length() <= maxLength,
        "%s must be at most %s characters: %s characters",
        field,
        maxLength,
        text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || isBidiControl(c)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s must not contain control characters (U+%04X at position %s)",
                field, (int) c, i + 1));
      }
    }
    return text;
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
        || c == '\u200F' || c == '\u061C';
  }
}
