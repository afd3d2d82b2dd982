package id.terampil.core.enrollment;

/**
 * The stable code of a {@link StatusReason}, the reason an enrollment entered a status (alasan).
 * The names are stable and may be stored; {@link #OTHER} needs a note.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  /** Does not meet the eligibility policy (tidak memenuhi syarat). */
  INELIGIBLE("tidak memenuhi syarat"),
  /** No seat left in the cohort or in a quota (kuota penuh). */
  QUOTA_FULL("kuota penuh"),
  /** Already registered in this or an overlapping cohort (terdaftar ganda). */
  DUPLICATE("terdaftar ganda"),
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
  /** Any other reason, described in the note (lainnya). */
  OTHER("lainnya");

  private final String indonesianTerm;

  ReasonCode(String indonesianTerm) {
    this.indonesianTerm = indonesianTerm;
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
