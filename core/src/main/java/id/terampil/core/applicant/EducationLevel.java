package id.terampil.core.applicant;

/**
 * The highest completed level of education (pendidikan terakhir), in ascending order, as agency
 * forms record it.
 *
 * @since 0.1.0
 */
public enum EducationLevel {
  /** No school completed (tidak / belum sekolah, tidak tamat SD). */
  NONE,
  /** Sekolah dasar (primary school, or equivalent such as MI or Paket A). */
  SD,
  /** Sekolah menengah pertama (junior secondary, or MTs or Paket B). */
  SMP,
  /** Sekolah menengah atas or kejuruan (senior secondary SMA, SMK, MA or Paket C). */
  SMA_SMK,
  /** Diploma I to III. */
  D1_D3,
  /** Diploma IV or bachelor's degree (sarjana, S1). */
  D4_S1,
  /** Master's or doctoral degree (S2, S3). */
  S2_OR_HIGHER;

  /**
   * Returns whether this level is {@code other} or higher.
   *
   * @param other the level to compare with, not null
   * @return true if this level is at least {@code other}
   */
  public boolean isAtLeast(EducationLevel other) {
    return compareTo(other) >= 0;
  }
}
