package id.terampil.core.classification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code of a competency unit (unit kompetensi) of an Indonesian national work-competency
 * standard (Standar Kompetensi Kerja Nasional Indonesia, SKKNI), in any of the three shapes in
 * use:
 *
 * <ul>
 *   <li>{@link Format#SECTORAL}: old sectoral codes, e.g. {@code TIK.SM01.001.01};
 *   <li>{@link Format#FORMAT_2012}: the 2012 format built on a six-digit KBLI class, e.g. {@code
 *       J.620100.017.02};
 *   <li>{@link Format#FORMAT_2016}: the post-2016 format, e.g. {@code N.82ADM00.001.3}.
 * </ul>
 *
 * <p>Codes are upper-case ASCII; {@link #parse(CharSequence)} ignores surrounding whitespace and
 * the text form is the code itself. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class SkkniUnitCode implements Comparable<SkkniUnitCode> {

  /** The shape of an SKKNI unit code. */
  public enum Format {
    /** Old sectoral codes: sector letters, sub-sector, unit number and version. */
    SECTORAL,
    /** The 2012 format: KBLI section letter, six-digit class, unit number and version. */
    FORMAT_2012,
    /** The post-2016 format: section letter, two digits, three letters, two digits, unit, version. */
    FORMAT_2016
  }

  /** The maximum length of an SKKNI unit code accepted by {@link #parse(CharSequence)}. */
  public static final int MAX_LENGTH = 24;

  private static final Pattern PATTERN_SECTORAL = Pattern.compile("[A-Z]{2,5}\\.[A-Z]{1,5}\\d{2}\\.\\d{3}\\.\\d{2}");
  private static final Pattern PATTERN_2012 = Pattern.compile("[A-U]\\.\\d{6}\\.\\d{3}\\.\\d{2}");
  private static final Pattern PATTERN_2016 = Pattern.compile("[A-U]\\.\\d{2}[A-Z]{3}\\d{2}\\.\\d{3}\\.\\d");

  private final String code;
  private final Format format;

  private SkkniUnitCode(String code, Format format) {
    this.code = code;
    this.format = format;
  }

  /**
   * Parses an SKKNI unit code in any of the three formats, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the code, not null
   * @throws IllegalArgumentException if the text matches none of the three formats
   */
  public static SkkniUnitCode parse(CharSequence text) {
    checkNotNull(text, "SKKNI unit code must not be null");
    String s = text.toString().strip();
    Optional<Format> format = formatOf(s);
    checkArgument(
        format.isPresent(),
        "SKKNI unit code must look like TIK.SM01.001.01, J.620100.017.02 or N.82ADM00.001.3: '%s'",
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
