package id.terampil.core.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.text.Reading;
import java.text.Normalizer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's name (nama) as written on the KTP: one or more words, never split into first and
 * last name. Single names (mononyms such as Sukarno or Somad) are common and accepted.
 *
 * <p>A name holds Unicode letters (with combining marks), apostrophes ({@code '}, U+2019 and
 * U+02BC), hyphens ({@code -} and U+2010), dots, commas and spaces, and at least one letter:
 * academic and religious titles are part of the name where the KK and KTP-el write them
 * (Permendagri 73/2022), before it or after a comma, as in "Dr. H. Ahmad Fauzi, S.Pd., M.Pd.". It
 * is rejected if it holds a digit or other numeric character, a control or invisible formatting
 * character (including zero-width spaces and joiners), a bidirectional override, embedding,
 * isolate or mark, an unpaired surrogate, or any other symbol or punctuation, or if it is longer than
 * {@value #MAX_LENGTH} characters (UTF-16 code units) after normalisation. Permendagri 73/2022 asks
 * new records for at most 60 characters and at least two words, but only at first recording;
 * existing names are longer or single, so neither is required here and the maximum is the more
 * lenient {@value #MAX_LENGTH}.
 *
 * <p>Normalisation: Unicode NFC; surrounding whitespace removed; every run of whitespace inside
 * the name (spaces, no-break spaces, tabs, line breaks) turned into one space. Checking is one
 * pass without regular expressions, linear in the length of the input.
 *
 * <p>Equality ignores case and spaces: {@code "Siti  Aminah"}, {@code "SITI AMINAH"} and
 * {@code "SitiAminah"} are equal, and so are the typographic and ASCII apostrophes; case is
 * compared code point by code point without locale rules. {@link #toString()} keeps the
 * normalised spelling of the instance, so equal names may print differently.
 *
 * <p>{@link #toString()} is the name itself; records holding names mask them with
 * {@link #masked()}. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class PersonName {

  /** The maximum length of a name in characters (UTF-16 code units), after normalisation. */
  public static final int MAX_LENGTH = 100;

  /**
   * How many code units one character of the NFC result may take before composition (a base
   * letter with up to three combining marks); longer input is rejected without normalising it.
   */
  private static final int MAX_DECOMPOSITION = 4;

  private final String value;


  private PersonName(String value) {
    this.value = value;
  }

  /**
   * Returns the name, normalised.
   *
   * @param text the name, not null
   * @return the name, not null
   * @throws IllegalArgumentException naming the first rule the text breaks (the message never
   *     contains the name)
   */
  public static PersonName of(CharSequence text) {
    checkNotNull(text, "name must not be null");
    Object result = normalise(text);
    if (result instanceof NameProblem) {
      throw new IllegalArgumentException(((NameProblem) result).description());
    }
    return new PersonName((String) result);
  }

  /**
   * Parses a name; the same as {@link #of(CharSequence)}, so that {@code parse(name.toString())}
   * equals {@code name}.
   *
   * @param text the name, not null
   * @return the name, not null
   * @throws IllegalArgumentException naming the first rule the text breaks (the message never
   *     contains the name)
   */
  public static PersonName parse(CharSequence text) {
    return of(text);
  }

  /**
   * Reads a name as {@link #of(CharSequence)} does, naming the first rule a text breaks instead of
   * throwing; the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the name, or the first rule the text breaks
   * @throws NullPointerException if {@code text} is null
   */
  public static Reading<PersonName, NameProblem> read(CharSequence text) {
    checkNotNull(text, "name must not be null");
    Object result = normalise(text);
    return result instanceof NameProblem
        ? Reading.failed((NameProblem) result)
        : Reading.of(new PersonName((String) result));
  }

  /** Returns the normalised name, or the first {@link NameProblem}; linear in the length. */
  private static Object normalise(CharSequence text) {
    if (isNormalised(text)) {
      // The common case: the text is its own normal form, so it is not copied.
      return text.toString();
    }
    // One pass, no regular expressions: time is linear in the input, and the builder never grows
    // beyond MAX_LENGTH * MAX_DECOMPOSITION code units, so a huge input costs one bounded scan.
    int len = text.length();
    StringBuilder sb = new StringBuilder(Math.min(len, MAX_LENGTH + 1));
    boolean pendingSpace = false;
    boolean letter = false;
    for (int i = 0; i < len; i++) {
      char ch = text.charAt(i);
      int cp = ch;
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
          cp = Character.toCodePoint(ch, text.charAt(++i));
        } else {
          return NameProblem.UNPAIRED_SURROGATE;
        }
      } else if (Character.isLowSurrogate(ch)) {
        return NameProblem.UNPAIRED_SURROGATE;
      }
      if (isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      NameProblem problem = classify(cp);
      if (problem != null) {
        return problem;
      }
      if (Character.isLetter(cp)) {
        letter = true;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.appendCodePoint(cp);
      if (sb.length() > MAX_LENGTH * MAX_DECOMPOSITION) {
        return NameProblem.TOO_LONG;
      }
    }
    if (sb.length() == 0) {
      return NameProblem.BLANK;
    }
    if (!letter) {
      return NameProblem.NO_LETTER;
    }
    String value = Normalizer.normalize(sb, Normalizer.Form.NFC);
    if (value.length() > MAX_LENGTH) {
      return NameProblem.TOO_LONG;
    }
    return value;
  }

  /**
   * Whether {@code text} is a valid name that normalisation leaves as it is: at most
   * {@value #MAX_LENGTH} characters, each a character the name rules accept from below U+0300
   * (Basic Latin, Latin-1 and Latin Extended letters, the apostrophes and the hyphen U+2010), with
   * at least one letter, and single ASCII spaces between words only. Such text is in NFC: the
   * first character whose NFC quick check is not "yes", and the first combining mark, is U+0300,
   * and no two of these characters compose (checked exhaustively by the tests). Any other text,
   * valid or not, takes the full path, which alone names problems.
   */
  private static boolean isNormalised(CharSequence text) {
    int len = text.length();
    if (len == 0 || len > MAX_LENGTH || text.charAt(0) == ' ' || text.charAt(len - 1) == ' ') {
      return false;
    }
    boolean letter = false;
    boolean space = false;
    for (int i = 0; i < len; i++) {
      char ch = text.charAt(i);
      if (ch == ' ') {
        if (space) {
          return false;
        }
        space = true;
        continue;
      }
      space = false;
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
        letter = true;
      } else if ((ch >= '\u0300' && ch != '\u2019' && ch != '\u2010') || classify(ch) != null) {
        return false;
      } else {
        letter |= Character.isLetter(ch);
      }
    }
    return letter;
  }

  /**
   * Whether {@code cp} is whitespace to normalise: a Unicode space separator (Zs, Zl, Zp, including
   * no-break spaces) or tab, line feed, vertical tab, form feed and carriage return. Other C0/C1
   * controls (e.g. the information separators U+001C–U+001F, which {@link
   * Character#isWhitespace(int)} counts as whitespace) are control characters.
   */
  private static boolean isSpace(int cp) {
    return Character.isSpaceChar(cp) || (cp >= '\t' && cp <= '\r');
  }

  private static @Nullable NameProblem classify(int cp) {
    if (Character.isLetter(cp)) {
      return null;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return null;
    }
    if (cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '-' || cp == '\u2010'
        || cp == '.' || cp == ',') {
      return null;
    }
    if (Character.isDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
      return NameProblem.DIGIT;
    }
    if (isBidiControl(cp)) {
      return NameProblem.BIDI_CONTROL;
    }
    if (Character.isISOControl(cp) || type == Character.FORMAT) {
      return NameProblem.CONTROL_CHARACTER;
    }
    return NameProblem.SYMBOL;
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C;
  }

  /**
   * The code point that stands for {@code cp} when names are compared: each code point
   * case-folded on its own (upper then lower case, so that final and medial sigma, or the long s
   * and s, compare equal; no locale rules), typographic apostrophes and the Unicode hyphen mapped
   * to their ASCII forms. Spaces are skipped by the callers.
   */
  private static int fold(int cp) {
    if (cp == '\u2019' || cp == '\u02BC') {
      return '\'';
    }
    if (cp == '\u2010') {
      return '-';
    }
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  /** Returns the index of the first code point at or after {@code i} that is not a space. */
  private static int skipSpaces(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  /**
   * Returns the name with all but its first letter of each word hidden, e.g. {@code S*** A*****},
   * for logs and messages.
   *
   * @return the masked name, not null
   */
  public String masked() {
    StringBuilder sb = new StringBuilder(value.length());
    boolean wordStart = true;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (cp == ' ') {
        sb.append(' ');
        wordStart = true;
      } else if (wordStart) {
        sb.appendCodePoint(cp);
        wordStart = false;
      } else {
        sb.append('*');
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * Returns the number of words (1 for a single name).
   *
   * @return the number of words, at least 1
   */
  public int wordCount() {
    int words = 1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /**
   * Compares the names with spaces skipped and code points {@linkplain #fold folded}, without
   * building a key: names are mostly parsed and carried, rarely compared.
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof PersonName)) {
      return false;
    }
    String a = value;
    String b = ((PersonName) obj).value;
    if (a.equals(b)) {
      return true;
    }
    int i = skipSpaces(a, 0);
    int j = skipSpaces(b, 0);
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (fold(ca) != fold(cb)) {
        return false;
      }
      i = skipSpaces(a, i + Character.charCount(ca));
      j = skipSpaces(b, j + Character.charCount(cb));
    }
    return i == a.length() && j == b.length();
  }

  /** The hash of the folded code points without spaces, as a string of them would have it. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        continue;
      }
      int folded = fold(cp);
      if (Character.isBmpCodePoint(folded)) {
        h = 31 * h + folded;
      } else {
        h = 31 * h + Character.highSurrogate(folded);
        h = 31 * h + Character.lowSurrogate(folded);
      }
    }
    return h;
  }

  /**
   * Returns the normalised name. Mind that this is personal data: prefer {@link #masked()} in
   * logs.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
