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
  requires static org.junit.platform.launcher;

  exports id.terampil.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with
      id.terampil.testkit.internal.Providers.NikProvider,
      id.terampil.testkit.internal.Providers.RegionCodeProvider,
      id.terampil.testkit.internal.Providers.PersonNameProvider,
      id.terampil.testkit.internal.Providers.DateRangeProvider,
      id.terampil.testkit.internal.Providers.RupiahProvider,
      id.terampil.testkit.internal.Providers.KbliCodeProvider,
      id.terampil.testkit.internal.Providers.SkkniUnitCodeProvider,
      id.terampil.testkit.internal.Providers.SkillProvider,
      id.terampil.testkit.internal.Providers.TargetGroupProvider,
      id.terampil.testkit.internal.Providers.TrainingProgramProvider,
      id.terampil.testkit.internal.Providers.CohortProvider,
      id.terampil.testkit.internal.Providers.ApplicantProvider,
      id.terampil.testkit.internal.Providers.EnrollmentRecordProvider,
      id.terampil.testkit.internal.Providers.FollowUpPlanProvider;
  provides org.junit.platform.launcher.LauncherSessionListener with
      id.terampil.testkit.internal.DatabaseOutsideProject;
}
