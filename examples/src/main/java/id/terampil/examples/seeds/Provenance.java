package id.terampil.examples.seeds;

/**
 * Where a value of a seed program comes from: its article, a reading of its article, or neither.
 * {@link SeedPrograms#provenance} gives it for each {@link SeedValue}, and the showcase marks every
 * value that is not {@link #STATED} on the line that prints it.
 */
public enum Provenance {
  /** The article states the value. */
  STATED,
  /**
   * Read from the article by inference or interpretation (e.g. a year from a weekday, "usaha mikro
   * kecil" as micro and small businesses); the comment where the value is written says how.
   */
  INFERRED,
  /** Not in the article: chosen to be plausible so that the program can run end to end. */
  SYNTHETIC
}
