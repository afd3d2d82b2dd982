/**
 * Terampil testkit: jqwik arbitraries for every public Terampil type, valid and almost-valid,
 * registered for {@code @ForAll}.
 *
 * @since 0.1.0
 */
module id.terampil.testkit {
  requires transitive id.terampil.core;
  requires transitive id.terampil.validation;
  requires transitive net.jqwik.api;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;


  exports id.terampil.testkit;
}
