package id.terampil.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount of Indonesian rupiah in whole rupiah, never negative: budget lines, grants, capital
 * and sales of a business. Arithmetic is exact and overflow-checked: a result that would exceed
 * {@link Long#MAX_VALUE} or fall below zero throws instead of wrapping.
 *
 * <p>The text form is Indonesian, {@code Rp 1.500.000} (dots group thousands);
 * {@link #parse(CharSequence)} reads it back and also accepts plain digits.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class Rupiah implements Comparable<Rupiah> {

  /** Zero rupiah. */
  public static final Rupiah ZERO = new Rupiah(0);

  /** The largest amount, {@link Long#MAX_VALUE} rupiah; arithmetic beyond it throws. */
  public static final Rupiah MAX = new Rupiah(Long.MAX_VALUE);

  // What read() returns for text that is not an amount (every amount is zero or more).
  private static final long NO_DIGITS = -1;
  private static final long NEGATIVE = -2;
  private static final long DECIMAL = -3;
  private static final long BAD_GROUPING = -4;
  private static final long NOT_A_DIGIT = -5;
  private static final long TOO_LARGE = -6;

  private final long amount;

  private Rupiah(long amount) {
    this.amount = amount;
  }

  /**
   * Returns the amount of {@code amount} whole rupiah.
   *
   * @param amount the amount, not negative
   * @return the amount, not null
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public static Rupiah of(long amount) {
    checkArgument(amount >= 0, "rupiah amount must not be negative: %s", amount);
    return amount == 0 ? ZERO : new Rupiah(amount);
  }

  /**
   * Returns {@code millions} million rupiah (juta).
   *
   * @param millions the number of millions, not negative
   * @return the amount, not null
   * @throws IllegalArgumentException if {@code millions} is negative
   * @throws ArithmeticException if the amount exceeds {@link #MAX}
   */
  public static Rupiah ofMillions(long millions) {
    checkArgument(millions >= 0, "rupiah millions must not be negative: %s", millions);
    if (millions > Long.MAX_VALUE / 1_000_000L) {
      throw new ArithmeticException(
          "rupiah amount overflows: " + millions + " million exceeds the largest amount " + MAX);
    }
    return of(millions * 1_000_000L);
  }

  /**
   * Returns the sum of {@code amounts}.
   *
   * @param amounts the amounts, not null, no null elements; may be empty
   * @return the sum, {@link #ZERO} for no amounts, not null
   * @throws ArithmeticException if the sum exceeds {@link #MAX}
   */
  public static Rupiah sum(Iterable<Rupiah> amounts) {
    checkNotNull(amounts, "amounts must not be null");
    Rupiah total = ZERO;
    for (Rupiah amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Parses {@code Rp 1.500.000}, {@code Rp1.500.000}, {@code Rp. 1.500.000}, {@code IDR 1500000}
   * or {@code 1500000}, ignoring surrounding whitespace and the case of the prefix. Dots, where
   * used, must group thousands; decimals (a comma) and signs are rejected.
   *
   * @param text the text, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the text is not such an amount or exceeds the range
   */
  public static Rupiah parse(CharSequence text) {
    checkNotNull(text, "rupiah text must not be null");
    long value = amountOf(text);
    if (value < 0) {
      throw new IllegalArgumentException(problemMessage(value));
    }
    return of(value);
  }

  /**
   * Reads an amount as {@link #parse(CharSequence)} does, returning empty instead of throwing;
   * the one entry point for untrusted text.
   *
   * @param text the text, not null
   * @return the amount, or empty if the text is not such an amount
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<Rupiah> read(CharSequence text) {
    checkNotNull(text, "amount text must not be null");
    long value = amountOf(text);
    return value < 0 ? Optional.empty() : Optional.of(of(value));
  }

  /** Reads the amount {@code text} writes, or returns one of the negative problem codes. */
  private static long amountOf(CharSequence text) {
    String s = text.toString().strip();
    if (s.regionMatches(true, 0, "Rp.", 0, 3)) {
      s = s.substring(3).stripLeading();
    } else if (s.regionMatches(true, 0, "Rp", 0, 2)) {
      s = s.substring(2).stripLeading();
    } else if (s.regionMatches(true, 0, "IDR", 0, 3)) {
      s = s.substring(3).stripLeading();
    }
    if (s.isEmpty()) {
      return NO_DIGITS;
    }
    if (s.charAt(0) == '-') {
      return NEGATIVE;
    }
    if (s.indexOf(',') >= 0) {
      return DECIMAL;
    }
    boolean grouped = s.indexOf('.') >= 0;
    long value = 0;
    int digitsSinceDot = 0;
    boolean sawDot = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '.') {
        if (!(i > 0 && (sawDot ? digitsSinceDot == 3 : digitsSinceDot <= 3))) {
          return BAD_GROUPING;
        }
        sawDot = true;
        digitsSinceDot = 0;
        continue;
      }
      if (ch < '0' || ch > '9') {
        return NOT_A_DIGIT;
      }
      digitsSinceDot++;
      int digit = ch - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        return TOO_LARGE;
      }
      value = value * 10 + digit;
    }
    return grouped && digitsSinceDot != 3 ? BAD_GROUPING : value;
  }

  /** The message of {@link #parse}'s exception for a problem code of {@link #read}. */
  private static String problemMessage(long problem) {
    if (problem == NO_DIGITS) {
      return "rupiah amount has no digits";
    } else if (problem == NEGATIVE) {
      return "rupiah amount must not be negative";
    } else if (problem == DECIMAL) {
      return "rupiah amount must be whole rupiah, without a decimal comma";
    } else if (problem == BAD_GROUPING) {
      return "rupiah amount must group thousands with dots, e.g. Rp 1.500.000";
    } else if (problem == NOT_A_DIGIT) {
      return "rupiah amount may hold only digits and dots";
    }
    return "rupiah amount is too large: the largest amount is " + MAX;
  }

  /**
   * Returns the amount in whole rupiah.
   *
   * @return the amount, not negative
   */
  public long amount() {
    return amount;
  }

  /**
   * Returns whether the amount is zero.
   *
   * @return true for zero rupiah
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Returns this amount plus {@code other}.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   * @throws ArithmeticException if the sum exceeds {@link #MAX}
   */
  public Rupiah plus(Rupiah other) {
    checkNotNull(other, "other amount must not be null");
    if (other.amount > Long.MAX_VALUE - amount) {
      throw new ArithmeticException(
          "rupiah sum overflows: " + this + " + " + other + " exceeds the largest amount " + MAX);
    }
    return of(amount + other.amount);
  }

  /**
   * Returns this amount minus {@code other}.
   *
   * @param other the amount to subtract, not null, not more than this amount
   * @return the difference, not null
   * @throws IllegalArgumentException if {@code other} is larger than this amount
   */
  public Rupiah minus(Rupiah other) {
    checkNotNull(other, "other amount must not be null");
    checkArgument(
        other.amount <= amount, "cannot subtract %s from %s: result would be negative", other, this);
    return of(amount - other.amount);
  }

  /**
   * Returns this amount times {@code factor}.
   *
   * @param factor the factor, not negative
   * @return the product, not null
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product exceeds {@link #MAX}
   */
  public Rupiah times(long factor) {
    checkArgument(factor >= 0, "factor must not be negative: %s", factor);
    if (factor != 0 && amount > Long.MAX_VALUE / factor) {
      throw new ArithmeticException(
          "rupiah product overflows: "
              + this
              + " x "
              + factor
              + " exceeds the largest amount "
              + MAX);
    }
    return of(amount * factor);
  }

  /**
   * Returns this amount divided by {@code divisor}, rounded to whole rupiah.
   *
   * @param divisor the divisor, positive
   * @param rounding how to round, not null
   * @return the quotient, not null
   * @throws IllegalArgumentException if {@code divisor} is not positive
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     division is not exact
   */
  public Rupiah dividedBy(long divisor, RoundingMode rounding) {
    checkArgument(divisor > 0, "divisor must be positive: %s", divisor);
    checkNotNull(rounding, "rounding must not be null");
    return of(
        BigDecimal.valueOf(amount)
            .divide(BigDecimal.valueOf(divisor), 0, rounding)
            .longValueExact());
  }

  /**
   * Returns this amount as a {@link BigDecimal} with scale 0.
   *
   * @return the amount, not null
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(amount);
  }

  @Override
  public int compareTo(Rupiah other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Rupiah && ((Rupiah) obj).amount == amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  /**
   * Returns the Indonesian text form, e.g. {@code Rp 1.500.000}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    String digits = Long.toString(amount);
    StringBuilder sb = new StringBuilder(digits.length() + 8).append("Rp ");
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      sb.append('.').append(digits, i, i + 3);
    }
    return sb.toString();
  }
}
