package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terampil.validation.code.FindingCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Examples of {@link FieldRules#parseScore}: what reads as a score, and what does not. */
class ScoreTest {

  @Test
  void readsDigitsWithAnOptionalPointKeepingTheScale() {
    assertEquals(new BigDecimal("87"), FieldRules.parseScore("87"));
    assertEquals(new BigDecimal("87.50"), FieldRules.parseScore(" 87.50 "));
    assertEquals(2, FieldRules.parseScore("87.50").scale());
    assertEquals(new BigDecimal(".5"), FieldRules.parseScore(".5"));
    assertEquals(new BigDecimal("5."), FieldRules.parseScore("5."));
    assertEquals(new BigDecimal("0.00"), FieldRules.parseScore("0.00"));
    assertEquals(new BigDecimal("999999999999999999"), FieldRules.parseScore("999999999999999999"));
    assertEquals(new BigDecimal("0.00000000000000001"), FieldRules.parseScore("0.00000000000000001"));
  }

  @Test
  void rejectsEverythingElse() {
    for (String bad :
        new String[] {"", " ", ".", "1.2.3", "-1", "+1", "1e3", "1,5", "8 7", "1000000000000000000",
            "99999999999999999999", "x"}) {
      assertNull(FieldRules.parseScore(bad), bad);
      assertEquals(FindingCode.SCORE_INVALID, FieldRules.score(bad).code(), bad);
    }
    assertNull(FieldRules.parseScore("1".repeat(FieldRules.MAX_LENGTH + 1)));
    assertEquals(
        FindingCode.FIELD_TOO_LONG, FieldRules.score("1".repeat(FieldRules.MAX_LENGTH + 1)).code());
  }
}
