package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terampil.core.applicant.Application;
import id.terampil.validation.FieldCheck;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Application#readScore} gives exactly the number (value and scale) that {@code new
 * BigDecimal} gives for every score the record validator accepts, and nothing for any other text.
 */
class ScoreProperties {

  @Provide
  Arbitrary<String> scoreLikeTexts() {
    return Arbitraries.strings().withChars("0123456789.. -+eE,x\t").ofMaxLength(24);
  }

  @Property(tries = 3000)
  void aScoreIsTheBigDecimalOfTheStrippedText(@ForAll("scoreLikeTexts") String text) {
    Assume.that(!text.isBlank()); // a blank score is an absent one
    BigDecimal parsed = Application.readScore(text).orElse(null);
    if (FieldCheck.of("score", text) != null) {
      assertNull(parsed, text);
      return;
    }
    BigDecimal expected = new BigDecimal(text.toString().strip());
    assertEquals(expected, parsed, text);
    assertEquals(expected.scale(), parsed.scale(), text);
  }

  @Property
  void theRuleAcceptsExactlyWhatParses(@ForAll("scoreLikeTexts") String text) {
    Assume.that(!text.isBlank()); // a blank score is an absent one
    assertEquals(Application.readScore(text).orElse(null) == null, FieldCheck.of("score", text) != null, text);
  }
}
