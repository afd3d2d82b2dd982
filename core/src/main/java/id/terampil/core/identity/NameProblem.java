package id.terampil.core.identity;

/**
 * The rule a text breaks to be a {@link PersonName}, as found by {@link PersonName#read}.
 *
 * @since 0.1.0
 */
public enum NameProblem {
  /** Empty or only whitespace. */
  BLANK("name must not be blank"),
  /** Holds no letter at all (only dots, hyphens or apostrophes). */
  NO_LETTER("name must contain at least one letter"),
  /** Holds a digit or another numeric character. */
  DIGIT("name must not contain digits"),
  /** Holds a control or invisible formatting character. */
  CONTROL_CHARACTER("name must not contain control characters"),
  /** Holds a bidirectional override, embedding, isolate or mark. */
  BIDI_CONTROL("name must not contain bidirectional control characters"),
  /** Holds half of a surrogate pair without its other half. */
  UNPAIRED_SURROGATE("name must not contain unpaired surrogate characters"),
  /** Holds a symbol or punctuation other than apostrophe, hyphen and dot. */
  SYMBOL("name may contain only letters, spaces, apostrophes, hyphens and dots"),
  /** Longer than {@link PersonName#MAX_LENGTH} characters after normalisation. */
  TOO_LONG("name must not be longer than " + PersonName.MAX_LENGTH + " characters");

  private final String description;

  NameProblem(String description) {
    this.description = description;
  }

  /**
   * Returns a one-line English description of the rule, without the name itself.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }
}
