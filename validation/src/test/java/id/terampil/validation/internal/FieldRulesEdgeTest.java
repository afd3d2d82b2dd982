package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boundaries of the KBLI, amount and score field rules: each accepted edge and the value just past it. */
class FieldRulesEdgeTest {

  @ParameterizedTest
  @ValueSource(strings = {"10792", "10792@2020", "10792@2025", " 10792@2025 "})
  void acceptsAKbliCodeWithOrWithoutAKnownVersion(String text) {
    assertNull(FieldRules.kbli(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10792@2019", "10792@", "@2020", "1079@2020", "10792@20200"})
  void rejectsAnUnknownVersionOrABadCode(String text) {
    assertNotNull(FieldRules.kbli(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "9", "5", "87.5", "123456789012345678", "12345678901234567.8", ".5"})
  void acceptsOneToEighteenDigitsWithAtMostOnePoint(String text) {
    assertNull(FieldRules.score(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "1234567890123456789", "1..5", "1.5.", "/", ":", "-1", "8,5"})
  void rejectsOtherScores(String text) {
    assertNotNull(FieldRules.score(text), text);
  }

  @Test
  void anAmountReadsAsRupiahParseReadsIt() {
    assertEquals(
        Rupiah.of(1_500_000), FieldRules.parseAmount(" Rp 1.500.000 "));
    assertEquals(
        Rupiah.of(1), FieldRules.parseAmount(" ".repeat(FieldRules.MAX_LENGTH - 1) + "1"));
    assertNull(FieldRules.parseAmount(" ".repeat(FieldRules.MAX_LENGTH) + "1"));
    assertNull(FieldRules.parseAmount("-5"));
    assertNull(FieldRules.parseAmount("lima juta"));
    assertNull(FieldRules.parseAmount(""));
  }

  @Test
  void idsReadAsTheirParseReadsThemUpToTheLengthLimit() {
    String padded = " ".repeat(FieldRules.MAX_LENGTH - 2) + "B1";
    assertEquals(ProgramId.parse("B1"), FieldRules.parseProgramId(padded));
    assertEquals(CohortId.parse("B1"), FieldRules.parseCohortId(padded));
    // One character more: over the field limit, though the stripped id would read.
    String over = " " + padded;
    assertNull(FieldRules.parseProgramId(over));
    assertNull(FieldRules.parseCohortId(over));
    assertNotNull(FieldRules.programId(over));
    assertNotNull(FieldRules.cohortId(over));
    assertNull(FieldRules.parseProgramId("-B1"));
    assertNull(FieldRules.parseCohortId("B 1"));
    assertNull(FieldRules.parseProgramId(""));
    assertNull(FieldRules.parseCohortId("x".repeat(65)));
  }
}
