package id.terampil.core.enrollment;

/**
 * The status of one person's enrollment in one cohort (status peserta). The allowed moves between
 * statuses are the public table {@link EnrollmentTransitions#table()}.
 *
 * <p>The negative statuses ({@link #isNegative()}) are entered only with a {@link StatusReason},
 * and each of them can be left again by exactly one re-opening transition (e.g. a wrongly
 * rejected applicant is re-opened to {@link #APPLIED}); {@link #COMPLETED} is the only final
 * status.
 *
 * @since 0.1.0
 */
public enum EnrollmentStatus {
  /** Applied and awaiting selection (mendaftar). */
  APPLIED("mendaftar", false),
  /** Selected for a seat, not yet re-registered (lolos seleksi / diterima). */
  SELECTED("lolos seleksi", false),
  /** On the ordered waitlist, promoted when a seat is released (daftar tunggu / cadangan). */
  WAITLISTED("daftar tunggu", false),
  /** Not selected, e.g. ineligible, duplicate or quota full (tidak lolos / ditolak). */
  REJECTED("tidak lolos", true),
  /** Re-registration confirmed before the deadline (sudah daftar ulang). */
  ENROLLED("daftar ulang", false),
  /** Attending the training (peserta aktif / mengikuti pelatihan). */
  ACTIVE("mengikuti pelatihan", false),
  /** Finished the training and met its completion rule (lulus / selesai). */
  COMPLETED("lulus", false),
  /** Attended to the end but did not meet the completion rule (tidak lulus). */
  NOT_COMPLETED("tidak lulus", true),
  /** Left during the training (putus di tengah pelatihan). */
  DROPPED_OUT("putus pelatihan", true),
  /** Withdrew before the training started (mengundurkan diri). */
  WITHDRAWN("mengundurkan diri", true),
  /** Selected but did not re-register by the deadline, or did not show up (gugur). */
  LAPSED("gugur", true),
  /** Expelled or excluded by the organizer, e.g. misconduct or a duplicate found (dikeluarkan). */
  EXCLUDED("dikeluarkan", true);

  private final String indonesianTerm;
  private final boolean negative;

  EnrollmentStatus(String indonesianTerm, boolean negative) {
    this.indonesianTerm = indonesianTerm;
    this.negative = negative;
  }

  /**
   * Returns the Indonesian term used by training agencies for this status.
   *
   * @return the term, not null
   */
  public String indonesianTerm() {
    return indonesianTerm;
  }

  /**
   * Returns whether this status is negative: entered only with a reason, left only by re-opening.
   *
   * @return true for rejected, not completed, dropped out, withdrawn, lapsed and excluded
   */
  public boolean isNegative() {
    return negative;
  }

  /**
   * Returns whether no transition leaves this status; only {@link #COMPLETED} is final.
   *
   * @return true for {@link #COMPLETED}
   */
  public boolean isFinal() {
    return this == COMPLETED;
  }
}
