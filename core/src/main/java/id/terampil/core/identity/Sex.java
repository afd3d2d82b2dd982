package id.terampil.core.identity;

/**
 * Sex as recorded on the KTP (jenis kelamin) and encoded in the NIK, where women's birth day is
 * increased by {@value Nik#FEMALE_DAY_OFFSET}.
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Laki-laki. */
  MALE("L"),
  /** Perempuan; the NIK's day of birth is increased by {@link Nik#FEMALE_DAY_OFFSET}. */
  FEMALE("P");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  /**
   * Returns the one-letter code used on Indonesian forms: {@code L} (laki-laki) or {@code P}
   * (perempuan).
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
