package id.terampil.core.attendance;

/**
 * A participant's attendance at one training session (tanda kehadiran).
 *
 * @since 0.1.0
 */
public enum AttendanceMark {
  /** Present (hadir). */
  PRESENT("hadir"),
  /** Absent with permission or sick leave (izin / sakit). */
  EXCUSED("izin"),
  /** Absent without notice (alpa / tanpa keterangan). */
  ABSENT("alpa");

  private final String indonesianTerm;

  AttendanceMark(String indonesianTerm) {
    this.indonesianTerm = indonesianTerm;
  }

  /**
   * Returns the Indonesian term, as on an attendance list (daftar hadir).
   *
   * @return the term, not null
   */
  public String indonesianTerm() {
    return indonesianTerm;
  }
}
