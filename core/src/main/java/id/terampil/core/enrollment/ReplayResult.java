package id.terampil.core.enrollment;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of {@link Enrollment#tryReplay}: either the rebuilt enrollment or the first invalid
 * step of the history, never both.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReplayResult {

  ReplayResult() {}

  static ReplayResult valid(Enrollment enrollment) {
    return ImmutableReplayResult.builder().enrollment(enrollment).build();
  }

  static ReplayResult invalid(InvalidStep step) {
    return ImmutableReplayResult.builder().invalidStep(step).build();
  }

  /**
   * Returns the rebuilt enrollment when the history is valid.
   *
   * @return the enrollment, or empty when the history is invalid
   */
  public abstract Optional<Enrollment> enrollment();

  /**
   * Returns the first invalid step when the history is invalid.
   *
   * @return the step, or empty when the history is valid
   */
  public abstract Optional<InvalidStep> invalidStep();

  /**
   * Returns whether the history is valid.
   *
   * @return true if {@link #enrollment()} is present
   */
  public final boolean isValid() {
    return enrollment().isPresent();
  }

  @Value.Check
  final void check() {
    if (enrollment().isPresent() == invalidStep().isPresent()) {
      throw new IllegalArgumentException("exactly one of enrollment and invalidStep must be set");
    }
  }
}
