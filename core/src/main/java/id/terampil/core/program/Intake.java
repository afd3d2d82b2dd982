package id.terampil.core.program;

/**
 * How a cohort's participants come in.
 *
 * @since 0.1.0
 */
public enum Intake {
  /**
   * Open registration (pendaftaran terbuka): people apply, and when they exceed the seats a
   * {@linkplain id.terampil.core.selection.SelectionPolicy selection} decides who takes a seat.
   */
  OPEN_REGISTRATION,
  /**
   * Nomination (penunjukan): the agency appoints the participants into the cohort's {@linkplain
   * Cohort#participantRoles() roles}, e.g. centre managers and coaches; each nominee is still
   * checked by the cohort's {@linkplain Admission admission}, and no selection runs.
   */
  NOMINATION
}
