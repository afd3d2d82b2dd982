package id.terampil.core.identity;

/**
 * The kind of agency or body that organizes or co-organizes a training program (penyelenggara).
 *
 * @since 0.1.0
 */
public enum AgencyKind {
  /**
   * A regional government office (dinas, perangkat daerah), e.g. Dinas Perindustrian dan
   * Perdagangan (Disperindag), Dinas Tenaga Kerja (Disnaker), Dinas Koperasi dan UKM, or combined
   * offices such as Dinas Perindustrian dan Tenaga Kerja (Dinperinaker).
   */
  DINAS,
  /**
   * A regional government as a whole (pemerintah kota / kabupaten / provinsi) when a source names
   * no particular office, e.g. "Pemerintah Kota Sorong".
   */
  REGIONAL_GOVERNMENT,
  /** A regional job-training centre (Balai Latihan Kerja, BLK), usually a UPTD of a dinas. */
  BLK,
  /**
   * A central vocational-training and productivity centre of the Ministry of Manpower (Balai
   * Pelatihan Vokasi dan Produktivitas, BPVP; formerly BBPLK / BLK UPTP).
   */
  BPVP,
  /** A ministry or other central-government agency (kementerian / lembaga), e.g. Kemenperin. */
  MINISTRY,
  /** A regional crafts council (Dewan Kerajinan Nasional Daerah, Dekranasda). */
  DEKRANASDA,
  /** A licensed job-training institution (Lembaga Pelatihan Kerja, LPK), private or public. */
  LPK,
  /** A family-welfare movement team (Tim Penggerak Pemberdayaan Kesejahteraan Keluarga, PKK). */
  PKK,
  /**
   * A company training people through its corporate social responsibility programme (CSR / TJSL),
   * state-owned (BUMN, BUMD) or private.
   */
  COMPANY_CSR,
  /** A university or polytechnic (perguruan tinggi). */
  UNIVERSITY,
  /** Any other body, e.g. a community organisation or a village government. */
  OTHER
}
