package id.terampil.core.region;

/**
 * Whether a second-level region is a regency (kabupaten) or a city (kota): regency parts
 * {@code 01}–{@code 69} are kabupaten, {@code 71}–{@code 99} are kota.
 *
 * @since 0.1.0
 */
public enum RegencyKind {
  /** Kabupaten (regency), regency part 01–69. */
  KABUPATEN,
  /** Kota (city), regency part 71–99. */
  KOTA
}
