package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of NIK messages and person-name normalisation that need leading text or limits. */
class IdentityEdgeTest {

  @Test
  void lengthMessageCountsOnlyTheCharactersAfterLeadingWhitespace() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nik.parse("   33750112 "));
    assertEquals("NIK must have exactly 16 digits, found 8 characters", e.getMessage());
  }

  @Test
  void nonDigitPositionCountsFromTheFirstCharacterOfTheNik() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nik.parse("  337501120890000x"));
    assertEquals(
        "NIK may contain only the digits 0-9, found a character other than a digit at position 16",
        e.getMessage());
  }

  @Test
  void tabAndCarriageReturnAreSpacesInANameButOtherControlsAreNot() {
    assertEquals("Siti Aminah", PersonName.of("Siti\tAminah").toString());
    assertEquals("Siti Aminah", PersonName.of("Siti\rAminah").toString());
    assertThrows(IllegalArgumentException.class, () -> PersonName.of("Siti\u0008Aminah"));
    assertThrows(IllegalArgumentException.class, () -> PersonName.of("Siti\u000EAminah"));
  }

  @Test
  void aNameWhoseDecomposedFormIsExactlyTheScanLimitIsAccepted() {
    // alpha with three combining marks composes to one character (U+1F86): 400 code units in,
    // 100 characters out, exactly the maximum.
    String decomposed = "\u03B1\u0313\u0342\u0345".repeat(PersonName.MAX_LENGTH);
    assertEquals("\u1F86".repeat(PersonName.MAX_LENGTH), PersonName.of(decomposed).toString());
    assertThrows(IllegalArgumentException.class, () -> PersonName.of(decomposed + "\u03B1"));
  }

  @Test
  void onlyTypographicApostrophesFoldToTheAsciiApostrophe() {
    assertEquals(PersonName.of("Ma'ruf"), PersonName.of("Ma\u2019ruf"));
    assertEquals(PersonName.of("Ma'ruf"), PersonName.of("Ma\u02BCruf"));
    assertNotEquals(PersonName.of("Budi"), PersonName.of("Tono"));
    assertNotEquals(PersonName.of("Ma'ruf"), PersonName.of("Maaruf"));
  }

  @Test
  void differentNamesHaveDifferentHashCodes() {
    List<PersonName> names =
        List.of(PersonName.of("Budi"), PersonName.of("Tono"), PersonName.of("Siti Aminah"));
    assertEquals(names.size(), names.stream().map(PersonName::hashCode).distinct().count());
    assertEquals(PersonName.of("BUDI").hashCode(), PersonName.of("budi").hashCode());
  }
}
