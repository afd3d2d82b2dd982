package id.terampil.core.attendance;

/**
 * The result of a competency assessment (uji kompetensi), as in SKKNI-based certification.
 *
 * @since 0.1.0
 */
public enum AssessmentResult {
  /** Competent (kompeten). */
  COMPETENT("kompeten"),
  /** Not yet competent (belum kompeten). */
  NOT_YET_COMPETENT("belum kompeten");

  private final String indonesianTerm;

  AssessmentResult(String indonesianTerm) {
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
