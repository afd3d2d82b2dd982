package id.terampil.core.eligibility;

/**
 * The stable reason codes of unmet eligibility rules. The names are part of the API: they are
 * stored and exchanged by agency systems, and are never renamed. Each {@link EligibilityRule}
 * record documents which reasons it reports, with which parameters.
 *
 * @since 0.1.0
 */
public enum EligibilityReason {
  /** Younger than the minimum age at the reference date; parameters {@code age, minAge}. */
  AGE_BELOW_MIN,
  /** Older than the maximum age at the reference date; parameters {@code age, maxAge}. */
  AGE_ABOVE_MAX,
  /** Domicile outside every admitted region; parameters {@code domicile, regions}. */
  RESIDENCE_OUTSIDE_REGIONS,
  /** Not a member of the required target groups; parameters {@code mode, required, missing}. */
  TARGET_GROUP_MISSING,
  /** A required document is not held (or not yet issued); parameter {@code document}. */
  DOCUMENT_MISSING,
  /** A required document is held but no longer valid; parameters {@code document, validUntil}. */
  DOCUMENT_EXPIRED,
  /**
   * Already enrolled in another cohort whose period overlaps the target cohort's; parameters
   * {@code cohort, period}.
   */
  OVERLAPPING_ENROLLMENT,
  /**
   * Completed training in one of the target cohort's skills within the last N years; parameters
   * {@code skill, cohort, trainedUntil, years}.
   */
  RECENTLY_TRAINED_SAME_SKILL,
  /**
   * The person would take part in a role the cohort does not admit (e.g. a citizen applicant in a
   * cohort for centre managers); parameters {@code role, roles}.
   */
  ROLE_NOT_ADMITTED,
  /** The applicant's sex is not the one the program admits; parameters {@code sex, admitted}. */
  SEX_NOT_ADMITTED,
  /**
   * The applicant's employment status is none of the admitted ones; parameters {@code employment,
   * admitted}.
   */
  EMPLOYMENT_NOT_ADMITTED,
  /**
   * The highest education completed is below the minimum; parameters {@code education,
   * minEducation}.
   */
  EDUCATION_BELOW_MIN,
  /**
   * The applicant is a civil servant, soldier or police officer (ASN, TNI, Polri), whom the program
   * does not admit; parameter {@code employment}.
   */
  CIVIL_SERVANT_NOT_ADMITTED,
  /** A rule about the applicant's business applies, but no business is declared; no parameters. */
  BUSINESS_MISSING,
  /**
   * The business's size class (PP 7/2021) is none of the admitted ones; parameters {@code
   * sizeClass, admitted}.
   */
  BUSINESS_SIZE_NOT_ADMITTED,
  /**
   * The business's KBLI code starts with none of the admitted prefixes; parameters {@code kbli,
   * prefixes}.
   */
  BUSINESS_KBLI_NOT_ADMITTED,
  /** A rule about the business's age applies, but its start date is not known; no parameters. */
  BUSINESS_START_DATE_MISSING,
  /**
   * The business is younger than the minimum at the reference date; parameters {@code months,
   * minMonths, startDate, referenceDate}.
   */
  BUSINESS_AGE_BELOW_MIN,
  /**
   * The business is older than the maximum at the reference date; parameters {@code months,
   * maxMonths, startDate, referenceDate}.
   */
  BUSINESS_AGE_ABOVE_MAX,
  /**
   * A user-defined rule is unmet; its own stable code is {@link UnmetRule#code()}, its label
   * {@link UnmetRule#label()}.
   */
  CUSTOM
}
