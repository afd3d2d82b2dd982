package id.terampil.core.region;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The 38 provinces of Indonesia with their Kemendagri codes (kode provinsi), as listed in
 * Kepmendagri 300.2.2-2138/2025. Codes of provinces that no longer exist are not reused; codes
 * 93–96 are the Papua provinces formed in 2022.
 *
 * @since 0.1.0
 */
public enum Province {
  /** Aceh. */
  ACEH(11, "Aceh"),
  /** Sumatera Utara. */
  SUMATERA_UTARA(12, "Sumatera Utara"),
  /** Sumatera Barat. */
  SUMATERA_BARAT(13, "Sumatera Barat"),
  /** Riau. */
  RIAU(14, "Riau"),
  /** Jambi. */
  JAMBI(15, "Jambi"),
  /** Sumatera Selatan. */
  SUMATERA_SELATAN(16, "Sumatera Selatan"),
  /** Bengkulu. */
  BENGKULU(17, "Bengkulu"),
  /** Lampung. */
  LAMPUNG(18, "Lampung"),
  /** Kepulauan Bangka Belitung. */
  KEPULAUAN_BANGKA_BELITUNG(19, "Kepulauan Bangka Belitung"),
  /** Kepulauan Riau. */
  KEPULAUAN_RIAU(21, "Kepulauan Riau"),
  /** Daerah Khusus Ibukota Jakarta (DKI Jakarta). */
  DKI_JAKARTA(31, "Daerah Khusus Ibukota Jakarta"),
  /** Jawa Barat. */
  JAWA_BARAT(32, "Jawa Barat"),
  /** Jawa Tengah. */
  JAWA_TENGAH(33, "Jawa Tengah"),
  /** Daerah Istimewa Yogyakarta. */
  DI_YOGYAKARTA(34, "Daerah Istimewa Yogyakarta"),
  /** Jawa Timur. */
  JAWA_TIMUR(35, "Jawa Timur"),
  /** Banten. */
  BANTEN(36, "Banten"),
  /** Bali. */
  BALI(51, "Bali"),
  /** Nusa Tenggara Barat. */
  NUSA_TENGGARA_BARAT(52, "Nusa Tenggara Barat"),
  /** Nusa Tenggara Timur. */
  NUSA_TENGGARA_TIMUR(53, "Nusa Tenggara Timur"),
  /** Kalimantan Barat. */
  KALIMANTAN_BARAT(61, "Kalimantan Barat"),
  /** Kalimantan Tengah. */
  KALIMANTAN_TENGAH(62, "Kalimantan Tengah"),
  /** Kalimantan Selatan. */
  KALIMANTAN_SELATAN(63, "Kalimantan Selatan"),
  /** Kalimantan Timur. */
  KALIMANTAN_TIMUR(64, "Kalimantan Timur"),
  /** Kalimantan Utara. */
  KALIMANTAN_UTARA(65, "Kalimantan Utara"),
  /** Sulawesi Utara. */
  SULAWESI_UTARA(71, "Sulawesi Utara"),
  /** Sulawesi Tengah. */
  SULAWESI_TENGAH(72, "Sulawesi Tengah"),
  /** Sulawesi Selatan. */
  SULAWESI_SELATAN(73, "Sulawesi Selatan"),
  /** Sulawesi Tenggara. */
  SULAWESI_TENGGARA(74, "Sulawesi Tenggara"),
  /** Gorontalo. */
  GORONTALO(75, "Gorontalo"),
  /** Sulawesi Barat. */
  SULAWESI_BARAT(76, "Sulawesi Barat"),
  /** Maluku. */
  MALUKU(81, "Maluku"),
  /** Maluku Utara. */
  MALUKU_UTARA(82, "Maluku Utara"),
  /** Papua. */
  PAPUA(91, "Papua"),
  /** Papua Barat. */
  PAPUA_BARAT(92, "Papua Barat"),
  /** Papua Selatan (since 2022). */
  PAPUA_SELATAN(93, "Papua Selatan"),
  /** Papua Tengah (since 2022). */
  PAPUA_TENGAH(94, "Papua Tengah"),
  /** Papua Pegunungan (since 2022). */
  PAPUA_PEGUNUNGAN(95, "Papua Pegunungan"),
  /** Papua Barat Daya (since 2022). */
  PAPUA_BARAT_DAYA(96, "Papua Barat Daya");

  /**
   * {@link #ofCode} by code (0 to 99), built once: parsing a NIK or region code looks a province
   * up, and an {@code Optional} per lookup would be most of the garbage of a parse.
   */
  private static final ImmutableList<Optional<Province>> BY_CODE = byCode();

  private static ImmutableList<Optional<Province>> byCode() {
    Province[] byCode = new Province[100];
    for (Province p : values()) {
      byCode[p.code] = p;
    }
    ImmutableList.Builder<Optional<Province>> list = ImmutableList.builderWithExpectedSize(100);
    for (Province p : byCode) {
      list.add(Optional.ofNullable(p));
    }
    return list.build();
  }

  private final int code;
  private final String officialName;

  Province(int code, String officialName) {
    this.code = code;
    this.officialName = officialName;
  }

  /**
   * Returns the two-digit Kemendagri code.
   *
   * @return the code, 11 to 96
   */
  public int code() {
    return code;
  }

  /**
   * Returns the official name in Indonesian.
   *
   * @return the name, not null
   */
  public String officialName() {
    return officialName;
  }

  /**
   * Returns this province as a province-level region code.
   *
   * @return the region code, not null
   */
  public RegionCode regionCode() {
    return RegionCode.ofProvince(code);
  }

  /**
   * Looks up a province by its two-digit code.
   *
   * @param code the code
   * @return the province, or empty if no current province has that code
   */
  public static Optional<Province> ofCode(int code) {
    return code >= 0 && code < BY_CODE.size() ? BY_CODE.get(code) : Optional.empty();
  }

  static boolean isKnown(int code) {
    return ofCode(code).isPresent();
  }
}
