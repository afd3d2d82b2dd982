package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.Test;

/**
 * For every built-in criterion the testkit makes applicants who meet it and applicants who break
 * it (and only it), by construction from the policy's rule records: many samples, no filter to
 * miss. A custom rule is met and broken through the data the caller gives for it.
 */
class LocalCriteriaGenerationTest {

  static final LocalDate CLOSE = LocalDate.of(2024, 6, 30);

  /** Every local criterion at once, and a custom rule reading a document. */
  static final EligibilityPolicy ALL =
      EligibilityPolicy.of(
          EligibilityRule.productiveAge(),
          EligibilityRule.onlySex(Sex.FEMALE),
          EligibilityRule.employmentAnyOf(
              EmploymentStatus.SELF_EMPLOYED,
              EmploymentStatus.HOMEMAKER,
              EmploymentStatus.CIVIL_SERVANT),
          EligibilityRule.notCivilServant(),
          EligibilityRule.minimumEducation(EducationLevel.SMP),
          EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO, BusinessSizeClass.SMALL),
          EligibilityRule.businessKbliStartingWith("10", "11"),
          EligibilityRule.businessAgeBetweenMonths(12, 60),
          EligibilityRule.custom(
              "PUNYA_NIB",
              "memiliki NIB",
              "holds an NIB",
              (a, c) -> a.holdsValid(DocumentKind.NIB, c.referenceDate())));

  static TrainingProgram program(EligibilityPolicy policy) {
    return Samples.list(
            TerampilArbitraries.programs()
                .withCohorts(1)
                .fiscalYear(2024)
                .withEligibility(policy)
                .servingRegions(RegionCode.parse("33.75")),
            1,
            7L)
        .get(0);
  }

  static ApplicantArbitrary applicants(TrainingProgram program) {
    return TerampilArbitraries.applicants(program, CLOSE)
        .withCustomRuleData(
            "PUNYA_NIB",
            Arbitraries.integers().between(0, 700).map(d -> CLOSE.minusDays(d)),
            Arbitraries.just(CLOSE.plusDays(1)),
            (builder, issued) -> builder.addDocuments(Document.of(DocumentKind.NIB, issued)));
  }

  static EligibilityDecision decide(TrainingProgram program, Applicant a) {
    Cohort cohort = program.cohorts().get(0);
    return program.admission(cohort.id()).decide(a, CLOSE, ParticipationHistory.empty());
  }

  @Test
  void everyApplicantMeetsEveryCriterionAndCarriesABusinessStartDate() {
    TrainingProgram program = program(ALL);
    List<Applicant> applicants = Samples.list(applicants(program), 2_000, 1L);
    for (Applicant a : applicants) {
      assertEquals(List.of(), decide(program, a).unmet(), a::toString);
      assertTrue(a.business().orElseThrow().startDate().isPresent());
    }
    Set<BusinessSizeClass> sizes =
        applicants.stream()
            .map(a -> a.business().orElseThrow().sizeClass())
            .collect(Collectors.toSet());
    assertEquals(Set.of(BusinessSizeClass.MICRO, BusinessSizeClass.SMALL), sizes);
  }

  @Test
  void ineligibleApplicantsBreakExactlyOneRuleAndEveryCriterionIsBroken() {
    TrainingProgram program = program(ALL);
    List<Applicant> applicants =
        Samples.list(applicants(program).ineligibleShare(1.0), 3_000, 2L);
    Set<String> broken = new java.util.TreeSet<>();
    for (Applicant a : applicants) {
      EligibilityDecision d = decide(program, a);
      assertEquals(1, d.unmet().size(), d::toString);
      broken.add(d.unmet().get(0).code());
    }
    Set<String> expected = new java.util.TreeSet<>();
    for (EligibilityReason r :
        EnumSet.of(
            EligibilityReason.AGE_BELOW_MIN,
            EligibilityReason.AGE_ABOVE_MAX,
            EligibilityReason.RESIDENCE_OUTSIDE_REGIONS,
            EligibilityReason.SEX_NOT_ADMITTED,
            EligibilityReason.EMPLOYMENT_NOT_ADMITTED,
            EligibilityReason.CIVIL_SERVANT_NOT_ADMITTED,
            EligibilityReason.EDUCATION_BELOW_MIN,
            EligibilityReason.BUSINESS_MISSING,
            EligibilityReason.BUSINESS_SIZE_NOT_ADMITTED,
            EligibilityReason.BUSINESS_KBLI_NOT_ADMITTED,
            EligibilityReason.BUSINESS_AGE_BELOW_MIN,
            EligibilityReason.BUSINESS_AGE_ABOVE_MAX)) {
      expected.add(r.name());
    }
    expected.add("PUNYA_NIB");
    assertTrue(broken.containsAll(expected), "broken: " + broken);
  }

  @Test
  void aCustomRuleWithoutDataIsNotBrokenOnPurposeAndDataForAnUnknownRuleIsRefused() {
    TrainingProgram program = program(ALL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TerampilArbitraries.applicants(program, CLOSE)
                    .withCustomRuleData("TIDAK_ADA", Arbitraries.just(1), (b, v) -> { }));
    assertEquals(
        "program " + program.id() + " has no custom rule TIDAK_ADA; its custom rules: [PUNYA_NIB]",
        e.getMessage());
    List<Applicant> onlyMeeting =
        Samples.list(
            TerampilArbitraries.applicants(program, CLOSE)
                .withCustomRuleData(
                    "PUNYA_NIB",
                    Arbitraries.just(CLOSE),
                    (builder, issued) -> builder.addDocuments(Document.of(DocumentKind.NIB, issued)))
                .ineligibleShare(1.0),
            500,
            3L);
    assertTrue(
        onlyMeeting.stream().noneMatch(a -> decide(program, a).codes().contains("PUNYA_NIB")));
  }

  @Test
  void applicationsTakeTheDataOfACustomRuleToo() {
    TrainingProgram program = program(ALL);
    List<id.terampil.core.applicant.Application> applications =
        Samples.list(
            TerampilArbitraries.applications(program, CLOSE)
                .withCustomRuleData(
                    "PUNYA_NIB",
                    Arbitraries.just(CLOSE.minusMonths(3)),
                    (builder, issued) -> builder.addDocuments(Document.of(DocumentKind.NIB, issued))),
            300,
            4L);
    for (id.terampil.core.applicant.Application a : applications) {
      assertEquals(List.of(), decide(program, a.applicant()).unmet());
    }
  }

  @Test
  void aPolicyThatAdmitsNoOneIsRefusedWithItsReason() {
    TrainingProgram program =
        program(
            EligibilityPolicy.of(
                EligibilityRule.employmentAnyOf(EmploymentStatus.CIVIL_SERVANT),
                EligibilityRule.notCivilServant()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Samples.list(TerampilArbitraries.applicants(program, CLOSE), 1, 1L));
    assertTrue(e.getMessage().endsWith("admits no one: no employment status is admitted"), e.getMessage());
  }
}
