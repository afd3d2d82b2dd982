package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terampil.core.applicant.Application;
import id.terampil.validation.FieldCheck;
import id.terampil.validation.code.FindingCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Examples of {@link FieldRules#parseScore}: what reads as a score, and what does not. */
class ScoreTest {

  @Test
  void readsDigitsWithAnOptionalPointKeepingTheScale() {
    assertEquals(new BigDecimal("87"), Application.readScore("87").orElse(null));
    assertEquals(new BigDecimal("87.50"), Application.readScore(" 87.50 ").orElse(null));
    assertEquals(2, Application.readScore("87.50").orElse(null).scale());
    assertEquals(new BigDecimal(".5"), Application.readScore(".5").orElse(null));
    assertEquals(new BigDecimal("5."), Application.readScore("5.").orElse(null));
    assertEquals(new BigDecimal("0.00"), Application.readScore("0.00").orElse(null));
    assertEquals(new BigDecimal("999999999999999999"), Application.readScore("999999999999999999").orElse(null));
    assertEquals(new BigDecimal("0.00000000000000001"), Application.readScore("0.00000000000000001").orElse(null));
  }

  @Test
  void rejectsEverythingElse() {
    for (String bad :
        new String[] {".", "1.2.3", "-1", "+1", "1e3", "1,5", "8 7", "1000000000000000000",
            "99999999999999999999", "x"}) {
      assertNull(Application.readScore(bad).orElse(null), bad);
      assertEquals(FindingCode.SCORE_INVALID, FieldCheck.of("score", bad).code(), bad);
    }
    assertEquals(
        FindingCode.FIELD_TOO_LONG, FieldCheck.of("score", "1".repeat(Texts.MAX_LENGTH + 1)).code());
  }
}
