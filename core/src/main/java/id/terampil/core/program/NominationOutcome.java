package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.identity.CohortId;
import org.jspecify.annotations.Nullable;

/**
 * What became of one {@link Nomination}: admitted to a seat, or refused with the reason.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class NominationOutcome {

  /** Whether a nominee takes a seat, and if not, why. */
  public enum Status {
    /** Admitted: eligible, and a seat was free. */
    ADMITTED,
    /** Refused by the cohort's admission; {@link #decision()} holds every unmet rule. */
    INELIGIBLE,
    /** Eligible, but every seat was taken by nominees listed before. */
    NO_SEAT,
    /** The same person was nominated earlier in the list. */
    DUPLICATE_NIK
  }

  private final CohortId cohort;
  private final Nomination nomination;
  private final Status status;
  private final EligibilityDecision decision;

  NominationOutcome(
      CohortId cohort, Nomination nomination, Status status, EligibilityDecision decision) {
    this.cohort = checkNotNull(cohort);
    this.nomination = checkNotNull(nomination);
    this.status = checkNotNull(status);
    this.decision = checkNotNull(decision);
    checkArgument(
        decision.isEligible() == (status != Status.INELIGIBLE),
        "a decision is ineligible exactly for INELIGIBLE: %s",
        status);
  }

  /**
   * Returns the cohort nominated into.
   *
   * @return the cohort id, not null
   */
  public CohortId cohort() {
    return cohort;
  }

  /**
   * Returns the nomination.
   *
   * @return the nomination, not null
   */
  public Nomination nomination() {
    return nomination;
  }

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the admission's decision: ineligible with every unmet rule exactly when the status is
   * {@link Status#INELIGIBLE}.
   *
   * @return the decision, not null
   */
  public EligibilityDecision decision() {
    return decision;
  }

  /**
   * Returns whether the nominee takes a seat.
   *
   * @return whether the status is {@link Status#ADMITTED}
   */
  public boolean isAdmitted() {
    return status == Status.ADMITTED;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof NominationOutcome)) {
      return false;
    }
    NominationOutcome that = (NominationOutcome) obj;
    return cohort.equals(that.cohort)
        && nomination.equals(that.nomination)
        && status == that.status
        && decision.equals(that.decision);
  }

  @Override
  public int hashCode() {
    return ((cohort.hashCode() * 31 + nomination.hashCode()) * 31 + status.hashCode()) * 31
        + decision.hashCode();
  }

  /**
   * Returns the nomination, the status and any unmet rules.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "NominationOutcome{" + cohort + ", " + nomination + ", " + status
        + (decision.isEligible() ? "" : ", " + decision) + "}";
  }
}
