package id.terampil.core.classification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a competency unit (unit kompetensi) of an Indonesian national work-competency
 * standard (Standar Kompetensi Kerja Nasional Indonesia, SKKNI), in any of the four shapes in use.
 * Every shape ends with the unit's number within its standard (three digits, from 001) and the
 * unit's version:
 *
 * <ul>
 *   <li>{@link Format#SECTORAL}, the old sectoral codes, e.g. {@code TIK.SM01.001.01}: sector
 *       letters ({@code TIK}), sub-sector letters with the two-digit unit group ({@code SM01}; 01
 *       general, 02 core, 03 specific, 04 optional), unit number, two-digit version;
 *   <li>{@link Format#FORMAT_2012}, the format of Permenakertrans 8/2012, e.g. {@code
 *       J.620100.017.02}: the KBLI section letter ({@code J}), six digits made of the five-digit
 *       KBLI group (kelompok, {@code 62010}) and one digit that details it (penjabaran, 0 if none),
 *       unit number, two-digit version;
 *   <li>{@link Format#FIVE_DIGIT_KBLI}, the same with the five-digit KBLI group alone, e.g. {@code
 *       M.74100.001.02} (SKKNI Desain Grafis, used in BNSP certification schemes): section letter,
 *       KBLI group ({@code 74100}, specialised design activities), unit number, two-digit version;
 *   <li>{@link Format#FORMAT_2016}, the post-2016 format, e.g. {@code N.82ADM00.001.3}: section
 *       letter, the two-digit KBLI division (golongan pokok, {@code 82}), three letters naming the
 *       field ({@code ADM}), two digits, unit number, one-digit version.
 * </ul>
 *
 * <p>The KBLI digits are not checked against a KBLI edition: standards keep the code of the
 * edition they were written under. Codes are upper-case ASCII; {@link #parse(CharSequence)}
 * ignores surrounding whitespace and the text form is the code itself. Immutable, thread-safe and
 * value-based.
 *
 * @since 0.1.0
 */
public final class SkkniUnitCode implements Comparable<SkkniUnitCode> {

  /** The shape of an SKKNI unit code. */
  public enum Format {
    /** Old sectoral codes: sector letters, sub-sector letters and unit group, unit number, version. */
    SECTORAL,
    /** The 2012 format: KBLI section letter, six-digit KBLI group and detail, unit number, version. */
    FORMAT_2012,
    /**
     * The 2012 structure written with the five-digit KBLI group and no detail digit, e.g. {@code
     * M.74100.001.02}: section letter, five digits, unit number, two-digit version.
     */
    FIVE_DIGIT_KBLI,
    /** The post-2016 format: section letter, two digits, three letters, two digits, unit, version. */
    FORMAT_2016
  }

  /** The maximum length of an SKKNI unit code accepted by {@link #parse(CharSequence)}. */
  public static final int MAX_LENGTH = 24;

  private static final Pattern PATTERN_SECTORAL = Pattern.compile("[A-Z]{2,5}\\.[A-Z]{1,5}\\d{2}\\.\\d{3}\\.\\d{2}");
  private static final Pattern PATTERN_2012 = Pattern.compile("[A-U]\\.\\d{6}\\.\\d{3}\\.\\d{2}");
  private static final Pattern PATTERN_FIVE_DIGIT_KBLI = Pattern.compile("[A-U]\\.\\d{5}\\.\\d{3}\\.\\d{2}");
  private static final Pattern PATTERN_2016 = Pattern.compile("[A-U]\\.\\d{2}[A-Z]{3}\\d{2}\\.\\d{3}\\.\\d");

  private final String code;
  private final Format format;

  private SkkniUnitCode(String code, Format format) {
    this.code = code;
    this.format = format;
  }

  /**
   * Parses an SKKNI unit code in any of the four formats, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the code, not null
   * @throws IllegalArgumentException if the text matches none of the four formats
   */
  public static SkkniUnitCode parse(CharSequence text) {
    checkNotNull(text, "SKKNI unit code must not be null");
    String s = text.toString().strip();
    Optional<Format> format = formatOf(s);
    checkArgument(
        format.isPresent(),
        "SKKNI unit code must look like TIK.SM01.001.01, J.620100.017.02, M.74100.001.02 or"
            + " N.82ADM00.001.3: '%s'",
        s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) + "..." : s);
    return new SkkniUnitCode(s, format.get());
  }

  /**
   * Returns the format that {@code text} has, or empty if it is not an SKKNI unit code. Never
   * throws; surrounding whitespace is not allowed here.
   *
   * @param text the text to check, may be null
   * @return the format, or empty
   */
  public static Optional<Format> formatOf(@Nullable CharSequence text) {
    if (text == null || text.length() < 12 || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (PATTERN_2016.matcher(text).matches()) {
      return Optional.of(Format.FORMAT_2016);
    }
    if (PATTERN_2012.matcher(text).matches()) {
      return Optional.of(Format.FORMAT_2012);
    }
    if (PATTERN_FIVE_DIGIT_KBLI.matcher(text).matches()) {
      return Optional.of(Format.FIVE_DIGIT_KBLI);
    }
    if (PATTERN_SECTORAL.matcher(text).matches()) {
      return Optional.of(Format.SECTORAL);
    }
    return Optional.empty();
  }

  /**
   * Returns the format of this code.
   *
   * @return the format, not null
   */
  public Format format() {
    return format;
  }

  @Override
  public int compareTo(SkkniUnitCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SkkniUnitCode && ((SkkniUnitCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code text.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
