package id.terampil.core.attendance;

/**
 * The stable code of a completion requirement that a participant has not met.
 *
 * @since 0.1.0
 */
public enum CompletionCode {
  /** Some sessions have no attendance mark, so attendance cannot be decided (belum diabsen). */
  ATTENDANCE_UNMARKED("kehadiran belum dicatat"),
  /** Attendance over the marked sessions is below the rule's minimum (kehadiran kurang). */
  ATTENDANCE_BELOW_MINIMUM("kehadiran kurang"),
  /** The rule requires an assessment and no result was given (belum uji kompetensi). */
  ASSESSMENT_MISSING("belum uji kompetensi"),
  /** The assessment result is not yet competent (belum kompeten). */
  ASSESSMENT_NOT_YET_COMPETENT("belum kompeten");

  private final String indonesianTerm;

  CompletionCode(String indonesianTerm) {
    this.indonesianTerm = indonesianTerm;
  }

  /**
   * Returns the Indonesian term.
   *
   * @return the term, not null
   */
  public String indonesianTerm() {
    return indonesianTerm;
  }
}
