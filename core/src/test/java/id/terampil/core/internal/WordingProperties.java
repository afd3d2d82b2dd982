package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Wording#key} returns text that is already a key as it is, and builds the key of any
 * other text: on texts of letters of both cases, digits, slashes and runs of spaces and other
 * whitespace, it answers as the rule in its Javadoc, written out here once more as a model.
 */
class WordingProperties {

  @Property(tries = 3000)
  void theKeyFollowsTheRule(@ForAll("wordings") String text) {
    assertEquals(model(text), Wording.key(text), text);
  }

  @Property(tries = 1000)
  void aKeyIsItsOwnKey(@ForAll("wordings") String text) {
    String key = Wording.key(text);
    assertEquals(key, Wording.key(key));
  }

  /** The rule: upper case, each run of whitespace one space, none around '/' or at either end. */
  private static String model(String text) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0 && c != '/' && sb.charAt(sb.length() - 1) != '/') {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  @Provide
  Arbitrary<String> wordings() {
    return Arbitraries.strings()
        .withChars("AbZz09/-. \t\u00a0ß")
        .ofMinLength(0)
        .ofMaxLength(12);
  }
}
