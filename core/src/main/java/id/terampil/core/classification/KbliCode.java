package id.terampil.core.classification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A five-digit KBLI code (Klasifikasi Baku Lapangan Usaha Indonesia) for a business activity,
 * with the classification version it belongs to, e.g. {@code 10792} (wet cakes, kue basah) or
 * {@code 16291} (woven goods of rattan and bamboo) in KBLI 2020.
 *
 * <p>Exactly five ASCII digits; leading zeros are kept ({@code 01111} is valid). The text form is
 * the five digits for KBLI 2020, the default version, and {@code digits@year} otherwise (e.g.
 * {@code 10792@2025}); {@link #parse(CharSequence)} reads both back.
 *
 * <p>Immutable, thread-safe and value-based. This type checks the shape only; whether a code is
 * listed in a version is up to the caller's reference data.
 *
 * @since 0.1.0
 */
public final class KbliCode implements Comparable<KbliCode> {

  /** The number of digits of a KBLI code. */
  public static final int LENGTH = 5;

  private final String digits;
  private final KbliVersion version;

  private KbliCode(String digits, KbliVersion version) {
    this.digits = digits;
    this.version = version;
  }

  /**
   * Returns the KBLI 2020 code with the given five digits.
   *
   * @param digits five ASCII digits, not null
   * @return the code, not null
   * @throws IllegalArgumentException if {@code digits} is not exactly five ASCII digits
   */
  public static KbliCode of(String digits) {
    return of(digits, KbliVersion.KBLI_2020);
  }

  /**
   * Returns the code with the given five digits in the given version.
   *
   * @param digits five ASCII digits, not null
   * @param version the classification version, not null
   * @return the code, not null
   * @throws IllegalArgumentException if {@code digits} is not exactly five ASCII digits
   */
  public static KbliCode of(String digits, KbliVersion version) {
    checkNotNull(digits, "KBLI code must not be null");
    checkNotNull(version, "KBLI version must not be null");
    String problem = problem(digits);
    checkArgument(problem == null, "KBLI code %s", problem);
    return new KbliCode(digits, version);
  }

  /**
   * Parses the text form: five digits (KBLI 2020) or {@code digits@year}, ignoring surrounding
   * whitespace.
   *
   * @param text the text, not null
   * @return the code, not null
   * @throws IllegalArgumentException if the text is not a KBLI code
   */
  public static KbliCode parse(CharSequence text) {
    checkNotNull(text, "KBLI code must not be null");
    String s = text.toString().strip();
    int at = s.indexOf('@');
    if (at < 0) {
      return of(s);
    }
    String year = s.substring(at + 1);
    checkArgument(
        year.length() == 4 && year.chars().allMatch(c -> c >= '0' && c <= '9'),
        "KBLI version after '@' must be a four-digit year");
    return of(s.substring(0, at), KbliVersion.ofYear(Integer.parseInt(year)));
  }

  /**
   * Reads a KBLI code as {@link #parse(CharSequence)} does, returning empty instead of throwing;
   * the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the code, or empty if the text is not five digits, optionally followed by {@code @2020}
   *     or {@code @2025}
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<KbliCode> read(CharSequence text) {
    checkNotNull(text, "KBLI code must not be null");
    String s = text.toString().strip();
    int at = s.indexOf('@');
    String digits = at < 0 ? s : s.substring(0, at);
    if (problem(digits) != null) {
      return Optional.empty();
    }
    if (at < 0) {
      return Optional.of(new KbliCode(digits, KbliVersion.KBLI_2020));
    }
    String year = s.substring(at + 1);
    for (KbliVersion version : KbliVersion.values()) {
      if (year.equals(Integer.toString(version.year()))) {
        return Optional.of(new KbliCode(digits, version));
      }
    }
    return Optional.empty();
  }

  /** Returns why {@code digits} is not a KBLI code, phrased to follow "KBLI code", or null. */
  private static @Nullable String problem(String digits) {
    if (digits.length() != LENGTH) {
      return "must have exactly 5 digits, found " + digits.length() + " characters";
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return "must hold only the digits 0-9 (position " + (i + 1) + ")";
      }
    }
    return null;
  }

  /**
   * Returns the five digits, leading zeros kept.
   *
   * @return the digits, not null
   */
  public String digits() {
    return digits;
  }

  /**
   * Returns the classification version.
   *
   * @return the version, not null
   */
  public KbliVersion version() {
    return version;
  }

  /**
   * Returns the two-digit division (golongan pokok), e.g. {@code 10} for food manufacturing.
   *
   * @return the division, not null
   */
  public String division() {
    return digits.substring(0, 2);
  }

  @Override
  public int compareTo(KbliCode other) {
    int c = version.compareTo(other.version);
    return c != 0 ? c : digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KbliCode
        && ((KbliCode) obj).digits.equals(digits)
        && ((KbliCode) obj).version == version;
  }

  @Override
  public int hashCode() {
    return digits.hashCode() * 31 + version.hashCode();
  }

  /**
   * Returns the text form: the digits, followed by {@code @year} unless the version is KBLI 2020.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return version == KbliVersion.KBLI_2020 ? digits : digits + "@" + version.year();
  }
}
