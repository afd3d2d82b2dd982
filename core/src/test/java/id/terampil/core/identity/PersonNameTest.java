package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples and edge cases of {@link PersonName}; all names are synthetic. */
class PersonNameTest {

  private static void assertRejected(String text, NameProblem problem) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PersonName.of(text));
    assertEquals(problem.description(), e.getMessage());
    assertTrue(e.getMessage().startsWith("name "), e.getMessage());
    assertEquals(Optional.of(problem), PersonName.read(text).problem());
    assertEquals(Optional.empty(), PersonName.read(text).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Somad",
        "Siti Aminah",
        "Ni Luh Putu Ayu",
        "Tengku Sri D'Astuti",
        "Anak Agung Ayu-Saraswati",
        "Drs. Bambang W.",
        "Maʼruf",
        "Ma\u2019ruf",
        "Jos\u00e9 Ra\u00fal",
        "Ng\u00f5c \u1ec6nh",
        "\u0645\u062d\u0645\u062f",
        "\u674e\u534e"
      })
  void acceptsSingleNamesLettersApostrophesHyphensDotsAndSpaces(String text) {
    PersonName name = PersonName.of(text);
    assertEquals(text, name.toString());
    assertEquals(Optional.empty(), PersonName.read(text).problem());
  }

  @Test
  void acceptsASingleWordName() {
    assertEquals(1, PersonName.of("Sumarni").wordCount());
    assertEquals(3, PersonName.of("Ni Made  Sari").wordCount());
  }

  @Test
  void normalisesWhitespace() {
    assertEquals("Siti Aminah", PersonName.of("  Siti \t\n Aminah\u00a0 ").toString());
    assertEquals("Siti Aminah", PersonName.of("Siti\u3000\u2028Aminah").toString());
  }

  @Test
  void normalisesToNfc() {
    PersonName decomposed = PersonName.of("Jose\u0301");
    assertEquals("Jos\u00e9", decomposed.toString());
    assertEquals(PersonName.of("Jos\u00e9"), decomposed);
  }

  @Test
  void equalityIgnoresCaseAndSpaces() {
    PersonName a = PersonName.of("Siti  Aminah");
    PersonName b = PersonName.of("SITI AMINAH");
    PersonName c = PersonName.of("SitiAminah");
    assertEquals(a, b);
    assertEquals(a, c);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.hashCode(), c.hashCode());
    assertEquals("SITI AMINAH", b.toString());
    assertEquals(PersonName.of("Ma'ruf"), PersonName.of("MA\u2019RUF"));
    assertEquals(PersonName.of("\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3"),
        PersonName.of("\u03bf\u03b4\u03c5\u03c3\u03c3\u03b5\u03c5\u03c2"));
    assertNotEquals(PersonName.of("Siti Aminah"), PersonName.of("Siti Amina"));
    assertNotEquals(PersonName.of("Ahmad-Ali"), PersonName.of("Ahmad Ali"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00a0\u3000"})
  void rejectsBlank(String text) {
    assertRejected(text, NameProblem.BLANK);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "- ' .", "\u2019"})
  void rejectsNamesWithoutALetter(String text) {
    assertRejected(text, NameProblem.NO_LETTER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Budi 2", "Ag0s", "Budi \u0663", "Budi \u2167", "Budi \u00bd"})
  void rejectsDigits(String text) {
    assertRejected(text, NameProblem.DIGIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Budi\u0000", "Bu\u0007di", "Budi\u001cSantoso", "Budi\u007f", "Budi\u0085",
        "Bu\u200bdi", "Bu\u200ddi", "\ufeffBudi", "Budi\u00ad"})
  void rejectsControlAndInvisibleFormattingCharacters(String text) {
    assertRejected(text, NameProblem.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Budi\u202e", "\u202aBudi", "Budi\u202b", "Bu\u202cdi", "Bu\u202ddi",
        "\u2066Budi", "Budi\u2067", "Budi\u2068", "Bu\u2069di", "Budi\u200e", "Budi\u200f",
        "Budi\u061c"})
  void rejectsBidiOverridesEmbeddingsIsolatesAndMarks(String text) {
    assertRejected(text, NameProblem.BIDI_CONTROL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Budi\ud800", "\udc00Budi", "Bu\ud800di", "Budi\udc00\ud800"})
  void rejectsUnpairedSurrogates(String text) {
    assertRejected(text, NameProblem.UNPAIRED_SURROGATE);
  }

  @Test
  void acceptsPairedSurrogateLetters() {
    // U+20000, a CJK ideograph outside the BMP
    assertEquals("\ud840\udc00", PersonName.of("\ud840\udc00").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Budi;Santoso", "Budi@Santoso", "Budi_Santoso", "Budi (Ali)",
        "Budi \ud83d\ude00", "Budi/Ali", "Budi\"", "Budi\ue000"})
  void rejectsOtherSymbols(String text) {
    assertRejected(text, NameProblem.SYMBOL);
  }

  @Test
  void acceptsTheMaximumLengthAndRejectsOneMore() {
    String longest = "A".repeat(PersonName.MAX_LENGTH);
    assertEquals(longest, PersonName.of(longest).toString());
    assertEquals(longest, PersonName.of("  " + longest + "  ").toString());
    assertRejected(longest + "B", NameProblem.TOO_LONG);
    assertTrue(NameProblem.TOO_LONG.description().contains(Integer.toString(PersonName.MAX_LENGTH)));
  }

  @Test
  void countsLengthAfterNormalisation() {
    // 100 letters written decomposed (e + combining acute) are 200 code units before NFC
    String decomposed = "e\u0301".repeat(PersonName.MAX_LENGTH);
    assertEquals(PersonName.MAX_LENGTH, PersonName.of(decomposed).toString().length());
    assertRejected(decomposed + "e", NameProblem.TOO_LONG);
  }

  @Test
  void checksAMegabyteInLinearTime() {
    int megabyte = 1 << 20;
    String letters = "a".repeat(megabyte);
    String spaces = " ".repeat(megabyte) + "Budi" + " ".repeat(megabyte);
    String alternating = "a ".repeat(megabyte / 2);
    String marks = "a" + "\u0301".repeat(megabyte);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          for (int i = 0; i < 5; i++) {
            assertEquals(Optional.of(NameProblem.TOO_LONG), PersonName.read(letters).problem());
            assertEquals("Budi", PersonName.of(spaces).toString());
            assertEquals(Optional.of(NameProblem.TOO_LONG), PersonName.read(alternating).problem());
            assertEquals(Optional.of(NameProblem.TOO_LONG), PersonName.read(marks).problem());
            assertEquals(
                Optional.of(NameProblem.DIGIT), PersonName.read(" ".repeat(megabyte) + "1").problem());
          }
        });
  }

  @Test
  void parseIsOf() {
    assertEquals(PersonName.of("Siti Aminah"), PersonName.parse("Siti Aminah"));
    assertThrows(IllegalArgumentException.class, () -> PersonName.parse("R2D2"));
  }

  @Test
  void readOfNullNamesTheText() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PersonName.read(null));
    assertEquals("name must not be null", e.getMessage());
    assertEquals(Optional.of(NameProblem.DIGIT), PersonName.read("Siti 2").problem());
    assertEquals(Optional.of(PersonName.of("Somad")), PersonName.read(" Somad ").value());
  }

  @Test
  void masksAllButTheFirstLetterOfEachWord() {
    assertEquals("S*** A*****", PersonName.of("Siti Aminah").masked());
    assertEquals("S****", PersonName.of("Somad").masked());
    assertFalse(PersonName.of("Siti Aminah").masked().contains("Aminah"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ahmad Fauzi, S.Pd.", "Dr. H. Ahmad Fauzi, S.Pd., M.Pd.",
        "Hj. Siti Aminah,S.E.", "Ir. Bambang Sutrisno, M.T."})
  void acceptsAcademicAndReligiousTitlesAsTheKkWritesThem(String text) {
    assertEquals(text, PersonName.of(text).toString());
    assertEquals(Optional.empty(), PersonName.read(text).problem());
  }
}
