package id.terampil.core.enrollment;

/**
 * Why a step of an enrollment history is invalid, found by {@link Enrollment#tryReplay}.
 *
 * @since 0.1.0
 */
public enum ReplayProblem {
  /** The event's {@code from} is not the status the history had reached. */
  FROM_MISMATCH,
  /** The table of {@link EnrollmentTransitions} has no such transition. */
  ILLEGAL_TRANSITION,
  /** The transition requires a reason and the event has none. */
  REASON_MISSING,
  /** The event is dated before the previous event or before the application date. */
  DATE_OUT_OF_ORDER,
  /**
   * The transition requires proof of completion ({@link Transition#proofRequired()}) and the event
   * carries neither a completion nor a {@link ReasonCode#COMPLETION_OVERRIDE} reason.
   *
   * @since 0.1.0
   */
  COMPLETION_UNPROVEN,
  /**
   * The event's completion was decided for another participant or cohort.
   *
   * @since 0.1.0
   */
  COMPLETION_MISMATCH
}
