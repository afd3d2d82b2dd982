package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.internal.Codes;
import java.util.Locale;

/**
 * The Indonesian and English label of a user-defined rule ({@link EligibilityRule.Custom}), e.g.
 * {@code "khusus perempuan"} and {@code "women only"}: the text its findings and decisions show in
 * place of its code. Each label is free text of at most {@value Codes#MAX_TEXT_LENGTH} characters,
 * not blank, without control or bidirectional-formatting characters.
 *
 * @param indonesian the label in Indonesian, not null
 * @param english the label in English, not null
 * @since 0.1.0
 */
public record RuleLabel(String indonesian, String english) {

  /**
   * Checks the invariants.
   *
   * @param indonesian the label in Indonesian
   * @param english the label in English
   * @throws NullPointerException if a label is null
   * @throws IllegalArgumentException if a label is blank, too long or holds control characters
   */
  public RuleLabel {
    Codes.checkText("Indonesian label", indonesian);
    Codes.checkText("English label", english);
  }

  /**
   * Returns the label in {@code locale}'s language: Indonesian for {@code id} (also the legacy
   * {@code in}), English otherwise.
   *
   * @param locale the locale, not null
   * @return the label, not null
   */
  public String in(Locale locale) {
    String language = checkNotNull(locale, "locale must not be null").getLanguage();
    return "id".equals(language) || "in".equals(language) ? indonesian : english;
  }

  /**
   * Returns the English label.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return english;
  }
}
