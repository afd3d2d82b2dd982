package id.terampil.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The built-in criteria of local programs (sex, employment, education, not a civil servant, and
 * the business's size class, KBLI and age): each admits a good applicant and rejects a bad one with
 * its reason and parameters; each record refuses bad parameters with a clear message.
 */
class LocalCriteriaTest {

  private static final LocalDate REF = LocalDate.of(2024, 7, 1);
  private static final EligibilityContext CONTEXT =
      EligibilityContext.builder()
          .referenceDate(REF)
          .cohort(CohortId.of("UMKM-PANGAN-A1"))
          .cohortPeriod(DateRange.ofDays(LocalDate.of(2024, 7, 15), 10))
          .build();

  private static Applicant.Builder person(Sex sex, EmploymentStatus employment) {
    return person(sex, employment, EducationLevel.SMA_SMK);
  }

  private static Applicant.Builder person(
      Sex sex, EmploymentStatus employment, EducationLevel education) {
    LocalDate birth = LocalDate.of(1990, 3, 4);
    Applicant.Builder b = Applicant.builder();
    b.nik(Nik.of(RegionCode.parse("62.71.02"), birth, sex, 11))
        .name(PersonName.of("Warga Uji"))
        .sex(sex)
        .birthDate(birth)
        .domicile(RegionCode.parse("62.71.02.1001"))
        .education(education)
        .employment(employment);
    return b;
  }

  private static Applicant woman() {
    return person(Sex.FEMALE, EmploymentStatus.SELF_EMPLOYED).build();
  }

  private static BusinessProfile business(String kbli, long salesMillions, LocalDate start) {
    return BusinessProfile.builder()
        .kbli(KbliCode.of(kbli))
        .annualSales(Rupiah.ofMillions(salesMillions))
        .startDate(start)
        .build();
  }

  private static Applicant owner(BusinessProfile business) {
    return person(Sex.FEMALE, EmploymentStatus.SELF_EMPLOYED).business(business).build();
  }

  private static List<UnmetRule> unmet(EligibilityRule rule, Applicant applicant) {
    return rule.evaluate(applicant, CONTEXT);
  }

  private static void assertRefused(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void sexAdmitsTheSexAndRejectsTheOther() {
    EligibilityRule womenOnly = EligibilityRule.onlySex(Sex.FEMALE);
    assertEquals(List.of(), unmet(womenOnly, woman()));
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.SEX_NOT_ADMITTED, ImmutableMap.of("sex", "L", "admitted", "P"))),
        unmet(womenOnly, person(Sex.MALE, EmploymentStatus.SELF_EMPLOYED).build()));
    assertEquals(
        "admitted sex must not be null",
        assertThrows(NullPointerException.class, () -> EligibilityRule.onlySex(null)).getMessage());
  }

  @Test
  void employmentAdmitsAnyOfTheStatusesAndRejectsOthers() {
    EligibilityRule jobSeekers =
        EligibilityRule.employmentAnyOf(EmploymentStatus.UNEMPLOYED, EmploymentStatus.LAID_OFF);
    assertEquals(List.of(), unmet(jobSeekers, person(Sex.MALE, EmploymentStatus.LAID_OFF).build()));
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.EMPLOYMENT_NOT_ADMITTED,
                ImmutableMap.of("employment", "EMPLOYED", "admitted", "LAID_OFF,UNEMPLOYED"))),
        unmet(jobSeekers, person(Sex.MALE, EmploymentStatus.EMPLOYED).build()));
    Applicant teacher =
        person(Sex.MALE, EmploymentStatus.OTHER).occupation("GURU").build();
    assertEquals(
        "OTHER", unmet(jobSeekers, teacher).get(0).parameters().get("employment"));
    assertRefused(
        () -> EligibilityRule.employmentAnyOf(List.of()),
        "admitted employment statuses must not be empty");
  }

  @Test
  void minimumEducationFollowsTheOrderOfLevels() {
    EligibilityRule sma = EligibilityRule.minimumEducation(EducationLevel.SMA_SMK);
    assertEquals(List.of(), unmet(sma, woman()));
    Applicant graduate =
        person(Sex.FEMALE, EmploymentStatus.EMPLOYED, EducationLevel.D4_S1).build();
    assertEquals(List.of(), unmet(sma, graduate));
    Applicant smp =
        person(Sex.FEMALE, EmploymentStatus.EMPLOYED, EducationLevel.SMP).build();
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.EDUCATION_BELOW_MIN,
                ImmutableMap.of("education", "SMP", "minEducation", "SMA_SMK"))),
        unmet(sma, smp));
    assertRefused(
        () -> EligibilityRule.minimumEducation(EducationLevel.NONE),
        "minimum education must be above NONE, which every applicant meets");
    assertEquals(
        "minimum education must not be null",
        assertThrows(NullPointerException.class, () -> new EligibilityRule.MinimumEducation(null))
            .getMessage());
  }

  @Test
  void notCivilServantRejectsAsnTniAndPolriAsDukcapilOccupationsReadThem() {
    EligibilityRule rule = EligibilityRule.notCivilServant();
    for (String occupation : List.of("PEGAWAI NEGERI SIPIL", "TNI", "KEPOLISIAN RI")) {
      EmploymentStatus status = EmploymentStatus.read(occupation).orElseThrow();
      assertEquals(
          List.of(
              UnmetRule.of(
                  EligibilityReason.CIVIL_SERVANT_NOT_ADMITTED,
                  ImmutableMap.of("employment", "CIVIL_SERVANT"))),
          unmet(rule, person(Sex.MALE, status).build()),
          occupation);
    }
    assertEquals(List.of(), unmet(rule, person(Sex.MALE, EmploymentStatus.EMPLOYED).build()));
    assertEquals(
        List.of(),
        unmet(rule, person(Sex.MALE, EmploymentStatus.OTHER).occupation("GURU").build()));
  }

  @Test
  void businessSizeIsComputedFromTheProfileNotFromADeclaredGroup() {
    EligibilityRule micro = EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO);
    LocalDate start = LocalDate.of(2020, 1, 1);
    assertEquals(List.of(), unmet(micro, owner(business("10792", 2_000, start))));
    // Rp 2,000,000,001 of sales is small, whatever group the applicant declares.
    BusinessProfile small =
        BusinessProfile.builder()
            .kbli(KbliCode.of("10792"))
            .annualSales(Rupiah.of(2_000_000_001L))
            .startDate(start)
            .build();
    Applicant declaresMicro =
        person(Sex.FEMALE, EmploymentStatus.SELF_EMPLOYED)
            .addTargetGroups(TargetGroup.MICRO_BUSINESS_OWNER)
            .business(small)
            .build();
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_SIZE_NOT_ADMITTED,
                ImmutableMap.of("sizeClass", "SMALL", "admitted", "MICRO"))),
        unmet(micro, declaresMicro));
    Applicant noBusiness =
        person(Sex.FEMALE, EmploymentStatus.SELF_EMPLOYED)
            .addTargetGroups(TargetGroup.MICRO_BUSINESS_OWNER)
            .build();
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.BUSINESS_MISSING, ImmutableMap.of())),
        unmet(micro, noBusiness));
    assertRefused(
        () -> new EligibilityRule.BusinessSize(ImmutableSet.of()),
        "admitted business size classes must not be empty");
  }

  @Test
  void businessKbliAdmitsCodesByPrefix() {
    EligibilityRule food = EligibilityRule.businessKbliStartingWith("10", "11050");
    LocalDate start = LocalDate.of(2020, 1, 1);
    assertEquals(List.of(), unmet(food, owner(business("10792", 100, start))));
    assertEquals(List.of(), unmet(food, owner(business("11050", 100, start))));
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_KBLI_NOT_ADMITTED,
                ImmutableMap.of("kbli", "16291", "prefixes", "10,11050"))),
        unmet(food, owner(business("16291", 100, start))));
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_KBLI_NOT_ADMITTED,
                ImmutableMap.of("kbli", "11010", "prefixes", "10,11050"))),
        unmet(food, owner(business("11010", 100, start))));
    assertRefused(
        () -> EligibilityRule.businessKbliStartingWith("1a"),
        "a KBLI prefix must be 1 to 5 ASCII digits: '1a'");
    assertRefused(
        () -> EligibilityRule.businessKbliStartingWith("107921"),
        "a KBLI prefix must be 1 to 5 ASCII digits: '10792...'");
    assertRefused(
        () -> EligibilityRule.businessKbliStartingWith(""),
        "a KBLI prefix must be 1 to 5 ASCII digits: ''");
    assertRefused(
        () -> EligibilityRule.businessKbliStartingWith(),
        "admitted KBLI prefixes must not be empty");
  }

  @Test
  void businessAgeCountsWholeMonthsAtTheReferenceDate() {
    EligibilityRule year = EligibilityRule.businessAgeAtLeastMonths(12);
    assertEquals(List.of(), unmet(year, owner(business("10792", 100, REF.minusMonths(12)))));
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_AGE_BELOW_MIN,
                ImmutableMap.of(
                    "months", "11",
                    "minMonths", "12",
                    "startDate", "2023-07-02",
                    "referenceDate", "2024-07-01"))),
        unmet(year, owner(business("10792", 100, REF.minusMonths(12).plusDays(1)))));
    // A business not started yet is 0 months old.
    assertEquals(
        "0",
        unmet(year, owner(business("10792", 100, REF.plusDays(5)))).get(0).parameters().get("months"));
    EligibilityRule young = EligibilityRule.businessAgeBetweenMonths(0, 24);
    assertEquals(List.of(), unmet(young, owner(business("10792", 100, REF.minusMonths(24)))));
    assertEquals(
        List.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_AGE_ABOVE_MAX,
                ImmutableMap.of(
                    "months", "25",
                    "maxMonths", "24",
                    "startDate", "2022-06-01",
                    "referenceDate", "2024-07-01"))),
        unmet(young, owner(business("10792", 100, REF.minusMonths(25)))));
    BusinessProfile undated =
        BusinessProfile.builder().kbli(KbliCode.of("10792")).capital(Rupiah.ofMillions(5)).build();
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.BUSINESS_START_DATE_MISSING, ImmutableMap.of())),
        unmet(year, owner(undated)));
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.BUSINESS_MISSING, ImmutableMap.of())),
        unmet(year, woman()));
    assertRefused(
        () -> EligibilityRule.businessAgeAtLeastMonths(-1),
        "minimum business age must not be negative: -1");
    assertRefused(
        () -> EligibilityRule.businessAgeBetweenMonths(12, 11),
        "maximum business age must not be below the minimum 12: 11");
    assertEquals(
        Optional.of(12L),
        EligibilityRule.BusinessAge.monthsOn(business("10792", 1, REF.minusMonths(12)), REF));
  }

  @Test
  void aMissingBusinessIsReportedOnceForSeveralBusinessRules() {
    EligibilityPolicy policy =
        EligibilityPolicy.of(
            EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO),
            EligibilityRule.businessKbliStartingWith("10"),
            EligibilityRule.businessAgeAtLeastMonths(12));
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.BUSINESS_MISSING, ImmutableMap.of())),
        policy.evaluate(woman(), CONTEXT).unmet());
  }

  @Test
  void theNewRecordsReadBackAndPrintTheirParameters() {
    assertEquals("SEX[FEMALE]", EligibilityRule.onlySex(Sex.FEMALE).toString());
    assertEquals(
        "EMPLOYMENT_ANY_OF[UNEMPLOYED, LAID_OFF]",
        EligibilityRule.employmentAnyOf(EmploymentStatus.UNEMPLOYED, EmploymentStatus.LAID_OFF)
            .toString());
    assertEquals(
        "MINIMUM_EDUCATION[SMA_SMK]",
        EligibilityRule.minimumEducation(EducationLevel.SMA_SMK).toString());
    assertEquals("NOT_CIVIL_SERVANT", EligibilityRule.notCivilServant().toString());
    assertEquals(
        "BUSINESS_SIZE[MICRO, SMALL]",
        EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO, BusinessSizeClass.SMALL)
            .toString());
    assertEquals("BUSINESS_KBLI[10, 16291]", EligibilityRule.businessKbliStartingWith("10", "16291").toString());
    assertEquals("BUSINESS_AGE[12..]", EligibilityRule.businessAgeAtLeastMonths(12).toString());
    assertEquals("BUSINESS_AGE[0..24]", EligibilityRule.businessAgeBetweenMonths(0, 24).toString());
    assertTrue(
        EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO)
                instanceof EligibilityRule.BusinessSize size
            && size.classes().equals(ImmutableSet.of(BusinessSizeClass.MICRO)));
  }

  @Test
  void eachNewRuleCanBeWaivedByACohort() {
    EligibilityPolicy program =
        EligibilityPolicy.of(
            EligibilityRule.onlySex(Sex.FEMALE),
            EligibilityRule.minimumEducation(EducationLevel.D1_D3),
            EligibilityRule.notCivilServant());
    EligibilityPolicy cohort =
        program.overriddenBy(
            EligibilityPolicy.of(
                EligibilityRule.waive(EligibilityRule.SexIs.class),
                EligibilityRule.waive(EligibilityRule.MinimumEducation.class)));
    Applicant man = person(Sex.MALE, EmploymentStatus.CIVIL_SERVANT).build();
    assertEquals(
        List.of(EligibilityReason.CIVIL_SERVANT_NOT_ADMITTED),
        cohort.evaluate(man, CONTEXT).reasons().asList());
    assertEquals(
        "WAIVED[BUSINESS_AGE]", EligibilityRule.waive(EligibilityRule.BusinessAge.class).toString());
  }

  @Test
  void aCustomRuleCarriesItsLabelIntoTheDecision() {
    EligibilityRule rule =
        EligibilityRule.custom(
            "BELUM_PERNAH_HIBAH", "belum pernah menerima hibah", "no earlier grant", (a, c) -> false);
    UnmetRule unmet = EligibilityPolicy.of(rule).evaluate(woman(), CONTEXT).unmet().get(0);
    assertEquals("BELUM_PERNAH_HIBAH", unmet.code());
    RuleLabel label = unmet.label().orElseThrow();
    assertEquals("belum pernah menerima hibah", label.in(Locale.forLanguageTag("id-ID")));
    assertEquals("no earlier grant", label.in(Locale.ENGLISH));
    assertEquals(Optional.empty(), UnmetRule.of(EligibilityReason.BUSINESS_MISSING, Map.of()).label());
    assertRefused(
        () -> EligibilityRule.custom("HIBAH", " ", "no grant", (a, c) -> true),
        "Indonesian label must not be blank");
    assertRefused(
        () -> EligibilityRule.custom("HIBAH", "hibah", "no\u202Egrant", (a, c) -> true),
        assertThrows(
                IllegalArgumentException.class,
                () -> new RuleLabel("hibah", "no\u202Egrant"))
            .getMessage());
    assertEquals(
        "English label must not be null",
        assertThrows(NullPointerException.class, () -> new RuleLabel("hibah", null)).getMessage());
    EligibilityRule.Custom custom = (EligibilityRule.Custom) rule;
    EligibilityRule waiver = EligibilityRule.waive(custom);
    assertEquals(
        new EligibilityRule.CustomWaiver(
            "BELUM_PERNAH_HIBAH", new RuleLabel("belum pernah menerima hibah", "no earlier grant")),
        waiver);
    assertTrue(
        EligibilityPolicy.of(rule)
            .overriddenBy(EligibilityPolicy.of(waiver))
            .evaluate(woman(), CONTEXT)
            .isEligible());
    EligibilityRule nullParameters =
        EligibilityRule.custom("HIBAH", "hibah", "grant", (a, c) -> false, (a, c) -> null);
    assertEquals(
        "custom rule HIBAH returned null parameters",
        assertThrows(NullPointerException.class, () -> nullParameters.evaluate(woman(), CONTEXT))
            .getMessage());
  }

  @Test
  void aLabelInAnUnmetBuiltInRuleIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ImmutableUnmetRule.builder()
                .reason(EligibilityReason.BUSINESS_MISSING)
                .code("BUSINESS_MISSING")
                .label(new RuleLabel("x", "y"))
                .build());
  }

  @Test
  void customRecordsRefuseAMissingLabel() {
    assertEquals(
        "label must not be null",
        assertThrows(
                NullPointerException.class,
                () -> new EligibilityRule.Custom("HIBAH", null, (a, c) -> true, (a, c) -> Map.of()))
            .getMessage());
    assertEquals(
        "label must not be null",
        assertThrows(NullPointerException.class, () -> new EligibilityRule.CustomWaiver("HIBAH", null))
            .getMessage());
    assertEquals(
        "label must not be null",
        assertThrows(NullPointerException.class, () -> UnmetRule.custom("HIBAH", null, Map.of()))
            .getMessage());
    assertEquals(
        "custom rule must not be null",
        assertThrows(NullPointerException.class, () -> EligibilityRule.waive((EligibilityRule.Custom) null))
            .getMessage());
    assertRefused(
        () -> EligibilityRule.waiveCustom("hibah", "hibah", "grant"),
        "custom rule code must be 1-48 upper-case ASCII letters, digits or '_', starting with a letter: 'hibah'");
    assertEquals("WAIVED[CUSTOM:HIBAH]", EligibilityRule.waiveCustom("HIBAH", "hibah", "grant").toString());
  }

  @Test
  void aRuleLabelIsIndonesianForIdAndInAndEnglishOtherwise() {
    RuleLabel label = new RuleLabel("khusus perempuan", "women only");
    assertEquals("khusus perempuan", label.in(Locale.forLanguageTag("id")));
    assertEquals("khusus perempuan", label.in(new Locale.Builder().setLanguage("in").build()));
    assertEquals("women only", label.in(Locale.FRENCH));
    assertEquals("women only", label.toString());
    assertEquals(
        "locale must not be null",
        assertThrows(NullPointerException.class, () -> label.in(null)).getMessage());
    assertRefused(
        () -> new RuleLabel("x".repeat(301), "women only"),
        "Indonesian label must be at most 300 characters: 301 characters");
  }
}
