package id.terampil.validation.internal;

import id.terampil.core.internal.Wording;

/** Small text helpers for untrusted input: masking and safe echoing. Not an API. */
public final class Texts {

  /** The longest input echoed in a finding parameter, in characters. */
  public static final int MAX_ECHO = 64;

  /**
   * The longest text any field rule examines, the longest the core's wording tables look up;
   * longer texts are {@code FIELD_TOO_LONG}.
   */
  public static final int MAX_LENGTH = Wording.MAX_LENGTH;

  private Texts() {}

  /**
   * Returns whether {@code text} is null, empty or only whitespace, in time linear in its length.
   *
   * @param text the text, may be null
   * @return true if there is nothing but whitespace
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code text} safe to show in a message: at most {@value #MAX_ECHO} characters (with
   * an ellipsis when cut), control, format and bidirectional characters and unpaired surrogates
   * replaced by U+FFFD, and every run of ten or more digits masked like a NIK
   * ({@code 3375********0001}), since a NIK or family-card number pasted into the wrong column
   * must not leak through a message. A run is measured in {@code text}, not in the cut text: a
   * run the cut shortens is masked as the whole run would be, so the result never shows more
   * than the first and last four digits of any run. Braces and dollar signs are kept: messages
   * never evaluate them.
   *
   * @param text the text, not null
   * @return the safe text, not null
   */
  public static String echo(CharSequence text) {
    int n = Math.min(text.length(), MAX_ECHO);
    StringBuilder sb = new StringBuilder(n + 1);
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (i + 1 >= n) {
          break;
        }
        sb.append(ch).append(text.charAt(++i));
        continue;
      }
      int type = Character.getType(ch);
      boolean unsafe =
          Character.isISOControl(ch)
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      sb.append(unsafe ? '\uFFFD' : ch);
    }
    maskDigitRuns(sb, text);
    if (text.length() > n) {
      sb.append('\u2026');
    }
    return sb.toString();
  }

  /**
   * Masks the digit runs of {@code sb}, the start of {@code text} with its digits at the same
   * indices, measuring each run in {@code text}: a run that reaches the end of {@code sb} is
   * followed into {@code text}, far enough to know whether it has ten digits and whether its last
   * four lie beyond the cut (at most ten characters past the run's start or four past the cut).
   */
  private static void maskDigitRuns(StringBuilder sb, CharSequence text) {
    int shown = sb.length();
    int i = 0;
    while (i < shown) {
      if (!isDigit(sb.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < shown && isDigit(sb.charAt(end))) {
        end++;
      }
      int next = end;
      if (end == shown) {
        int limit = Math.min(text.length(), Math.max(i + 10, shown + 4));
        while (end < limit && isDigit(text.charAt(end))) {
          end++;
        }
      }
      if (end - i >= 10) {
        for (int j = i + 4; j < Math.min(end - 4, shown); j++) {
          sb.setCharAt(j, '*');
        }
      }
      i = next;
    }
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  /**
   * Masks a 16-character NIK as {@code 3375********0001}.
   *
   * @param nik the NIK's 16 digits, not null
   * @return the masked text, not null
   */
  public static String maskNik(String nik) {
    return nik.length() != 16 ? "****************" : nik.substring(0, 4) + "********" + nik.substring(12);
  }
}
