package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KbliCodeTest {

  @Test
  void defaultsToKbli2020AndKeepsLeadingZeros() {
    KbliCode code = KbliCode.of("01111");
    assertEquals("01111", code.digits());
    assertEquals(KbliVersion.KBLI_2020, code.version());
    assertEquals("01", code.division());
    assertEquals("01111", code.toString());
  }

  @Test
  void textFormOfOtherVersionsCarriesTheYear() {
    KbliCode code = KbliCode.of("10792", KbliVersion.KBLI_2025);
    assertEquals("10792@2025", code.toString());
    assertEquals(code, KbliCode.parse("10792@2025"));
  }

  @Test
  void parseIgnoresSurroundingWhitespaceAndAcceptsAnExplicit2020() {
    assertEquals(KbliCode.of("16291"), KbliCode.parse("  16291\t"));
    assertEquals(KbliCode.of("16291"), KbliCode.parse("16291@2020"));
  }

  @Test
  void sameDigitsInDifferentVersionsAreDifferentCodes() {
    assertNotEquals(KbliCode.of("10792"), KbliCode.of("10792", KbliVersion.KBLI_2025));
    assertTrue(KbliCode.of("99999").compareTo(KbliCode.of("00000", KbliVersion.KBLI_2025)) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1079", "107920", "1079a", "１０７９２", "10 92", "-1079"})
  void rejectsAnythingButFiveAsciiDigits(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KbliCode.of(text));
    assertTrue(e.getMessage().startsWith("KBLI code must"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10792@", "10792@20", "10792@2021", "10792@20x5", "@2025", "10792@2025@2025"})
  void parseRejectsBadVersionSuffixes(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KbliCode.parse(text));
    assertTrue(e.getMessage().contains("KBLI"), e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> KbliCode.parse(null));
    assertThrows(NullPointerException.class, () -> KbliCode.of("10792", null));
  }

  @Test
  void readGivesTheCodeOrEmpty() {
    assertEquals(Optional.of(KbliCode.of("45407")), KbliCode.read(" 45407 "));
    assertEquals(
        Optional.of(KbliCode.of("10792", KbliVersion.KBLI_2025)), KbliCode.read("10792@2025"));
    assertEquals(Optional.of(KbliCode.of("10792")), KbliCode.read("10792@2020"));
    assertEquals(Optional.empty(), KbliCode.read("4540"));
    assertEquals(Optional.empty(), KbliCode.read("4540x"));
    assertEquals(Optional.empty(), KbliCode.read("454071"));
    assertEquals(Optional.empty(), KbliCode.read("10792@2019"));
    assertEquals(Optional.empty(), KbliCode.read("10792@"));
    assertEquals(Optional.empty(), KbliCode.read("@2020"));
    assertThrows(NullPointerException.class, () -> KbliCode.read(null));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KbliCode.of("4540x"));
    assertTrue(e.getMessage().contains("position 5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> KbliCode.of("4540"));
    assertTrue(e.getMessage().contains("5 digits"), e.getMessage());
  }

  @Test
  void kbliVersionOfYear() {
    assertEquals(KbliVersion.KBLI_2025, KbliVersion.ofYear(2025));
    assertEquals(2020, KbliVersion.KBLI_2020.year());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KbliVersion.ofYear(2017));
    assertTrue(e.getMessage().contains("KBLI version"), e.getMessage());
  }
}
