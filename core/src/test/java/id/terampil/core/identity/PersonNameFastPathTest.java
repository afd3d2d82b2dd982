package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut of {@link PersonName} for text that is already its own normal form: it must give
 * exactly what the full normalisation gives, and must not take text that needs normalising or
 * breaks a rule. All names are synthetic.
 */
class PersonNameFastPathTest {

  /** The characters the shortcut may take without normalising: below U+0300, ’ and ‐. */
  private static boolean shortcutChar(char ch) {
    return ch < '\u0300' || ch == '\u2019' || ch == '\u2010';
  }

  @Test
  void everyPairOfShortcutCharactersIsInNfc() {
    // The shortcut skips NFC for these characters; composition acts on neighbours, so checking
    // every single character and every pair covers every string of them.
    StringBuilder broken = new StringBuilder();
    for (char a = 0; a < '\u2011'; a++) {
      if (!shortcutChar(a)) {
        continue;
      }
      String single = String.valueOf(a);
      if (!Normalizer.normalize(single, Normalizer.Form.NFC).equals(single)) {
        broken.append(Integer.toHexString(a)).append(' ');
      }
      for (char b = 0; b < '\u2011'; b++) {
        if (shortcutChar(b)) {
          String pair = new String(new char[] {a, b});
          if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
            broken.append(Integer.toHexString(a)).append('+').append(Integer.toHexString(b))
                .append(' ');
          }
        }
      }
    }
    assertEquals("", broken.toString());
  }

  @Test
  void keepsTheGivenStringWhenItIsAlreadyNormal() {
    String text = "Andr\u00e9 Putri-Ayu Sa\u2019diyah";
    assertSame(text, PersonName.of(text).toString());
    assertSame(text, PersonName.read(text).value().orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " Siti",
        "Siti ",
        "Siti  Aminah",
        "Siti\tAminah",
        "Siti\u00a0Aminah",
        "Jose\u0301",
        "Ng\u00f5c \u1ec6nh"
      })
  void textThatNeedsNormalisingIsNormalised(String text) {
    String expected =
        Normalizer.normalize(text.strip().replaceAll("[\\s\u00a0]+", " "), Normalizer.Form.NFC);
    assertEquals(expected, PersonName.of(text).toString());
  }

  @Test
  void composedAndDecomposedSpellingsAreEqualNames() {
    PersonName composed = PersonName.of("Jos\u00e9");
    PersonName decomposed = PersonName.of("Jose\u0301");
    assertEquals("Jos\u00e9", decomposed.toString());
    assertEquals(composed, decomposed);
    assertEquals(composed.hashCode(), decomposed.hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Siti 2", "Siti; S.Pd.", "Siti\u00d7", "Siti\u00b2", "Siti\u0001", "."})
  void shortCharactersThatBreakARuleAreStillRejected(String text) {
    assertTrue(PersonName.read(text).problem().isPresent(), text);
    assertEquals(Optional.empty(), PersonName.read(text).value());
  }

  @Test
  void theFirstCombiningMarkIsNotTakenAsNormal() {
    // U+0300 is the lowest character the shortcut must refuse: after a vowel it composes.
    assertEquals("Jos\u00E8", PersonName.of("Jose\u0300").toString());
    assertEquals("\u00C0mi", PersonName.of("A\u0300mi").toString());
  }

  @Test
  void aHundredCharactersPassAndOneMoreIsTooLong() {
    String hundred = "A".repeat(100);
    assertEquals(hundred, PersonName.of(hundred).toString());
    assertEquals(Optional.of(NameProblem.TOO_LONG), PersonName.read(hundred + "a").problem());
  }

  @Test
  void equalityStillIgnoresCaseSpacesAndApostropheForms() {
    PersonName a = PersonName.of("Ma\u2019ruf Amin");
    PersonName b = PersonName.of("MA'RUF AMIN");
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, PersonName.of("Maruf Amin"));
  }
}
