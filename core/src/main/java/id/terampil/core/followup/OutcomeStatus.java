package id.terampil.core.followup;

/**
 * What a trained participant was found doing at a follow-up checkpoint (hasil pemantauan
 * alumni). {@link #UNREACHABLE} records a failed attempt to observe: indicators exclude it from
 * rate denominators.
 *
 * @since 0.1.0
 */
public enum OutcomeStatus {
  /** Started a business after the training (memulai usaha). */
  BUSINESS_STARTED("memulai usaha", true),
  /** Grew an existing business, e.g. more sales or workers (usaha berkembang). */
  BUSINESS_GROWN("usaha berkembang", true),
  /** Employed by an employer in the home region (bekerja). */
  EMPLOYED("bekerja", true),
  /** Self-employed without a business of their own, e.g. freelance (bekerja mandiri). */
  SELF_EMPLOYED("bekerja mandiri", true),
  /** Working elsewhere in Indonesia (merantau, bekerja di luar daerah). */
  WORKING_ELSEWHERE_IN_INDONESIA("bekerja di luar daerah", true),
  /** Working abroad, e.g. as a migrant worker (bekerja di luar negeri / PMI). */
  WORKING_ABROAD("bekerja di luar negeri", true),
  /** Reached, neither working nor running a business (belum bekerja). */
  NOT_WORKING("belum bekerja", false),
  /** Could not be reached at the checkpoint (tidak dapat dihubungi). */
  UNREACHABLE("tidak dapat dihubungi", false);

  private final String indonesianTerm;
  private final boolean positive;

  OutcomeStatus(String indonesianTerm, boolean positive) {
    this.indonesianTerm = indonesianTerm;
    this.positive = positive;
  }

  /**
   * Returns the Indonesian term.
   *
   * @return the term, not null
   */
  public String indonesianTerm() {
    return indonesianTerm;
  }

  /**
   * Returns whether the participant was reached.
   *
   * @return false only for {@link #UNREACHABLE}
   */
  public boolean isReached() {
    return this != UNREACHABLE;
  }

  /**
   * Returns whether the status counts as working or running a business.
   *
   * @return true for every status but {@link #NOT_WORKING} and {@link #UNREACHABLE}
   */
  public boolean isWorkingOrInBusiness() {
    return positive;
  }
}
