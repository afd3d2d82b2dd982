package id.terampil.core.selection;

/**
 * The stable reason of a {@link SelectionOutcome}. The names are part of the API and are never
 * renamed.
 *
 * @since 0.1.0
 */
public enum SelectionReason {
  /** Selected in rank order. */
  SELECTED(SelectionStatus.SELECTED),
  /** Selected into a seat reserved for one of the applicant's target groups. */
  SELECTED_RESERVED(SelectionStatus.SELECTED),
  /** Selected from the promotion pool after a seat was released. */
  PROMOTED(SelectionStatus.SELECTED),
  /**
   * No seat is left in any cohort chosen: waitlisted, or rejected when beyond the waitlist of every
   * cohort chosen (still in the promotion pool, so a later release may promote them).
   */
  NO_SEATS(SelectionStatus.WAITLISTED, SelectionStatus.REJECTED),
  /**
   * A quota of the applicant's region is full now: rejected and not on any waitlist, but still in
   * the promotion pool (a seat released in that region may be theirs).
   */
  QUOTA_FULL(SelectionStatus.REJECTED),
  /** Not eligible; the outcome lists the unmet eligibility rules. */
  INELIGIBLE(SelectionStatus.REJECTED),
  /**
   * Another application with the same NIK was registered earlier, or at the same time with a lower
   * application number, or is equal to this one and was kept.
   */
  DUPLICATE_NIK(SelectionStatus.REJECTED),
  /**
   * Applications with the same NIK, registered at the same earliest time, differ and no application
   * number orders them: none of them is ranked until the conflict is resolved (e.g. one of them is
   * withdrawn, or the office numbers them).
   */
  DUPLICATE_NIK_CONFLICT(SelectionStatus.REJECTED),
  /** None of the cohorts chosen is offered by the policy. */
  COHORT_NOT_OFFERED(SelectionStatus.REJECTED),
  /** The selected applicant gave the seat up. */
  SEAT_RELEASED(SelectionStatus.RELEASED);

  private final SelectionStatus status;
  private final SelectionStatus otherStatus;

  SelectionReason(SelectionStatus status) {
    this(status, status);
  }

  SelectionReason(SelectionStatus status, SelectionStatus otherStatus) {
    this.status = status;
    this.otherStatus = otherStatus;
  }

  /**
   * Returns whether an outcome of {@code status} may carry this reason.
   *
   * @param status the status, not null
   * @return true if the reason explains that status
   */
  public boolean explains(SelectionStatus status) {
    return this.status == status || otherStatus == status;
  }
}
