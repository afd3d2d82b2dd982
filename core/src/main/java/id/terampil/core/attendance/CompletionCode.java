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
  ASSESSMENT_NOT_YET_COMPETENT("belum kompeten"),
  /**
   * Some of the cohort's sessions are not yet held: the attendance is a summary to date
   * ({@link AttendanceSheet#heldBy}), so completion cannot be decided yet (pelatihan belum
   * selesai).
   */
  SESSIONS_NOT_YET_HELD("pelatihan belum selesai");

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
