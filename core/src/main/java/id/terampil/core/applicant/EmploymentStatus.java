package id.terampil.core.applicant;

/**
 * An applicant's employment status (status pekerjaan) at registration.
 *
 * @since 0.1.0
 */
public enum EmploymentStatus {
  /** Not working and looking for work (pencari kerja / menganggur). */
  UNEMPLOYED,
  /** Lost a job through a lay-off (korban PHK), not yet working again. */
  LAID_OFF,
  /** Employed by someone else for a wage or salary (buruh / karyawan / pegawai swasta). */
  EMPLOYED,
  /** Casual or daily worker (pekerja lepas / harian). */
  CASUAL_WORKER,
  /** Running one's own business (wirausaha / berusaha sendiri). */
  SELF_EMPLOYED,
  /** Managing the household (mengurus rumah tangga). */
  HOMEMAKER,
  /** In formal education (pelajar / mahasiswa). */
  STUDENT,
  /** Civil servant, soldier or police officer (ASN, TNI, Polri). */
  CIVIL_SERVANT,
  /** Retired (pensiunan). */
  RETIRED
}
