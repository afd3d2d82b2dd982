package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edge cases of the shared code, label and free-text checks: every boundary both ways. */
class CodesTest {

  @Test
  void returnsTheCheckedCodeItself() {
    String code = "PENCARI_KERJA_2";
    assertSame(code, Codes.checkCode("skill code", code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "Z", "AZ", "BA", "A0", "A9", "A_", "Z9_A"})
  void acceptsCodesAtEveryCharacterBoundary(String code) {
    assertTrue(Codes.isCode(code), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@", "[", "a", "0", "_A", "A@", "A[", "A/", "A:", "Aa", "A-", "A "})
  void rejectsCodesJustOutsideEveryCharacterBoundary(String code) {
    assertFalse(Codes.isCode(code), code);
  }

  @Test
  void acceptsFortyEightCharactersAndRejectsFortyNine() {
    String max = "A".repeat(Codes.MAX_LENGTH);
    assertTrue(Codes.isCode(max));
    assertSame(max, Codes.checkCode("code", max));
    assertFalse(Codes.isCode(max + "B"));
  }

  @Test
  void messageShowsAMaximalBadCodeWhole() {
    String bad = "a".repeat(Codes.MAX_LENGTH);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.checkCode("skill code", bad));
    assertTrue(e.getMessage().startsWith("skill code must be 1-48 upper-case"), e.getMessage());
    assertTrue(e.getMessage().endsWith("'" + bad + "'"), e.getMessage());
  }

  @Test
  void messageCutsALongerBadCode() {
    String bad = "a".repeat(Codes.MAX_LENGTH + 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.checkCode("skill code", bad));
    assertTrue(e.getMessage().endsWith("'" + "a".repeat(Codes.MAX_LENGTH) + "...'"), e.getMessage());
  }

  @Test
  void labelOfTwoHundredCharactersIsAcceptedAndReturned() {
    String label = "x".repeat(200);
    assertSame(label, Codes.checkLabel("labelId", label));
  }

  @Test
  void labelOfTwoHundredAndOneCharactersIsRejectedNamingTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.checkLabel("labelId", "x".repeat(201)));
    assertEquals("labelId must be at most 200 characters: 201", e.getMessage());
  }

  @Test
  void textOfExactlyTheMaximumIsAcceptedAndReturned() {
    String text = "y".repeat(30);
    assertSame(text, Codes.checkText("note", text, 30));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.checkText("note", text + "y", 30));
    assertEquals("note must be at most 30 characters: 31 characters", e.getMessage());
  }

  @Test
  void textWithoutAStatedMaximumIsAcceptedAndReturnedUpToTheDefault() {
    String text = "y".repeat(Codes.MAX_TEXT_LENGTH);
    assertSame(text, Codes.checkText("title", text));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.checkText("title", text + "y"));
    assertEquals(
        "title must be at most " + Codes.MAX_TEXT_LENGTH + " characters: "
            + (Codes.MAX_TEXT_LENGTH + 1) + " characters",
        e.getMessage());
  }

  @Test
  void controlCharacterMessageNamesTheOneBasedPosition() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.checkText("note", "ab\u0007c", 30));
    assertEquals("note must not contain control characters (U+0007 at position 3)", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u202A', '\u202C', '\u202E', '\u2066', '\u2067', '\u2069', '\u200E', '\u200F', '\u061C'})
  void rejectsEveryBidiFormattingCharacter(char c) {
    assertThrows(IllegalArgumentException.class, () -> Codes.checkText("note", "a" + c + "b", 30));
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u2029', '\u202F', '\u2065', '\u206A', '\u200D', '\u2010', '\u061B', '\u061D'})
  void acceptsTheNeighboursOfTheBidiRanges(char c) {
    String text = "a" + c + "b";
    assertSame(text, Codes.checkText("note", text, 30));
  }
}
