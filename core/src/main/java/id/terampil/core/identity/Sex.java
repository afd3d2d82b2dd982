package id.terampil.core.identity;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.internal.Wording;
import java.util.Optional;

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

  /**
   * Reads a sex as forms and rosters write it, ignoring case and spaces: the code {@code L} or
   * {@code P}, the KTP's {@code LAKI-LAKI} (also {@code LAKI LAKI}) or {@code PEREMPUAN}, {@code
   * PRIA} or {@code WANITA}, or the constant's name. Anything else is no sex: an unknown value is
   * never guessed.
   *
   * @param text the text, not null
   * @return the sex, or empty if the text is none of these
   */
  public static Optional<Sex> read(CharSequence text) {
    return Optional.ofNullable(BY_WORDING.get(Wording.key(text)));
  }

  private static final ImmutableMap<String, Sex> BY_WORDING = byWording();

  private static ImmutableMap<String, Sex> byWording() {
    ImmutableMap.Builder<String, Sex> b = Wording.byName(values());
    Wording.put(b, MALE, "L", "LAKI-LAKI", "LAKI LAKI", "LAKILAKI", "PRIA");
    Wording.put(b, FEMALE, "P", "PEREMPUAN", "WANITA");
    return b.buildOrThrow();
  }
}
