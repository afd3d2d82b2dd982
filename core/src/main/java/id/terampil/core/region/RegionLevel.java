package id.terampil.core.region;

/**
 * The four administrative levels of a Kemendagri region code (tingkat wilayah).
 *
 * @since 0.1.0
 */
public enum RegionLevel {
  /** Province (provinsi), {@code PP}. */
  PROVINCE,
  /** Regency or city (kabupaten / kota), {@code PP.KK}. */
  REGENCY,
  /** District (kecamatan; distrik in Papua), {@code PP.KK.CC}. */
  DISTRICT,
  /** Village (kelurahan, desa or desa adat), {@code PP.KK.CC.VVVV}. */
  VILLAGE;

  /**
   * Returns whether this level lies below (is more specific than) {@code other}.
   *
   * @param other the level to compare with, not null
   * @return true if this level is finer than {@code other}
   */
  public boolean isBelow(RegionLevel other) {
    return compareTo(other) > 0;
  }
}
