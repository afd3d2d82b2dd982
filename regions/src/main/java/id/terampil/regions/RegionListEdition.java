package id.terampil.regions;

/**
 * An edition of the official Kemendagri list of region codes (daftar kode dan data wilayah
 * administrasi pemerintahan), named by the year of its data file in cahyadsn/wilayah, with the
 * regulation that enacted it. The constants are in the order of enactment; the last one is the
 * current list.
 *
 * @since 0.1.0
 */
public enum RegionListEdition {
  /** The list of Permendagri No. 56 Tahun 2015 (file {@code wilayah_2016.sql}). */
  EDITION_2016(2016, "Permendagri No. 56 Tahun 2015"),
  /** The list of Permendagri No. 137 Tahun 2017 (file {@code wilayah_2018.sql}). */
  EDITION_2018(2018, "Permendagri No. 137 Tahun 2017"),
  /** The list of Permendagri No. 72 Tahun 2019 (file {@code wilayah_2020.sql}). */
  EDITION_2020(2020, "Permendagri No. 72 Tahun 2019"),
  /** The list of Permendagri No. 58 Tahun 2021 (file {@code wilayah_2022.sql}). */
  EDITION_2022(2022, "Permendagri No. 58 Tahun 2021"),
  /** The list of Kepmendagri No. 100.1.1-6117 Tahun 2022 (file {@code wilayah_2023.sql}). */
  EDITION_2023(2023, "Kepmendagri No. 100.1.1-6117 Tahun 2022"),
  /**
   * The current list, Kepmendagri No. 300.2.2-2138 Tahun 2025 (file {@code wilayah_2025.sql}):
   * 38 provinces, 514 regencies and cities, 7,285 districts, 83,762 villages.
   */
  EDITION_2025(2025, "Kepmendagri No. 300.2.2-2138 Tahun 2025");

  private static final RegionListEdition[] VALUES = values();

  private final int year;
  private final String legalBasis;

  RegionListEdition(int year, String legalBasis) {
    this.year = year;
    this.legalBasis = legalBasis;
  }

  /**
   * Returns the year in the name of the edition's data file, e.g. 2025.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the regulation that enacted the list, e.g. "Kepmendagri No. 300.2.2-2138 Tahun 2025".
   *
   * @return the legal basis, not null
   */
  public String legalBasis() {
    return legalBasis;
  }

  /**
   * Returns the current edition, the one that decides which codes exist.
   *
   * @return the latest edition, not null
   */
  public static RegionListEdition latest() {
    return VALUES[VALUES.length - 1];
  }
}
