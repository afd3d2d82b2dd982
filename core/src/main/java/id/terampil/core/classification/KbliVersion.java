package id.terampil.core.classification;

/**
 * A version of the Indonesian standard industrial classification (Klasifikasi Baku Lapangan Usaha
 * Indonesia, KBLI). The same five digits may mean different activities in different versions, so
 * every {@link KbliCode} carries its version.
 *
 * @since 0.1.0
 */
public enum KbliVersion {
  /** KBLI 2020, Peraturan BPS 2/2020: the default, used by OSS for business licensing (NIB). */
  KBLI_2020(2020),
  /** KBLI 2025, Peraturan BPS 7/2025. */
  KBLI_2025(2025);

  private final int year;

  KbliVersion(int year) {
    this.year = year;
  }

  /**
   * Returns the year in the version's name.
   *
   * @return the year, e.g. 2020
   */
  public int year() {
    return year;
  }

  /**
   * Returns the version named by its year.
   *
   * @param year 2020 or 2025
   * @return the version, not null
   * @throws IllegalArgumentException if no KBLI version has that year
   */
  public static KbliVersion ofYear(int year) {
    for (KbliVersion v : values()) {
      if (v.year == year) {
        return v;
      }
    }
    throw new IllegalArgumentException("KBLI version must be 2020 or 2025: " + year);
  }
}
