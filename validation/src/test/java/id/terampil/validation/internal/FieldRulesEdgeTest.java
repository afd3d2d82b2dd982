package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boundaries of the KBLI and score field rules: each accepted edge and the value just past it. */
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
}
