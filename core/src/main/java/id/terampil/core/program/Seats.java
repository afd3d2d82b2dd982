package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * The number of seats of a cohort (kuota / daya tampung): an exact number, or a range where a
 * source gives one ("antara 25 hingga 30 orang"). {@link #max()} is the hard capacity that
 * selection and enrollment must not exceed; {@link #min()} is the number the organizer aims to
 * fill at least.
 *
 * <p>Both bounds are positive and {@code min <= max}; a range with {@code min == max} is the same
 * value as the exact number. The text form is {@code 40} or {@code 25-30}, and {@link
 * #parse(CharSequence)} reads it back.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class Seats {

  private final int min;
  private final int max;

  private Seats(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Returns exactly {@code seats} seats.
   *
   * @param seats the number of seats, positive
   * @return the seats, not null
   * @throws IllegalArgumentException if {@code seats} is not positive
   */
  public static Seats exactly(int seats) {
    checkArgument(seats > 0, "seats must be positive: %s", seats);
    return new Seats(seats, seats);
  }

  /**
   * Returns a range of {@code min} to {@code max} seats, both inclusive.
   *
   * @param min the lower bound, positive
   * @param max the upper bound (hard capacity), at least {@code min}
   * @return the seats, not null
   * @throws IllegalArgumentException if {@code min} is not positive or {@code max < min}
   */
  public static Seats between(int min, int max) {
    checkArgument(min > 0, "seats min must be positive: %s", min);
    checkArgument(max >= min, "seats max must not be less than seats min %s: %s", min, max);
    return new Seats(min, max);
  }

  /**
   * Parses the text form {@code N} or {@code MIN-MAX}, ignoring surrounding whitespace.
   *
   * @param text the text, not null
   * @return the seats, not null
   * @throws IllegalArgumentException if the text is not of that form or the bounds are invalid
   */
  public static Seats parse(CharSequence text) {
    checkNotNull(text, "seats must not be null");
    String s = text.toString().strip();
    int dash = s.indexOf('-');
    if (dash < 0) {
      return exactly(number(s));
    }
    return between(number(s.substring(0, dash)), number(s.substring(dash + 1)));
  }

  private static int number(String s) {
    checkArgument(
        !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(c -> c >= '0' && c <= '9'),
        "seats must be a number of 1 to 9 ASCII digits or a range MIN-MAX: '%s'",
        s.length() > 20 ? s.substring(0, 20) + "..." : s);
    return Integer.parseInt(s);
  }

  /**
   * Returns the lower bound; equal to {@link #max()} for an exact number.
   *
   * @return the lower bound, positive
   */
  public int min() {
    return min;
  }

  /**
   * Returns the upper bound: the hard capacity.
   *
   * @return the capacity, positive
   */
  public int max() {
    return max;
  }

  /**
   * Returns whether one more person may take a seat when {@code taken} seats are already taken:
   * the one seat rule of a cohort, which selection, nomination and the enrollment-roster check all
   * call. {@link #max()} is the hard capacity.
   *
   * @param taken the seats already taken, not negative
   * @return whether {@code taken < max()}
   * @throws IllegalArgumentException if {@code taken} is negative
   */
  public boolean hasRoomAfter(int taken) {
    checkArgument(taken >= 0, "seats taken must not be negative: %s", taken);
    return taken < max;
  }

  /**
   * Returns whether this is an exact number ({@code min == max}).
   *
   * @return whether the bounds are equal
   */
  public boolean isExact() {
    return min == max;
  }

  /**
   * Returns the sum of these seats and {@code other}, bound by bound: the seats of two cohorts
   * together.
   *
   * @param other the seats to add, not null
   * @return the sum, not null
   * @throws ArithmeticException if a bound overflows {@code int}
   */
  public Seats plus(Seats other) {
    checkNotNull(other, "other seats must not be null");
    return new Seats(Math.addExact(min, other.min), Math.addExact(max, other.max));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Seats && ((Seats) obj).min == min && ((Seats) obj).max == max;
  }

  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /**
   * Returns the text form: {@code 40} for an exact number, {@code 25-30} for a range.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return isExact() ? Integer.toString(max) : min + "-" + max;
  }
}
