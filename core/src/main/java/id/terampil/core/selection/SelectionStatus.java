package id.terampil.core.selection;

/**
 * Where an application ended up in a {@link SelectionResult}.
 *
 * @since 0.1.0
 */
public enum SelectionStatus {
  /** Given a seat (diterima). */
  SELECTED,
  /** Eligible and waiting for a seat (daftar tunggu / cadangan), in rank order. */
  WAITLISTED,
  /** Not selected and not waiting (ditolak / tidak lolos). */
  REJECTED,
  /** Was selected, then gave the seat up (mengundurkan diri / tidak daftar ulang). */
  RELEASED
}
