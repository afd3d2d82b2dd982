package id.terampil.examples.seeds;

/**
 * The values of a seed program, or of one of its cohorts, whose {@link Provenance} the seed
 * programs record: the values the showcase prints.
 */
public enum SeedValue {
  /** The program's or the cohort's period (dates). */
  PERIOD,
  /** A cohort's training days: Monday to Friday of its period unless it lists others. */
  TRAINING_DAYS,
  /** The funding sources. */
  FUNDING,
  /** The regions whose residents may take part. */
  REGIONS_SERVED,
  /** The target groups an applicant must belong to. */
  REQUIRED_GROUPS,
  /** The eligibility policy (age limits, custom rules). */
  ELIGIBILITY,
  /** The split into cohorts. */
  COHORTS,
  /** The seats. */
  SEATS,
  /** A cohort's skills. */
  SKILLS,
  /** How a cohort's participants come in (nomination or open registration). */
  INTAKE,
  /** Rules that cohorts state for themselves instead of the program's. */
  COHORT_RULES,
  /** Who receives the follow-up steps and from whom. */
  FOLLOW_UP,
  /** The months of the follow-up steps. */
  FOLLOW_UP_MONTHS,
  /** The outcome checkpoints. */
  CHECKPOINTS
}
