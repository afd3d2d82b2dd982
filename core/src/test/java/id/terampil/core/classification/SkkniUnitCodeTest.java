package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.SkkniUnitCode.Format;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkkniUnitCodeTest {

  @Test
  void readsTheThreeFormats() {
    assertEquals(Format.SECTORAL, SkkniUnitCode.parse("TIK.SM01.001.01").format());
    assertEquals(Format.FORMAT_2012, SkkniUnitCode.parse("J.620100.017.02").format());
    assertEquals(Format.FORMAT_2016, SkkniUnitCode.parse("N.82ADM00.001.3").format());
  }

  @Test
  void textFormIsTheCodeAndParseIgnoresSurroundingWhitespace() {
    SkkniUnitCode code = SkkniUnitCode.parse(" C.25LAS00.001.1 ");
    assertEquals("C.25LAS00.001.1", code.toString());
    assertEquals(code, SkkniUnitCode.parse(code.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "n.82ADM00.001.3", // lower-case section
        "V.82ADM00.001.3", // no KBLI section V
        "N.82ADM00.001.31", // post-2016 version has one digit
        "N.82ADM0.001.3",
        "J.62010.017.02", // 2012 format needs six digits
        "J.620100.17.02",
        "J.620100.017.2",
        "T.SM01.001.01", // sectoral prefix needs 2-5 letters
        "TIKSM01.001.01",
        "TIK.SM01.001.01.01",
        "TIK.SM1.001.01",
        "TIK.SM01.001.01 x",
        "J.６２０１００.017.02", // full-width digits
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      })
  void rejectsOtherShapesNamingTheField(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SkkniUnitCode.parse(text));
    assertTrue(e.getMessage().startsWith("SKKNI unit code must"), e.getMessage());
    assertEquals(Optional.empty(), SkkniUnitCode.formatOf(text.strip()));
  }

  @Test
  void rejectsNullAndFormatOfNullIsEmpty() {
    assertThrows(NullPointerException.class, () -> SkkniUnitCode.parse(null));
    assertEquals(Optional.empty(), SkkniUnitCode.formatOf(null));
  }

  @Test
  void formatOfDoesNotStrip() {
    assertEquals(Optional.empty(), SkkniUnitCode.formatOf(" N.82ADM00.001.3"));
  }

  @Test
  void equalityAndOrderFollowTheCode() {
    assertEquals(SkkniUnitCode.parse("N.82ADM00.001.3"), SkkniUnitCode.parse("N.82ADM00.001.3"));
    assertEquals(
        SkkniUnitCode.parse("N.82ADM00.001.3").hashCode(),
        SkkniUnitCode.parse("N.82ADM00.001.3").hashCode());
    assertTrue(
        SkkniUnitCode.parse("J.620100.017.02").compareTo(SkkniUnitCode.parse("N.82ADM00.001.3"))
            < 0);
  }
}
