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
  /** A user-defined rule is unmet; its own stable code is {@link UnmetRule#code()}. */
  CUSTOM
}
