package id.terampil.core.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * The key under which a word from a form or roster is looked up, so that the same wording
 * matches however it was typed: upper case, every run of whitespace one space, no space around
 * {@code /}, none at either end. {@code " belum / tidak  bekerja"} and {@code "BELUM/TIDAK
 * BEKERJA"} have the same key. Not an API.
 */
public final class Wording {

  /** The longest text looked up; longer text matches no wording. */
  public static final int MAX_LENGTH = 1024;

  private Wording() {}

  /**
   * Returns the lookup key of {@code text}, or the empty string for text longer than {@value
   * #MAX_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the key, not null
   */
  public static String key(CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      return "";
    }
    if (isKey(text)) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      boolean slash = c == '/';
      boolean afterSlash = sb.length() > 0 && sb.charAt(sb.length() - 1) == '/';
      if (space && sb.length() > 0 && !slash && !afterSlash) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns whether {@code text} is its own key: printable ASCII without lower-case letters, and
   * each space single, between two characters other than {@code /}.
   */
  private static boolean isKey(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1) {
          return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (before == ' ' || before == '/' || after == '/') {
          return false;
        }
      } else if (c < '!' || c > '~' || (c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a table builder holding each constant under its name.
   *
   * @param constants the constants, not null
   * @param <E> the enum type
   * @return the builder, not null
   */
  public static <E extends Enum<E>> ImmutableMap.Builder<String, E> byName(E[] constants) {
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    for (E constant : constants) {
      b.put(constant.name(), constant);
    }
    return b;
  }

  /**
   * Puts {@code value} under each of {@code wordings}, each written as its {@link #key}.
   *
   * @param table the table builder, not null
   * @param value the value, not null
   * @param wordings the wordings, not null
   * @param <V> the value type
   */
  public static <V> void put(ImmutableMap.Builder<String, V> table, V value, String... wordings) {
    for (String wording : wordings) {
      table.put(key(wording), value);
    }
  }
}
