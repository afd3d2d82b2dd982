package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Parse boundaries and equality of KBLI and SKKNI codes. */
class ClassificationBoundaryTest {

  private static String messageOf(Runnable parse) {
    return assertThrows(IllegalArgumentException.class, parse::run).getMessage();
  }

  @Test
  void a_kbli_text_starting_with_at_has_empty_digits() {
    assertEquals(
        "KBLI code must have exactly 5 digits, found 0 characters",
        messageOf(() -> KbliCode.parse("@2020")));
  }

  @Test
  void a_kbli_version_must_be_four_ascii_digits() {
    String msg = "KBLI version after '@' must be a four-digit year";
    assertEquals(msg, messageOf(() -> KbliCode.parse("12345@202/")));
    assertEquals(msg, messageOf(() -> KbliCode.parse("12345@202:")));
    assertEquals(msg, messageOf(() -> KbliCode.parse("12345@20250")));
    assertEquals(KbliVersion.KBLI_2025, KbliCode.parse("12345@2025").version());
    // '0' and '9' are digits: the year is read and then refused as no KBLI version.
    assertEquals(
        "KBLI version must be 2020 or 2025: 1999", messageOf(() -> KbliCode.parse("12345@1999")));
    assertEquals(KbliVersion.KBLI_2020, KbliCode.parse("10790@2020").version());
  }

  @Test
  void kbli_codes_are_equal_by_digits_and_version() {
    KbliCode a = KbliCode.parse("10790");
    assertEquals(a, KbliCode.parse("10790@2020"));
    assertEquals(a.hashCode(), KbliCode.parse("10790@2020").hashCode());
    assertNotEquals(a, KbliCode.parse("10791"));
    assertNotEquals(a.hashCode(), KbliCode.parse("10791").hashCode());
    assertNotEquals(a, KbliCode.parse("10790@2025"));
  }

  @Test
  void an_skkni_parse_error_echoes_at_most_24_characters() {
    String prefix =
        "SKKNI unit code must look like TIK.SM01.001.01, J.620100.017.02, M.74100.001.02 or"
            + " N.82ADM00.001.3: ";
    assertEquals(
        prefix + "'ABCDEFGHIJKLMNOPQRSTUVWX'",
        messageOf(() -> SkkniUnitCode.parse("ABCDEFGHIJKLMNOPQRSTUVWX")));
    assertEquals(
        prefix + "'ABCDEFGHIJKLMNOPQRSTUVWX...'",
        messageOf(() -> SkkniUnitCode.parse("ABCDEFGHIJKLMNOPQRSTUVWXY")));
  }

  @Test
  void skkni_codes_are_equal_by_text() {
    SkkniUnitCode a = SkkniUnitCode.parse("J.620100.017.02");
    assertEquals(a, SkkniUnitCode.parse(" J.620100.017.02 "));
    assertEquals(a.hashCode(), SkkniUnitCode.parse("J.620100.017.02").hashCode());
    assertNotEquals(a, SkkniUnitCode.parse("J.620100.017.03"));
    assertNotEquals(a.hashCode(), SkkniUnitCode.parse("J.620100.017.03").hashCode());
    assertNotEquals(a, (Object) "J.620100.017.02");
  }
}
