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
  void readsTheFourFormats() {
    assertEquals(Format.SECTORAL, SkkniUnitCode.parse("TIK.SM01.001.01").format());
    assertEquals(Format.FORMAT_2012, SkkniUnitCode.parse("J.620100.017.02").format());
    assertEquals(Format.FIVE_DIGIT_KBLI, SkkniUnitCode.parse("M.74100.001.02").format());
    assertEquals(Format.FORMAT_2016, SkkniUnitCode.parse("N.82ADM00.001.3").format());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "M.74100.001.02", // SKKNI Desain Grafis, in BNSP schemes
        "M.74100.012.01",
        "J.62010.017.02", // the 2012 code of J.620100.017.02 written without its detail digit
        "A.01111.001.01"
      })
  void acceptsTheFiveDigitKbliShape(String text) {
    SkkniUnitCode code = SkkniUnitCode.parse(text);
    assertEquals(Format.FIVE_DIGIT_KBLI, code.format());
    assertEquals(text, code.toString());
    assertEquals(Optional.of(Format.FIVE_DIGIT_KBLI), SkkniUnitCode.formatOf(text));
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
        "J.62010.17.02", // unit numbers have three digits
        "M.7410.001.02", // a KBLI part has five or six digits, not four
        "M.7410000.001.02", // nor seven
        "M.74100.001.2", // the five-digit shape has a two-digit version
        "M.74100.001.002",
        "M.74100.0001.02",
        "m.74100.001.02", // lower-case section
        "V.74100.001.02", // no KBLI section V
        "M-74100-001-02",
        "M.741O0.001.02", // letter O for zero
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
