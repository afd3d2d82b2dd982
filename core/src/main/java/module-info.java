/**
 * Terampil core: always-valid value types and pure domain logic for Indonesian local-government
 * vocational and entrepreneurship training programs. No I/O, no clock: callers pass data and a
 * reference date in; the library returns values, decisions and reports.
 *
 * @since 0.1.0
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module id.terampil.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;

  exports id.terampil.core.applicant;
  exports id.terampil.core.attendance;
  exports id.terampil.core.classification;
  exports id.terampil.core.eligibility;
  exports id.terampil.core.enrollment;
  exports id.terampil.core.followup;
  exports id.terampil.core.identity;
  exports id.terampil.core.indicators;
  exports id.terampil.core.money;
  exports id.terampil.core.program;
  exports id.terampil.core.region;
  exports id.terampil.core.selection;
  exports id.terampil.core.text;
  exports id.terampil.core.time;

  // Not an API: the Immutables style annotation and two checks that validation shares; exported
  // to that module alone.
  exports id.terampil.core.internal to id.terampil.validation;
}
