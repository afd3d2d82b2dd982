package id.terampil.core.eligibility;

/**
 * The kinds of eligibility rules. When a cohort's policy {@linkplain
 * EligibilityPolicy#overriddenBy(EligibilityPolicy) overrides} a program's, it replaces the
 * program's rules kind by kind (custom rules code by code).
 *
 * @since 0.1.0
 */
public enum RuleKind {
  /** Age range at the reference date. */
  AGE,
  /** Residence within a set of regions. */
  RESIDENCE,
  /** Membership of target groups (any-of or all-of). */
  TARGET_GROUPS,
  /** Documents held and valid at the reference date. */
  DOCUMENTS,
  /** Not enrolled in an overlapping cohort. */
  OVERLAPPING_ENROLLMENT,
  /** Not trained in the same skill within a number of years. */
  RECENT_SAME_SKILL,
  /** A user-defined rule with its own code. */
  CUSTOM
}
