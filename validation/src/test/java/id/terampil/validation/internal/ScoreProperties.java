package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FieldRules#parseScore} reads the digits itself: it must give exactly the number (value
 * and scale) that {@code new BigDecimal} gives for every score the rule accepts, and nothing for
 * any other text.
 */
class ScoreProperties {

  @Provide
  Arbitrary<String> scoreLikeTexts() {
    return Arbitraries.strings().withChars("0123456789.. -+eE,x\t").ofMaxLength(24);
  }

  @Property(tries = 3000)
  void aScoreIsTheBigDecimalOfTheStrippedText(@ForAll("scoreLikeTexts") String text) {
    BigDecimal parsed = FieldRules.parseScore(text);
    if (FieldRules.score(text) != null) {
      assertNull(parsed, text);
      return;
    }
    BigDecimal expected = new BigDecimal(FieldRules.strip(text));
    assertEquals(expected, parsed, text);
    assertEquals(expected.scale(), parsed.scale(), text);
  }

  @Property
  void theRuleAcceptsExactlyWhatParses(@ForAll("scoreLikeTexts") String text) {
    assertEquals(FieldRules.parseScore(text) == null, FieldRules.score(text) != null, text);
  }
}
