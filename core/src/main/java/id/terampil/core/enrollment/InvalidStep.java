package id.terampil.core.enrollment;

import org.immutables.value.Value;

/**
 * The first invalid step of an enrollment history: its index, the event, the problem and a
 * message naming the statuses involved.
 *
 * <p>The problem carrier of a replayed enrollment history (data from another system): a history
 * is judged as a sequence, so the problem names the step where it breaks.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class InvalidStep {

  InvalidStep() {}

  static InvalidStep of(int index, EnrollmentEvent event, ReplayProblem problem, String message) {
    return ImmutableInvalidStep.builder()
        .index(index)
        .event(event)
        .problem(problem)
        .message(message)
        .build();
  }

  /**
   * Returns the zero-based index of the event in the history.
   *
   * @return the index, at least 0
   */
  public abstract int index();

  /**
   * Returns the invalid event.
   *
   * @return the event, not null
   */
  public abstract EnrollmentEvent event();

  /**
   * Returns the problem.
   *
   * @return the problem, not null
   */
  public abstract ReplayProblem problem();

  /**
   * Returns a message in English naming the step, the statuses and the problem.
   *
   * @return the message, not null
   */
  public abstract String message();

  /**
   * Returns the message.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message();
  }
}
