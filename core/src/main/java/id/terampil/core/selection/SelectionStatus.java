package id.terampil.core.selection;

/**
 * Where an application ended up in a {@link SelectionResult}.
 *
 * @since 0.1.0
 */
public enum SelectionStatus {
  /** Given a seat (diterima). */
  SELECTED,
  /**
   * Eligible, without a seat, and on the published waitlist of a cohort of their choices (daftar
   * tunggu / cadangan); see {@link SelectionResult#waitlist}.
   */
  WAITLISTED,
  /**
   * Not selected and not on a published waitlist (ditolak / tidak lolos). Ranked applicants
   * rejected with {@link SelectionReason#NO_SEATS} or {@link SelectionReason#QUOTA_FULL} stay in
   * the {@linkplain SelectionResult#promotionPool() promotion pool} and may still be promoted.
   */
  REJECTED,
  /** Was selected, then gave the seat up (mengundurkan diri / tidak daftar ulang). */
  RELEASED
}
