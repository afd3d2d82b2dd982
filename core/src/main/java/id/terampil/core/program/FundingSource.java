package id.terampil.core.program;

/**
 * The source of a funding line (sumber dana) of a training program.
 *
 * @since 0.1.0
 */
public enum FundingSource {
  /** The budget of a regency or city (APBD kabupaten / kota). */
  APBD_KABUPATEN_KOTA,
  /** The budget of a province (APBD provinsi). */
  APBD_PROVINSI,
  /** The national budget (APBN), e.g. through a ministry or a BPVP. */
  APBN,
  /**
   * Tobacco-excise revenue sharing (Dana Bagi Hasil Cukai Hasil Tembakau, DBHCHT). It flows
   * through a regional budget but is earmarked, so it is tracked as its own source.
   */
  DBHCHT,
  /** A company's corporate social responsibility funds (CSR / TJSL). */
  CSR,
  /** Any other source, e.g. village funds (dana desa) or a donor; say which in the note. */
  OTHER
}
