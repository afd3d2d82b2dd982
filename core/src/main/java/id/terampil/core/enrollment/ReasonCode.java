package id.terampil.core.enrollment;

import id.terampil.core.program.NominationOutcome;
import id.terampil.core.selection.SelectionReason;
import java.util.Optional;

/**
 * The stable code of a {@link StatusReason}, the reason an enrollment entered a status (alasan).
 * The names are stable and may be stored; {@link #OTHER} and {@link #COMPLETION_OVERRIDE} need a
 * note ({@link #requiresNote()}). {@link
 * #ofSelection(SelectionReason)} is the one table from selection's reasons to these codes, {@link
 * #ofNomination} the one from a nomination's status.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  /** Does not meet the eligibility policy (tidak memenuhi syarat). */
  INELIGIBLE("tidak memenuhi syarat"),
  /** The quota of the applicant's region is full (kuota penuh). */
  QUOTA_FULL("kuota penuh"),
  /** No seat left in any cohort chosen (daya tampung penuh). */
  NO_SEATS("daya tampung penuh"),
  /** Already registered in this or an overlapping cohort (terdaftar ganda). */
  DUPLICATE("terdaftar ganda"),
  /**
   * Registered twice at the same time with different data, and nothing says which counts
   * (pendaftaran ganda berbeda data).
   */
  DUPLICATE_CONFLICT("pendaftaran ganda berbeda data"),
  /** The cohort chosen is not open to registration (angkatan tidak dibuka). */
  COHORT_NOT_OFFERED("angkatan tidak dibuka"),
  /** Required documents missing or invalid (berkas tidak lengkap). */
  INCOMPLETE_DOCUMENTS("berkas tidak lengkap"),
  /** Did not re-register by the deadline (tidak daftar ulang). */
  MISSED_RE_REGISTRATION("tidak daftar ulang"),
  /** Absent without notice, e.g. never showed up (tidak hadir). */
  ABSENT("tidak hadir"),
  /** Moved out of the served region (pindah domisili). */
  MOVED_AWAY("pindah domisili"),
  /** Found work (sudah bekerja). */
  FOUND_WORK("sudah bekerja"),
  /** Illness (sakit). */
  ILLNESS("sakit"),
  /** Family or personal matters (urusan keluarga / pribadi). */
  PERSONAL("urusan pribadi"),
  /** Breach of the training rules (pelanggaran tata tertib). */
  MISCONDUCT("pelanggaran tata tertib"),
  /** Attendance below the completion rule's minimum (kehadiran kurang). */
  ATTENDANCE_BELOW_MINIMUM("kehadiran kurang"),
  /** Assessed not yet competent (belum kompeten). */
  NOT_YET_COMPETENT("belum kompeten"),
  /** The waitlist was closed when the training started (daftar tunggu ditutup). */
  WAITLIST_CLOSED("daftar tunggu ditutup"),
  /** The cohort was cancelled (angkatan dibatalkan). */
  COHORT_CANCELLED("angkatan dibatalkan"),
  /** Re-opened: the earlier decision was wrong (keputusan dikoreksi). */
  WRONGLY_DECIDED("keputusan dikoreksi"),
  /** Re-opened: the earlier status was a data-entry error (salah input). */
  RECORDING_ERROR("salah input"),
  /** Re-opened: a deadline was extended (tenggat diperpanjang). */
  DEADLINE_EXTENDED("tenggat diperpanjang"),
  /** Re-opened: re-admitted after an appeal or return (diterima kembali). */
  READMITTED("diterima kembali"),
  /** Re-opened: remedial session or re-assessment granted (uji ulang). */
  REASSESSMENT("uji ulang"),
  /**
   * Completed by a recorded decision instead of a satisfied completion (kelulusan ditetapkan), e.g.
   * recognition of prior learning or a lost attendance sheet; the note says who decided and why.
   * The only reason {@link Enrollment#completeByOverride} accepts.
   */
  COMPLETION_OVERRIDE("kelulusan ditetapkan", true),
  /** Any other reason, described in the note (lainnya). */
  OTHER("lainnya", true);

  private final String indonesianTerm;
  private final boolean requiresNote;

  ReasonCode(String indonesianTerm) {
    this(indonesianTerm, false);
  }

  ReasonCode(String indonesianTerm, boolean requiresNote) {
    this.indonesianTerm = indonesianTerm;
    this.requiresNote = requiresNote;
  }

  /**
   * Returns whether a {@link StatusReason} with this code must carry a note.
   *
   * @return true for {@link #OTHER} and {@link #COMPLETION_OVERRIDE}
   */
  public boolean requiresNote() {
    return requiresNote;
  }

  /**
   * Returns the enrollment reason for a selection outcome's reason: the one table between the two.
   * Empty where the enrollment step takes no reason from selection: the selected ({@link
   * Enrollment#select} takes none) and {@link SelectionReason#SEAT_RELEASED} (the reason is why
   * the participant left, e.g. {@link #MISSED_RE_REGISTRATION}, which the caller knows).
   *
   * @param reason the selection reason, not null
   * @return the code for waitlisting or rejecting with that reason, or empty
   */
  public static Optional<ReasonCode> ofSelection(SelectionReason reason) {
    // A switch expression without default: a new SelectionReason does not compile until mapped.
    return Optional.ofNullable(
        switch (reason) {
          case SELECTED, SELECTED_RESERVED, PROMOTED, SEAT_RELEASED -> null;
          case NO_SEATS -> NO_SEATS;
          case QUOTA_FULL -> QUOTA_FULL;
          case INELIGIBLE -> INELIGIBLE;
          case DUPLICATE_NIK -> DUPLICATE;
          case DUPLICATE_NIK_CONFLICT -> DUPLICATE_CONFLICT;
          case COHORT_NOT_OFFERED -> COHORT_NOT_OFFERED;
        });
  }

  /**
   * Returns the enrollment reason for a nomination's status, beside {@link #ofSelection}: empty for
   * an admitted nominee ({@link Enrollment#select} takes none).
   *
   * @param status the nomination status, not null
   * @return the code for rejecting with that status, or empty
   */
  public static Optional<ReasonCode> ofNomination(NominationOutcome.Status status) {
    return Optional.ofNullable(
        switch (status) {
          case ADMITTED -> null;
          case INELIGIBLE -> INELIGIBLE;
          case NO_SEAT -> NO_SEATS;
          case DUPLICATE_NIK -> DUPLICATE;
        });
  }

  /**
   * Returns the Indonesian term for this reason.
   *
   * @return the term, not null
   */
  public String indonesianTerm() {
    return indonesianTerm;
  }
}
