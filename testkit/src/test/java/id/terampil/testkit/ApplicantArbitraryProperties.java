package id.terampil.testkit;

import static id.terampil.core.eligibility.EligibilityRule.PRODUCTIVE_AGE_MAX;
import static id.terampil.core.eligibility.EligibilityRule.PRODUCTIVE_AGE_MIN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.internal.Providers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.Tuple;

/**
 * Applicants and applications follow the eligibility policy of their cohort: eligible unless an
 * ineligible share is asked for, with NIKs that agree with the declared data.
 */
class ApplicantArbitraryProperties {

  private static final LocalDate REFERENCE = LocalDate.of(2024, 6, 30);

  /** A strict policy: with the strict program's regions and groups, every kind of rule the testkit learns. */
  private static final EligibilityPolicy STRICT =
      EligibilityPolicy.of(
          EligibilityRule.productiveAge(),
          EligibilityRule.holding(DocumentKind.AK_I, DocumentKind.KTP));

  private static EligibilityDecision decide(TrainingProgram program, Cohort cohort, Applicant a, LocalDate ref) {
    return program.admission(cohort.id()).decide(a, ref, ParticipationHistory.empty());
  }

  @Property(tries = 300)
  void applicantsOfGeneratedProgramsAreEligibleAndConsistent(
      @ForAll("applicantsOfFirstCohorts") Tuple3<TrainingProgram, LocalDate, Applicant> sample) {
    TrainingProgram program = sample.get1();
    Cohort cohort = program.cohorts().get(0);
    Applicant a = sample.get3();
    assertAll(
        () -> assertTrue(decide(program, cohort, a, sample.get2()).isEligible(), () -> decide(program, cohort, a, sample.get2()).toString()),
        () -> assertEquals(RegionLevel.VILLAGE, a.domicile().level()),
        () -> assertTrue(a.nik().matchesBirthDate(a.birthDate()), "NIK birth date"),
        () -> assertEquals(a.nik().sex(), a.sex(), "NIK sex"),
        () -> assertTrue(a.nik().region().contains(a.domicile()), "NIK registered in the domicile's district"));
  }

  @Provide
  Arbitrary<Tuple3<TrainingProgram, LocalDate, Applicant>> applicantsOfFirstCohorts() {
    return TerampilArbitraries.programs()
        .flatMap(
            p -> {
              LocalDate ref = Providers.registrationClose(p);
              return TerampilArbitraries.applicants(p, ref)
                  .forCohort(p.cohorts().get(0).id())
                  .map(a -> Tuple.of(p, ref, a));
            });
  }

  private static TrainingProgram strictProgram() {
    // A fixed seed: the same program on every run.
    return Samples.list(
            TerampilArbitraries.programs()
                .withCohorts(2)
                .fiscalYear(2024)
                .withEligibility(STRICT)
                .servingRegions(RegionCode.parse("33.75"))
                .requiringGroups(
                    GroupRequirement.anyOf(TargetGroup.HOUSEWIFE),
                    GroupRequirement.anyOf(TargetGroup.COVID_AFFECTED, TargetGroup.JOB_SEEKER)),
            1,
            2024L)
        .get(0);
  }

  @Example
  void applicantsMeetEveryLearntRuleOfAStrictPolicy() {
    TrainingProgram program = strictProgram();
    for (Cohort cohort : program.cohorts()) {
      List<Applicant> applicants =
          Samples.list(TerampilArbitraries.applicants(program, REFERENCE).forCohort(cohort.id()), 200, 7L);
      for (Applicant a : applicants) {
        assertTrue(decide(program, cohort, a, REFERENCE).isEligible(), a.toString());
        assertTrue(a.holdsValid(DocumentKind.AK_I, REFERENCE));
        assertFalse(a.documentsOf(DocumentKind.AK_I).get(0).issueDate().isBefore(REFERENCE.minusYears(2)));
        assertTrue(a.isMemberOf(TargetGroup.HOUSEWIFE));
      }
    }
  }

  @Example
  void ineligibleShareMixesInApplicantsBreakingOneRule() {
    TrainingProgram program = strictProgram();
    Cohort cohort = program.cohorts().get(0);
    List<Applicant> all =
        Samples.list(
            TerampilArbitraries.applicants(program, REFERENCE).forCohort(cohort.id()).ineligibleShare(1.0),
            200,
            11L);
    assertTrue(all.stream().noneMatch(a -> decide(program, cohort, a, REFERENCE).isEligible()));
    for (Applicant a : all) {
      assertEquals(1, decide(program, cohort, a, REFERENCE).unmet().size(), a.toString());
    }
    assertTrue(
        all.stream().map(a -> decide(program, cohort, a, REFERENCE).reasons()).distinct().count() >= 4,
        "several kinds of single breaches");
    List<Applicant> mixed =
        Samples.list(
            TerampilArbitraries.applicants(program, REFERENCE).forCohort(cohort.id()).ineligibleShare(0.3),
            300,
            12L);
    long ineligible = mixed.stream().filter(a -> !decide(program, cohort, a, REFERENCE).isEligible()).count();
    assertTrue(ineligible > 40 && ineligible < 150, "ineligible: " + ineligible);
  }

  /**
   * A custom rule the testkit cannot learn (a sewing class for women only, without a target group
   * to say so). An applicant made too old or living elsewhere can break it too; such applicants
   * are not generated.
   */
  @Example
  void ineligibleApplicantsBreakOnlyTheRuleBrokenOnPurposeBesideACustomRule() {
    EligibilityPolicy withCustom =
        EligibilityPolicy.of(
            EligibilityRule.productiveAge(),
            EligibilityRule.custom("WOMEN_ONLY", "khusus perempuan", "women only", (applicant, context) -> applicant.sex() == Sex.FEMALE));
    TrainingProgram program =
        TerampilArbitraries.programs()
            .withCohorts(1)
            .fiscalYear(2024)
            .withEligibility(withCustom)
            .servingRegions(RegionCode.parse("33.75"))
            .sample();
    Cohort cohort = program.cohorts().get(0);
    List<Applicant> all =
        Samples.list(
            TerampilArbitraries.applicants(program, REFERENCE).forCohort(cohort.id()).ineligibleShare(1.0),
            300,
            13L);
    for (Applicant a : all) {
      EligibilityDecision d = decide(program, cohort, a, REFERENCE);
      assertEquals(1, d.unmet().size(), d.toString());
      assertFalse(d.codes().contains("WOMEN_ONLY"), d.toString());
    }
  }

  @Example
  void boundaryAgesAreFrequent() {
    TrainingProgram program = strictProgram();
    // A cohort under the program's productive age (a generated cohort may override it with 18-35).
    Cohort cohort =
        program.cohorts().stream()
            .filter(c -> c.eligibilityOverride().isEmpty())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cohort keeps the program's age rule"));
    List<Applicant> applicants =
        Samples.list(TerampilArbitraries.applicants(program, REFERENCE).forCohort(cohort.id()), 1000, 3L);
    long fifteenToday = applicants.stream().filter(a -> a.birthDate().equals(REFERENCE.minusYears(PRODUCTIVE_AGE_MIN))).count();
    long lastDayAt64 =
        applicants.stream().filter(a -> a.birthDate().equals(REFERENCE.minusYears(PRODUCTIVE_AGE_MAX + 1).plusDays(1))).count();
    assertTrue(fifteenToday >= 20, "15th birthday on the reference date: " + fifteenToday);
    assertTrue(lastDayAt64 >= 20, "last day aged 64: " + lastDayAt64);
  }

  @Example
  void customRulesAreMetThroughTheFilter() {
    EligibilityPolicy policy =
        EligibilityPolicy.of(EligibilityRule.custom("EVEN_SERIAL", "nomor urut NIK genap", "even NIK serial", (a, c) -> a.nik().serial() % 2 == 0));
    TrainingProgram program = TerampilArbitraries.programs().withEligibility(policy).sample();
    assertTrue(
        Samples.list(TerampilArbitraries.applicants(program, REFERENCE), 100, 5L).stream()
            .allMatch(a -> a.nik().serial() % 2 == 0));
  }

  @Example
  void rejectsUnknownCohortsAndBadShares() {
    TrainingProgram program = strictProgram();
    assertAll(
        () ->
            assertThrows(
                IllegalArgumentException.class,
                () -> TerampilArbitraries.applicants(program, REFERENCE).forCohort(CohortId.of("NOPE"))),
        () ->
            assertThrows(
                IllegalArgumentException.class,
                () -> TerampilArbitraries.applicants(program, REFERENCE).ineligibleShare(1.5)),
        () ->
            assertThrows(
                IllegalArgumentException.class,
                () -> TerampilArbitraries.applications(program, REFERENCE).ineligibleShare(-0.1)),
        () ->
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    TerampilArbitraries.applications(program, REFERENCE)
                        .registeredBetween(REFERENCE.atStartOfDay(), REFERENCE.minusDays(1).atStartOfDay())));
  }

  @Example
  void applicationsAndRecordsRegisterInTheThirtyDaysUpToTheEndOfTheReferenceDate() {
    TrainingProgram program = TerampilArbitraries.programs().withCohorts(2).fiscalYear(2024).sample();
    LocalDateTime first = LocalDateTime.of(2024, 6, 1, 0, 0);
    LocalDateTime last = LocalDateTime.of(2024, 6, 30, 23, 59, 59);
    List<LocalDateTime> applications =
        Samples.list(TerampilArbitraries.applications(program, REFERENCE), 300, 3L).stream()
            .map(Application::registeredAt)
            .collect(Collectors.toList());
    List<LocalDateTime> records =
        Samples.list(TerampilArbitraries.enrollmentRecords(program, REFERENCE), 300, 4L).stream()
            .map(r -> LocalDateTime.parse(Objects.requireNonNull(r.registeredAt())))
            .collect(Collectors.toList());
    for (List<LocalDateTime> times : List.of(applications, records)) {
      assertTrue(times.stream().allMatch(t -> !t.isBefore(first) && !t.isAfter(last)), times::toString);
      assertTrue(times.contains(first) && times.contains(last), "window ends weighted");
    }
  }

  @Example
  void applicationsChooseServingCohortsInTheWindowWithScores() {
    TrainingProgram program = TerampilArbitraries.programs().withCohorts(4).fiscalYear(2024).sample();
    CohortId first = program.cohorts().get(1).id();
    LocalDateTime from = LocalDateTime.of(2024, 5, 1, 8, 0);
    LocalDateTime to = LocalDateTime.of(2024, 5, 31, 16, 0);
    List<Application> applications =
        Samples.list(
            TerampilArbitraries.applications(program, REFERENCE)
                .forCohort(first)
                .registeredBetween(from, to)
                .withScores(),
            200,
            9L);
    for (Application a : applications) {
      assertEquals(first, a.firstChoice());
      assertEquals(program.id(), a.program());
      assertTrue(!a.registeredAt().isBefore(from) && !a.registeredAt().isAfter(to));
      assertTrue(a.score().isPresent());
      for (CohortId choice : a.cohortChoices()) {
        assertTrue(program.cohort(choice).isPresent(), "every choice is a cohort of the program");
      }
      assertTrue(decide(program, program.cohort(first).orElseThrow(), a.applicant(), REFERENCE).isEligible());
    }
    assertTrue(applications.stream().anyMatch(a -> a.registeredAt().equals(from)), "window start weighted");
  }

  @Property(tries = 50)
  void applicantsResolveThroughForAll(@ForAll Applicant applicant) {
    assertTrue(applicant.nik().matchesBirthDate(applicant.birthDate()));
    assertEquals(RegionLevel.VILLAGE, applicant.domicile().level());
  }
}
