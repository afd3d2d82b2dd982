package id.terampil.core.program;

/**
 * The kind of a training program (jenis pelatihan).
 *
 * @since 0.1.0
 */
public enum ProgramKind {
  /** Job-skills training (pelatihan keterampilan kerja), e.g. at a BLK. */
  JOB_SKILLS,
  /** Entrepreneurship training (pelatihan kewirausahaan) for new or would-be businesses. */
  ENTREPRENEURSHIP,
  /**
   * Competency-based training (pelatihan berbasis kompetensi, Permenakertrans 8/2014) against
   * SKKNI units, usually ending in a competency assessment.
   */
  COMPETENCY_BASED,
  /**
   * Development of small industries and micro businesses (pengembangan usaha IKM / UMKM):
   * production processes, product quality, business management.
   */
  SMALL_INDUSTRY_DEVELOPMENT,
  /** Training in running an industry centre (pengelolaan sentra IKM) for its managers and staff. */
  INDUSTRY_CENTRE_MANAGEMENT,
  /** Apprenticeship (pemagangan) at a company. */
  APPRENTICESHIP,
  /** Any other kind. */
  OTHER
}
