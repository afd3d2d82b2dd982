package id.terampil.core.region;

/**
 * The kind of a village-level region, given by the first digit of its four-digit part: 1 is a
 * kelurahan (urban village, administered by the city or regency), 2 a desa (self-governing
 * village), 3 a desa adat (customary village). A kota can hold desa and a kabupaten can hold
 * kelurahan.
 *
 * @since 0.1.0
 */
public enum VillageKind {
  /** Kelurahan: first digit 1. */
  KELURAHAN(1),
  /** Desa: first digit 2. */
  DESA(2),
  /** Desa adat: first digit 3. */
  DESA_ADAT(3);

  private final int firstDigit;

  VillageKind(int firstDigit) {
    this.firstDigit = firstDigit;
  }

  /**
   * Returns the first digit of the village part that marks this kind.
   *
   * @return 1, 2 or 3
   */
  public int firstDigit() {
    return firstDigit;
  }
}
