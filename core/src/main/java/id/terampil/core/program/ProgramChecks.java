package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.internal.Codes;
import java.util.Optional;

/** Shared invariant checks of the program package: free texts and fiscal years. */
final class ProgramChecks {

  /** The earliest fiscal year accepted (tahun anggaran). */
  static final int MIN_FISCAL_YEAR = 1970;

  /** The latest fiscal year accepted (tahun anggaran). */
  static final int MAX_FISCAL_YEAR = 2199;

  private ProgramChecks() {}

  /**
   * Checks a free text such as a title, name, note or address: not blank, at most {@value
   * Codes#MAX_TEXT_LENGTH} characters, no control or bidirectional-override characters.
   */
  static void text(String field, String text) {
    Codes.checkText(field, text);
  }

  /** Checks an optional free text as {@link #text(String, String)} when present. */
  static void optionalText(String field, Optional<String> text) {
    text.ifPresent(t -> text(field, t));
  }

  /** Checks that a fiscal year is between {@value #MIN_FISCAL_YEAR} and {@value #MAX_FISCAL_YEAR}. */
  static void fiscalYear(String field, int year) {
    checkArgument(
        year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR,
        "%s must be a four-digit year between %s and %s: %s",
        field,
        MIN_FISCAL_YEAR,
        MAX_FISCAL_YEAR,
        year);
  }

  /**
   * Rejects a policy that restates an admission fact: residence belongs in the regions served,
   * required target groups in the required groups, so that each is stated once.
   */
  static void statesNoAdmissionFact(String field, EligibilityPolicy policy) {
    for (EligibilityRule rule : policy.rules()) {
      checkArgument(
          !isAbout(rule, EligibilityRule.Residence.class),
          "%s must not state residence (%s): give the regions served instead",
          field,
          rule);
      checkArgument(
          !isAbout(rule, EligibilityRule.TargetGroups.class),
          "%s must not state target groups (%s): give the required groups instead",
          field,
          rule);
    }
  }

  /** Whether {@code rule} is of {@code type} or waives the rules of {@code type}. */
  private static boolean isAbout(EligibilityRule rule, Class<? extends EligibilityRule> type) {
    return type.isInstance(rule)
        || (rule instanceof EligibilityRule.Waiver waiver && waiver.ruleType() == type);
  }
}
