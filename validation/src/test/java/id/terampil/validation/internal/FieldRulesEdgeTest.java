package id.terampil.validation.internal;

import id.terampil.validation.code.FindingCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.validation.FieldCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boundaries of the KBLI, amount and score field rules: each accepted edge and the value just past it. */
class FieldRulesEdgeTest {

  @ParameterizedTest
  @ValueSource(strings = {"10792", "10792@2020", "10792@2025", " 10792@2025 "})
  void acceptsAKbliCodeWithOrWithoutAKnownVersion(String text) {
    assertNull(FieldCheck.of("businessKbli", text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10792@2019", "10792@", "@2020", "1079@2020", "10792@20200"})
  void rejectsAnUnknownVersionOrABadCode(String text) {
    assertNotNull(FieldCheck.of("businessKbli", text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "9", "5", "87.5", "123456789012345678", "12345678901234567.8", ".5"})
  void acceptsOneToEighteenDigitsWithAtMostOnePoint(String text) {
    assertNull(FieldCheck.of("score", text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "1234567890123456789", "1..5", "1.5.", "/", ":", "-1", "8,5"})
  void rejectsOtherScores(String text) {
    assertNotNull(FieldCheck.of("score", text), text);
  }

  @Test
  void anAmountReadsAsRupiahParseReadsIt() {
    assertEquals(
        Rupiah.of(1_500_000), Rupiah.read(" Rp 1.500.000 ").orElse(null));
    assertEquals(
        Rupiah.of(1), Rupiah.read(" ".repeat(Texts.MAX_LENGTH - 1) + "1").orElse(null));
    assertEquals(
        FindingCode.FIELD_TOO_LONG,
        FieldCheck.code("businessCapital", " ".repeat(Texts.MAX_LENGTH) + "1"));
    assertNull(Rupiah.read("-5").orElse(null));
    assertNull(Rupiah.read("lima juta").orElse(null));
    assertNull(Rupiah.read("").orElse(null));
  }

  @Test
  void idsReadAsTheirParseReadsThemUpToTheLengthLimit() {
    String padded = " ".repeat(Texts.MAX_LENGTH - 2) + "B1";
    assertEquals(ProgramId.parse("B1"), ProgramId.read(padded).orElse(null));
    assertEquals(CohortId.parse("B1"), CohortId.read(padded).orElse(null));
    // One character more: over the field limit, though the stripped id would read.
    String over = " " + padded;
    assertEquals(FindingCode.FIELD_TOO_LONG, FieldCheck.code("programId", over));
    assertEquals(FindingCode.FIELD_TOO_LONG, FieldCheck.code("cohortId", over));
    assertNull(ProgramId.read("-B1").orElse(null));
    assertNull(CohortId.read("B 1").orElse(null));
    assertNull(ProgramId.read("").orElse(null));
    assertNull(CohortId.read("x".repeat(65)).orElse(null));
  }
}
