package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * One row of the enrollment state machine: an allowed move from one {@link EnrollmentStatus} to
 * another, whether it needs a {@link StatusReason}, whether it needs proof of completion,
 * whether it re-opens a negative status, and the Indonesian term agencies use for it. The whole table is {@link
 * EnrollmentTransitions#table()}.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Transition {

  Transition() {}

  static Transition of(
      EnrollmentStatus from,
      EnrollmentStatus to,
      boolean reasonRequired,
      boolean proofRequired,
      boolean reopening,
      String indonesianTerm) {
    return ImmutableTransition.builder()
        .from(from)
        .to(to)
        .reasonRequired(reasonRequired)
        .proofRequired(proofRequired)
        .reopening(reopening)
        .indonesianTerm(indonesianTerm)
        .build();
  }

  /**
   * Returns the status the transition leaves.
   *
   * @return the status, not null
   */
  public abstract EnrollmentStatus from();

  /**
   * Returns the status the transition enters.
   *
   * @return the status, not null
   */
  public abstract EnrollmentStatus to();

  /**
   * Returns whether the transition must carry a reason; true for every transition into a
   * negative status, into the waitlist, and for every re-opening.
   *
   * @return whether a reason is required
   */
  public abstract boolean reasonRequired();

  /**
   * Returns whether the transition must carry proof that it was earned: a satisfied {@link
   * id.terampil.core.attendance.Completion} of the same participant and cohort, or a {@link
   * StatusReason} with {@link ReasonCode#COMPLETION_OVERRIDE} that records the decision. True for
   * the move into {@link EnrollmentStatus#COMPLETED} alone.
   *
   * @return whether proof of completion is required
   */
  public abstract boolean proofRequired();

  /**
   * Returns whether the transition re-opens a negative status (e.g. a wrong rejection).
   *
   * @return whether this is a re-opening
   */
  public abstract boolean reopening();

  /**
   * Returns the Indonesian term for the transition, e.g. "daftar ulang".
   *
   * @return the term, not null
   */
  public abstract String indonesianTerm();

  @Value.Check
  final void check() {
    checkArgument(from() != to(), "to must differ from from: %s", to());
    checkArgument(
        !to().isNegative() || reasonRequired(), "reasonRequired must hold into %s", to());
    checkArgument(
        !proofRequired() || !reasonRequired(),
        "proofRequired takes an override reason as one proof, so reasonRequired must not hold: %s",
        to());
    checkArgument(
        !reopening() || (from().isNegative() && reasonRequired()),
        "reopening must leave a negative status with a reason: %s",
        from());
  }

  /**
   * Returns the transition as {@code FROM -> TO (term)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return from() + " -> " + to() + " (" + indonesianTerm() + ")";
  }
}
