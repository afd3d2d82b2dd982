package id.terampil.core.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What reading a text gave: the value, or the one named problem that kept the text from being
 * one. Returned by the {@code read} methods of the types whose text can fail in more than one way
 * worth telling apart, e.g. {@code Nik.read} and {@code PersonName.read}; a caller checks the text
 * once and gets either answer from that one call.
 *
 * <pre>{@code
 * Reading<Nik, NikProblem> nik = Nik.read(text);
 * if (nik.isValue()) { ... nik.value().orElseThrow() ... } else { ... nik.problem() ... }
 * }</pre>
 *
 * @param <T> the type of the value
 * @param <P> the type of the problem, usually an enum of the rules the text may break
 * @since 0.1.0
 */
public final class Reading<T, P> {

  private final @Nullable T value;
  private final @Nullable P problem;

  private Reading(@Nullable T value, @Nullable P problem) {
    this.value = value;
    this.problem = problem;
  }

  /**
   * Returns the reading of a text that is {@code value}.
   *
   * @param value the value, not null
   * @param <T> the type of the value
   * @param <P> the type of the problem
   * @return the reading, not null
   */
  public static <T, P> Reading<T, P> of(T value) {
    return new Reading<>(checkNotNull(value, "value must not be null"), null);
  }

  /**
   * Returns the reading of a text that breaks a rule.
   *
   * @param problem the first rule the text breaks, not null
   * @param <T> the type of the value
   * @param <P> the type of the problem
   * @return the reading, not null
   */
  public static <T, P> Reading<T, P> failed(P problem) {
    return new Reading<>(null, checkNotNull(problem, "problem must not be null"));
  }

  /**
   * Returns whether the text was a value.
   *
   * @return true if {@link #value()} is present, false if {@link #problem()} is
   */
  public boolean isValue() {
    return value != null;
  }

  /**
   * Returns the value, if the text was one.
   *
   * @return the value, or empty if the text broke a rule
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the rule the text broke, if any.
   *
   * @return the problem, or empty if the text was a value
   */
  public Optional<P> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the value, for a caller that has checked {@link #isValue()}.
   *
   * @return the value, not null
   * @throws IllegalStateException naming the problem if the text broke a rule
   */
  public T orElseThrow() {
    checkState(value != null, "the text is no value: %s", problem);
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Reading
        && Objects.equals(value, ((Reading<?, ?>) other).value)
        && Objects.equals(problem, ((Reading<?, ?>) other).problem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, problem);
  }

  /** Returns {@code Reading[value]} or {@code Reading[problem: P]}; a value shows as its own text does. */
  @Override
  public String toString() {
    return value != null ? "Reading[" + value + "]" : "Reading[problem: " + problem + "]";
  }
}
