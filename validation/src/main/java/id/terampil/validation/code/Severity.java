package id.terampil.validation.code;

/**
 * How serious a finding is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The record cannot be accepted as it is. */
  ERROR,
  /** The record can be accepted, but something deserves a look (e.g. a retired region prefix). */
  WARNING
}
