package id.terampil.validation;

import id.terampil.validation.code.FindingCode;

/**
 * What a roster checked by a {@link BatchValidator} holds, and so which rules apply to it.
 *
 * @since 0.1.0
 */
public enum RosterKind {
  /**
   * Applications before selection (daftar pendaftar): the record checks, each cohort's admission
   * and the duplicates across records. No seat rule: a cohort may receive more applications than
   * it has seats, and the selection decides who takes them.
   */
  APPLICATIONS,
  /**
   * People who took seats (daftar peserta), after selection or nomination: everything an {@link
   * #APPLICATIONS} roster is checked for, and the cohort's seat rule ({@link
   * id.terampil.core.program.Seats#hasRoomAfter(int)}): records beyond a cohort's seats get
   * {@link FindingCode#COHORT_SEATS_EXCEEDED}.
   */
  ENROLLMENTS
}
