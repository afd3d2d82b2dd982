package id.terampil.core.attendance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact, non-negative fraction such as an attendance rate of 2/3, kept in lowest terms so that
 * equality is equality of value ({@code 4/6} equals {@code 2/3}).
 *
 * <p>No floating point: compare with {@link #compareTo} or {@link #isAtLeast}, and convert with
 * {@link #toBigDecimal(int, RoundingMode)} or {@link #toPercent(int, RoundingMode)} only for
 * display. The text form is {@code numerator/denominator} and {@link #parse(CharSequence)} reads
 * it back. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class Ratio implements Comparable<Ratio> {

  /** Zero, {@code 0/1}. */
  public static final Ratio ZERO = new Ratio(0, 1);

  /** One, {@code 1/1}: e.g. "every session". */
  public static final Ratio ONE = new Ratio(1, 1);

  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator, at least 0
   * @param denominator the denominator, at least 1
   * @return the ratio, not null
   * @throws IllegalArgumentException if the numerator is negative or the denominator is not
   *     positive
   */
  public static Ratio of(long numerator, long denominator) {
    checkArgument(numerator >= 0, "numerator must not be negative: %s", numerator);
    checkArgument(denominator > 0, "denominator must be positive: %s", denominator);
    long gcd = gcd(numerator, denominator);
    return new Ratio(numerator / gcd, denominator / gcd);
  }

  /**
   * Returns {@code percent / 100}, e.g. {@code ofPercent(80)} is 4/5.
   *
   * @param percent the percentage, at least 0
   * @return the ratio, not null
   * @throws IllegalArgumentException if {@code percent} is negative
   */
  public static Ratio ofPercent(long percent) {
    checkArgument(percent >= 0, "percent must not be negative: %s", percent);
    return of(percent, 100);
  }

  /**
   * Parses the text form {@code n/d}, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if the text is not two non-negative integers separated by
   *     {@code /}, or the denominator is 0
   */
  public static Ratio parse(CharSequence text) {
    checkNotNull(text, "ratio text must not be null");
    String s = text.toString().strip();
    int slash = s.indexOf('/');
    checkArgument(
        slash > 0 && slash < s.length() - 1 && digitsOnly(s, 0, slash) && digitsOnly(s, slash + 1, s.length()),
        "ratio must have the form numerator/denominator: %s",
        s);
    try {
      return of(Long.parseLong(s.substring(0, slash)), Long.parseLong(s.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("ratio terms must fit in a long: " + s, e);
    }
  }

  private static boolean digitsOnly(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /**
   * Returns the numerator in lowest terms.
   *
   * @return the numerator, at least 0
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator in lowest terms.
   *
   * @return the denominator, at least 1
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns whether this ratio is at least {@code other}, compared exactly.
   *
   * @param other the other ratio, not null
   * @return whether {@code this >= other}
   */
  public boolean isAtLeast(Ratio other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns the value as a decimal with {@code scale} fraction digits.
   *
   * @param scale the number of fraction digits, at least 0
   * @param rounding the rounding mode, not null
   * @return the decimal, not null
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    checkArgument(scale >= 0, "scale must not be negative: %s", scale);
    checkNotNull(rounding, "rounding must not be null");
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * Returns the value in percent with {@code scale} fraction digits, e.g. 2/3 is 66.67 at scale 2
   * with {@link RoundingMode#HALF_UP}.
   *
   * @param scale the number of fraction digits, at least 0
   * @param rounding the rounding mode, not null
   * @return the percentage, not null
   * @throws IllegalArgumentException if {@code scale} is negative
   */
  public BigDecimal toPercent(int scale, RoundingMode rounding) {
    checkArgument(scale >= 0, "scale must not be negative: %s", scale);
    checkNotNull(rounding, "rounding must not be null");
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * Compares the values exactly (by cross-multiplication without overflow).
   *
   * @param other the other ratio, not null
   * @return negative, zero or positive as this is less than, equal to or greater than {@code
   *     other}
   */
  @Override
  public int compareTo(Ratio other) {
    long lh = Math.multiplyHigh(numerator, other.denominator);
    long rh = Math.multiplyHigh(other.numerator, denominator);
    if (lh != rh) {
      return Long.compare(lh, rh);
    }
    return Long.compareUnsigned(numerator * other.denominator, other.numerator * denominator);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Ratio
        && ((Ratio) obj).numerator == numerator
        && ((Ratio) obj).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * Returns the text form, e.g. {@code 2/3}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
