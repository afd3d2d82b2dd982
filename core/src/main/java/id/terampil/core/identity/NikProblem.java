package id.terampil.core.identity;

/**
 * The rule of the NIK structure that a text breaks, as found by {@link Nik#read}. Each
 * constant names one rule of UU 23/2006 as amended by UU 24/2013; the first rule broken (in the
 * order declared here) is the one reported.
 *
 * @since 0.1.0
 */
public enum NikProblem {
  /** The text, without surrounding whitespace, is not exactly 16 characters long. */
  LENGTH("NIK must have exactly 16 digits"),
  /** A character other than the ASCII digits 0–9. */
  NOT_DIGITS("NIK may contain only the digits 0-9"),
  /** The first two digits are not the code of a current province. */
  UNKNOWN_PROVINCE("the NIK's province code is not a known province"),
  /** The regency part (digits 3–4) is 00. */
  ZERO_REGENCY("the NIK's regency part 00 is not valid"),
  /** The district part (digits 5–6) is 00. */
  ZERO_DISTRICT("the NIK's district part 00 is not valid"),
  /**
   * The day of birth is 00, 32–40 or 72 and above (women add {@value Nik#FEMALE_DAY_OFFSET} to the
   * day).
   */
  BIRTH_DAY("the NIK's birth day is not a valid day (women add " + Nik.FEMALE_DAY_OFFSET + ")"),
  /** The month of birth is 00 or above 12. */
  BIRTH_MONTH("the NIK's birth month is not a valid month"),
  /** Day and month do not form a date (31 April; 29 February of a year that is not a leap year). */
  BIRTH_DATE("the NIK's birth date does not exist"),
  /** The serial (last four digits) is 0000; serials start at 0001. */
  ZERO_SERIAL("the NIK's serial 0000 is not valid (serials start at 0001)");

  private final String description;

  NikProblem(String description) {
    this.description = description;
  }

  /**
   * Returns a one-line English description of the rule, without any digits of the NIK.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }
}
