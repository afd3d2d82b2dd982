package id.terampil.core.region;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Kemendagri region code (kode wilayah administrasi pemerintahan) at one of four levels:
 * province {@code PP}, regency or city {@code PP.KK}, district (kecamatan) {@code PP.KK.CC}, or
 * village (kelurahan / desa) {@code PP.KK.CC.VVVV}, following Permendagri 58/2021.
 *
 * <p>A region code exists only if its text is well formed: the province is one of the 38 current
 * provinces ({@link Province}); the regency, district and village parts are non-zero; the village
 * part begins with 1 (kelurahan), 2 (desa) or 3 (desa adat) and has a non-zero serial. Regency
 * parts 01–69 are kabupaten and 71–99 kota ({@link #regencyKind()}); 70 is accepted but is
 * neither, so that a NIK carrying it is not rejected. Whether a regency, district or village with
 * that code exists (or existed) is not known here: ask a {@link RegionDirectory}.
 *
 * <p>The canonical text form is dotted ({@code 33.75.01.1006}); {@link #parse(CharSequence)} also
 * accepts the compact form used inside a NIK ({@code 3375011006}) and surrounding whitespace.
 *
 * <p>Immutable, thread-safe and value-based; ordered by code, parents before children.
 *
 * @since 0.1.0
 */
public final class RegionCode implements Comparable<RegionCode> {

  private static final Comparator<RegionCode> ORDER =
      Comparator.comparingInt(RegionCode::provinceCode)
          .thenComparingInt(c -> c.regency)
          .thenComparingInt(c -> c.district)
          .thenComparingInt(c -> c.village);

  /** The levels by the number of parts less one; {@code values()} copies the array per call. */
  private static final RegionLevel[] LEVELS = RegionLevel.values();

  private final byte province;
  private final byte regency;
  private final byte district;
  private final short village;
  private final RegionLevel level;

  private RegionCode(int province, int regency, int district, int village, RegionLevel level) {
    this.province = (byte) province;
    this.regency = (byte) regency;
    this.district = (byte) district;
    this.village = (short) village;
    this.level = level;
  }

  /**
   * Returns the province-level code {@code PP}.
   *
   * @param province the province part, a current province code (11–96)
   * @return the region code, not null
   * @throws IllegalArgumentException if the province code is not a current province
   */
  public static RegionCode ofProvince(int province) {
    checkProvince(province);
    return new RegionCode(province, 0, 0, 0, RegionLevel.PROVINCE);
  }

  /**
   * Returns the regency- or city-level code {@code PP.KK}.
   *
   * @param province the province part
   * @param regency the regency part, 01–99 (71 and above are kota)
   * @return the region code, not null
   * @throws IllegalArgumentException if a part is out of range
   */
  public static RegionCode ofRegency(int province, int regency) {
    checkProvince(province);
    checkPart("regency", regency);
    return new RegionCode(province, regency, 0, 0, RegionLevel.REGENCY);
  }

  /**
   * Returns the district-level code {@code PP.KK.CC}.
   *
   * @param province the province part
   * @param regency the regency part, 01–99
   * @param district the district part, 01–99
   * @return the region code, not null
   * @throws IllegalArgumentException if a part is out of range
   */
  public static RegionCode ofDistrict(int province, int regency, int district) {
    checkProvince(province);
    checkPart("regency", regency);
    checkPart("district", district);
    return new RegionCode(province, regency, district, 0, RegionLevel.DISTRICT);
  }

  /**
   * Returns the village-level code {@code PP.KK.CC.VVVV}.
   *
   * @param province the province part
   * @param regency the regency part, 01–99
   * @param district the district part, 01–99
   * @param village the village part, 1001–3999 with a non-zero serial (first digit 1 kelurahan,
   *     2 desa, 3 desa adat)
   * @return the region code, not null
   * @throws IllegalArgumentException if a part is out of range
   */
  public static RegionCode ofVillage(int province, int regency, int district, int village) {
    checkProvince(province);
    checkPart("regency", regency);
    checkPart("district", district);
    checkVillage(village);
    return new RegionCode(province, regency, district, village, RegionLevel.VILLAGE);
  }

  /**
   * Parses a region code in dotted ({@code 62.71.02}) or compact ({@code 627102}) form.
   * Surrounding whitespace is ignored; anything else that is not part of the code is rejected.
   *
   * @param text the text, not null
   * @return the region code, not null
   * @throws IllegalArgumentException if the text is not a well-formed region code; the message
   *     names the problem
   */
  public static RegionCode parse(CharSequence text) {
    checkNotNull(text, "region code text must not be null");
    RegionCode code = scan(text, true);
    if (code == null) {
      throw new AssertionError("unreachable: strict parse returns or throws");
    }
    return code;
  }

  /**
   * Reads a region code as {@link #parse(CharSequence)} does, returning empty instead of
   * throwing; the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the region code, or empty if the text is not a well-formed region code
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<RegionCode> read(CharSequence text) {
    checkNotNull(text, "region code text must not be null");
    return Optional.ofNullable(scan(text, false));
  }

  private static @Nullable RegionCode scan(CharSequence text, boolean strict) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int len = end - start;
    boolean dotted = len > 2 && text.charAt(start + 2) == '.';
    // The parts are read into locals, not arrays: parsing allocates only the code itself.
    int province = 0;
    int regency = 0;
    int district = 0;
    int village = 0;
    int count = 0;
    int pos = start;
    while (pos < end && count < 4) {
      if (count > 0 && dotted) {
        if (text.charAt(pos) != '.') {
          throwIfStrict(strict, "region code must be PP, PP.KK, PP.KK.CC or PP.KK.CC.VVVV");
          return null;
        }
        pos++;
      }
      int width = count == 3 ? 4 : 2;
      if (pos + width > end) {
        throwIfStrict(strict, "region code must be PP, PP.KK, PP.KK.CC or PP.KK.CC.VVVV");
        return null;
      }
      int value = 0;
      for (int i = pos; i < pos + width; i++) {
        char ch = text.charAt(i);
        if (ch < '0' || ch > '9') {
          throwIfStrict(strict, "region code may hold only digits and dots");
          return null;
        }
        value = value * 10 + (ch - '0');
      }
      switch (count) {
        case 0:
          province = value;
          break;
        case 1:
          regency = value;
          break;
        case 2:
          district = value;
          break;
        default:
          village = value;
          break;
      }
      count++;
      pos += width;
    }
    if (pos != end || count == 0) {
      throwIfStrict(strict, "region code must be PP, PP.KK, PP.KK.CC or PP.KK.CC.VVVV");
      return null;
    }
    String problem = problem(province, regency, district, village, count);
    if (problem != null) {
      throwIfStrict(strict, problem);
      return null;
    }
    return new RegionCode(province, regency, district, village, LEVELS[count - 1]);
  }

  private static @Nullable String problem(
      int province, int regency, int district, int village, int count) {
    if (!Province.isKnown(province)) {
      return String.format("province code %02d is not a known province", province);
    }
    if (count > 1 && regency == 0) {
      return "regency part 00 is not valid (01-99)";
    }
    if (count > 2 && district == 0) {
      return "district part 00 is not valid (01-99)";
    }
    if (count > 3) {
      return villageProblem(village);
    }
    return null;
  }

  private static @Nullable String villageProblem(int village) {
    int kind = village / 1000;
    if (kind < 1 || kind > 3) {
      return String.format(
          "village part %04d must begin with 1 (kelurahan), 2 (desa) or 3 (desa adat)", village);
    }
    if (village % 1000 == 0) {
      return String.format("village part %04d has serial 000", village);
    }
    return null;
  }

  /** Throws an {@link IllegalArgumentException} with {@code message} when parsing strictly. */
  private static void throwIfStrict(boolean strict, String message) {
    if (strict) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void checkProvince(int province) {
    checkArgument(
        Province.isKnown(province), "province code %s is not a known province", province);
  }

  private static void checkPart(String name, int value) {
    checkArgument(value >= 1 && value <= 99, "%s part must be 01-99: %s", name, value);
  }

  private static void checkVillage(int village) {
    checkArgument(village >= 0 && village <= 9999, "village part must be 4 digits: %s", village);
    String problem = villageProblem(village);
    checkArgument(problem == null, "%s", problem);
  }

  /**
   * Returns the level of this code.
   *
   * @return the level, not null
   */
  public RegionLevel level() {
    return level;
  }

  /**
   * Returns the two-digit province part.
   *
   * @return the province part, 11 to 96
   */
  public int provinceCode() {
    return province;
  }

  /**
   * Returns the code's digits as one number, the parts below its level as zeros: {@code
   * 3375011006} for {@code 33.75.01.1006}, {@code 3375000000} for {@code 33.75}. Different codes
   * give different numbers (a part that is present is never zero), always positive, in the order
   * of {@link #compareTo}; e.g. to store a code as a number or to key a primitive map.
   *
   * @return the number, 1,100,000,000 to 9,699,993,999
   */
  public long toLong() {
    return ((province * 100L + regency) * 100L + district) * 10_000L + village;
  }

  /**
   * Returns the province this code lies in.
   *
   * @return the province, not null
   */
  public Province province() {
    return Province.ofCode(province).orElseThrow();
  }

  /**
   * Returns the regency part ({@code KK}).
   *
   * @return the regency part, 1 to 99
   * @throws IllegalStateException if this is a province-level code
   */
  public int regencyPart() {
    checkState(level != RegionLevel.PROVINCE, "a province code has no regency part: %s", this);
    return regency;
  }

  /**
   * Returns the district part ({@code CC}).
   *
   * @return the district part, 1 to 99
   * @throws IllegalStateException if this code is above district level
   */
  public int districtPart() {
    checkState(
        level == RegionLevel.DISTRICT || level == RegionLevel.VILLAGE,
        "a %s code has no district part: %s",
        level,
        this);
    return district;
  }

  /**
   * Returns the village part ({@code VVVV}).
   *
   * @return the village part, 1001 to 3999
   * @throws IllegalStateException if this is not a village-level code
   */
  public int villagePart() {
    checkState(level == RegionLevel.VILLAGE, "a %s code has no village part: %s", level, this);
    return village;
  }

  /**
   * Returns whether the regency part denotes a kabupaten (01–69) or a kota (71–99).
   *
   * @return the kind, or empty for a province-level code and for regency part 70, which the
   *     coding rules assign to neither (such a code is well formed but cannot be a current region)
   */
  public Optional<RegencyKind> regencyKind() {
    if (level == RegionLevel.PROVINCE || regency == 70) {
      return Optional.empty();
    }
    return Optional.of(regency > 70 ? RegencyKind.KOTA : RegencyKind.KABUPATEN);
  }

  /**
   * Returns whether this code lies in a kota (city), i.e. its regency part is 71 or above.
   *
   * @return true for a kota or anything within one; false for a kabupaten, its parts, or a
   *     province
   */
  public boolean isKota() {
    return regencyKind().filter(k -> k == RegencyKind.KOTA).isPresent();
  }

  /**
   * Returns whether this code lies in a kabupaten (regency), i.e. its regency part is 01–69.
   *
   * @return true for a kabupaten or anything within one
   */
  public boolean isKabupaten() {
    return regencyKind().filter(k -> k == RegencyKind.KABUPATEN).isPresent();
  }

  /**
   * Returns the kind of village (kelurahan, desa or desa adat) for a village-level code.
   *
   * @return the kind, or empty above village level
   */
  public Optional<VillageKind> villageKind() {
    if (level != RegionLevel.VILLAGE) {
      return Optional.empty();
    }
    return Optional.of(VillageKind.values()[village / 1000 - 1]);
  }

  /**
   * Returns the code one level up, or empty for a province.
   *
   * @return the parent, or empty
   */
  public Optional<RegionCode> parent() {
    switch (level) {
      case PROVINCE:
        return Optional.empty();
      case REGENCY:
        return Optional.of(truncateTo(RegionLevel.PROVINCE));
      case DISTRICT:
        return Optional.of(truncateTo(RegionLevel.REGENCY));
      default:
        return Optional.of(truncateTo(RegionLevel.DISTRICT));
    }
  }

  /**
   * Returns the code of the region at {@code target} level that contains this one, or this code
   * itself when it is at that level already.
   *
   * @param target the level, not null; not below this code's level
   * @return the containing code, not null
   * @throws IllegalArgumentException if {@code target} is finer than this code's level
   */
  public RegionCode truncateTo(RegionLevel target) {
    checkNotNull(target, "target level must not be null");
    checkArgument(
        !target.isBelow(level), "cannot widen a %s code to %s level: %s", level, target, this);
    if (target == level) {
      return this;
    }
    switch (target) {
      case PROVINCE:
        return new RegionCode(province, 0, 0, 0, target);
      case REGENCY:
        return new RegionCode(province, regency, 0, 0, target);
      default:
        return new RegionCode(province, regency, district, 0, target);
    }
  }

  /**
   * Returns whether {@code other} equals this code or lies within it (this region contains it).
   *
   * @param other the code to test, not null
   * @return true if {@code other} is this region or one of its descendants
   */
  public boolean contains(RegionCode other) {
    checkNotNull(other, "other region code must not be null");
    if (other.level.compareTo(level) < 0) {
      return false;
    }
    // other.truncateTo(level).equals(this), without building the truncated code: this code's
    // parts below its level are zero, so only the parts down to its level are compared.
    return province == other.province
        && (level == RegionLevel.PROVINCE
            || (regency == other.regency
                && (level == RegionLevel.REGENCY
                    || (district == other.district
                        && (level == RegionLevel.DISTRICT || village == other.village)))));
  }

  /**
   * Returns whether this code equals {@code other} or lies within it.
   *
   * @param other the possibly containing code, not null
   * @return {@code other.contains(this)}
   */
  public boolean isWithin(RegionCode other) {
    checkNotNull(other, "other region code must not be null");
    return other.contains(this);
  }

  /**
   * Returns the compact form without dots, as the first digits of a NIK carry it.
   *
   * @return 2, 4, 6 or 10 digits, not null
   */
  public String toCompactString() {
    return toString().replace(".", "");
  }

  @Override
  public int compareTo(RegionCode other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof RegionCode)) {
      return false;
    }
    RegionCode that = (RegionCode) obj;
    return province == that.province
        && regency == that.regency
        && district == that.district
        && village == that.village
        && level == that.level;
  }

  @Override
  public int hashCode() {
    return ((province * 100 + regency) * 100 + district) * 10000 + village;
  }

  /**
   * Returns the canonical dotted form, e.g. {@code 33.75.01.1006}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    // By hand rather than String.format: faster, and the digits are ASCII in every default locale.
    int parts = level.ordinal() + 1;
    char[] out = new char[parts == 4 ? 13 : parts * 3 - 1];
    putDigits(out, 0, province, 2);
    if (parts > 1) {
      out[2] = '.';
      putDigits(out, 3, regency, 2);
    }
    if (parts > 2) {
      out[5] = '.';
      putDigits(out, 6, district, 2);
    }
    if (parts > 3) {
      out[8] = '.';
      putDigits(out, 9, village, 4);
    }
    return new String(out);
  }

  /** Writes {@code value} as {@code width} decimal digits, with leading zeros, at {@code at}. */
  private static void putDigits(char[] out, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }
}
