package id.terampil.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkillField;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {

  private static final LocalDate REF = LocalDate.of(2020, 8, 20);
  private static final RegionCode BUKIT_BATU = RegionCode.parse("62.71.02");
  private static final RegionCode RAKUMPIT = RegionCode.parse("62.71.05");
  private static final Skill RATTAN =
      Skill.of("RATTAN_WEAVING_T", "Anyaman rotan", "Rattan weaving", SkillField.CRAFT);
  private static final CohortId ROTAN = CohortId.of("PKY-ROTAN-2020");
  private static final EligibilityContext CONTEXT =
      EligibilityContext.builder()
          .referenceDate(REF)
          .cohort(ROTAN)
          .cohortPeriod(DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28)))
          .addCohortSkills(RATTAN)
          .build();

  private static Applicant.Builder person(LocalDate birth, String village) {
    return person(birth, village, EmploymentStatus.SELF_EMPLOYED);
  }

  private static Applicant.Builder person(LocalDate birth, String village, EmploymentStatus employment) {
    Applicant.Builder b = Applicant.builder();
    b.nik(Nik.of(RegionCode.parse("62.71.02"), birth, Sex.MALE, 7))
        .name(PersonName.of("Warga Uji"))
        .sex(Sex.MALE)
        .birthDate(birth)
        .domicile(RegionCode.parse(village))
        .education(EducationLevel.SMP)
        .employment(employment);
    return b;
  }

  private static Applicant resident() {
    return person(LocalDate.of(1980, 1, 1), "62.71.02.1001")
        .addTargetGroups(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED)
        .build();
  }

  private static EligibilityDecision check(EligibilityRule rule, Applicant a) {
    return EligibilityPolicy.of(rule).evaluate(a, CONTEXT);
  }

  @Test
  void productiveAgeAdmitsFifteenAndSixtyFourOnTheReferenceDateExactly() {
    EligibilityRule rule = EligibilityRule.productiveAge();
    assertTrue(check(rule, person(REF.minusYears(15), "62.71.02.1001").build()).isEligible());
    assertTrue(check(rule, person(REF.minusYears(65).plusDays(1), "62.71.02.1001").build()).isEligible());
  }

  @Test
  void productiveAgeRejectsOneDayTooYoungOrTooOld() {
    EligibilityRule rule = EligibilityRule.productiveAge();
    EligibilityDecision young = check(rule, person(REF.minusYears(15).plusDays(1), "62.71.02.1001").build());
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.AGE_BELOW_MIN,
            ImmutableMap.of("age", "14", "minAge", "15", "referenceDate", "2020-08-20"))),
        young.unmet());
    EligibilityDecision old = check(rule, person(REF.minusYears(65), "62.71.02.1001").build());
    assertEquals(Set.of(EligibilityReason.AGE_ABOVE_MAX), old.reasons());
    assertEquals("65", old.unmet().get(0).parameters().get("age"));
    assertEquals("64", old.unmet().get(0).parameters().get("maxAge"));
  }

  @Test
  void aLeapDayChildTurnsFifteenOnTheFirstOfMarch() {
    Applicant leapling = person(LocalDate.of(2008, 2, 29), "62.71.02.1001").build();
    EligibilityRule rule = EligibilityRule.productiveAge();
    EligibilityContext feb28 = withDate(LocalDate.of(2023, 2, 28));
    EligibilityContext mar1 = withDate(LocalDate.of(2023, 3, 1));
    assertEquals(
        Set.of(EligibilityReason.AGE_BELOW_MIN),
        EligibilityPolicy.of(rule).evaluate(leapling, feb28).reasons());
    assertTrue(EligibilityPolicy.of(rule).evaluate(leapling, mar1).isEligible());
  }

  private static EligibilityContext withDate(LocalDate date) {
    return EligibilityContext.builder()
        .referenceDate(date)
        .cohort(ROTAN)
        .cohortPeriod(DateRange.ofDays(date.plusDays(10), 5))
        .build();
  }

  @Test
  void ageFactoriesRejectImpossibleRanges() {
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.ageBetween(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.ageBetween(30, 29));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.minimumAge(-3));
  }

  @Test
  void minimumAgeHasNoUpperBound() {
    assertTrue(check(EligibilityRule.minimumAge(18), person(REF.minusYears(90), "62.71.02.1001").build()).isEligible());
    assertFalse(check(EligibilityRule.minimumAge(18), person(REF.minusYears(17), "62.71.02.1001").build()).isEligible());
  }

  @Test
  void residenceAdmitsBukitBatuAndRakumpitOnly() {
    EligibilityRule rule = EligibilityRule.residentOf(BUKIT_BATU, RAKUMPIT);
    assertTrue(check(rule, person(REF.minusYears(30), "62.71.02.1003").build()).isEligible());
    assertTrue(check(rule, person(REF.minusYears(30), "62.71.05.1001").build()).isEligible());
    EligibilityDecision outside = check(rule, person(REF.minusYears(30), "62.71.01.1001").build());
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS,
            ImmutableMap.of("domicile", "62.71.01.1001", "regions", "62.71.02,62.71.05"))),
        outside.unmet());
  }

  @Test
  void residenceAtVillageLevelRejectsTheNeighbouringVillage() {
    EligibilityRule rule = EligibilityRule.residentOf(RegionCode.parse("33.75.01.1006"));
    assertTrue(check(rule, person(REF.minusYears(30), "33.75.01.1006").build()).isEligible());
    assertFalse(check(rule, person(REF.minusYears(30), "33.75.01.1012").build()).isEligible());
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.residentOf(List.of()));
  }

  @Test
  void anyOfNeedsOneGroupAndAllOfNeedsEvery() {
    Applicant micro = person(REF.minusYears(30), "62.71.02.1001").addTargetGroups(TargetGroup.MICRO_BUSINESS_OWNER).build();
    assertTrue(check(EligibilityRule.memberOfAny(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.HOUSEWIFE), micro).isEligible());
    EligibilityDecision all =
        check(EligibilityRule.memberOfAll(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED), micro);
    assertEquals(1, all.unmet().size());
    UnmetRule unmet = all.unmet().get(0);
    assertEquals(EligibilityReason.TARGET_GROUP_MISSING, unmet.reason());
    assertEquals("ALL_OF", unmet.parameters().get("mode"));
    assertEquals("COVID_AFFECTED", unmet.parameters().get("missing"));
    Applicant none = person(REF.minusYears(30), "62.71.02.1001").build();
    EligibilityDecision any = check(EligibilityRule.memberOfAny(TargetGroup.HOUSEWIFE, TargetGroup.JOB_SEEKER), none);
    assertEquals("ANY_OF", any.unmet().get(0).parameters().get("mode"));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.memberOfAny(List.of()));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.memberOfAll(List.of()));
  }

  @Test
  void akiMustBeValidAtTheReferenceDateTwoYearsFromIssue() {
    EligibilityRule rule = EligibilityRule.holding(DocumentKind.AK_I);
    Applicant lastDay =
        person(REF.minusYears(30), "62.71.02.1001")
            .addDocuments(Document.of(DocumentKind.AK_I, REF.minusYears(2).plusDays(1)))
            .build();
    assertTrue(check(rule, lastDay).isEligible());
    Applicant expired =
        person(REF.minusYears(30), "62.71.02.1001")
            .addDocuments(Document.of(DocumentKind.AK_I, REF.minusYears(2)))
            .build();
    EligibilityDecision d = check(rule, expired);
    assertEquals(Set.of(EligibilityReason.DOCUMENT_EXPIRED), d.reasons());
    assertEquals("AK_I", d.unmet().get(0).parameters().get("document"));
    assertEquals(REF.minusDays(1).toString(), d.unmet().get(0).parameters().get("validUntil"));
  }

  @Test
  void aDocumentIssuedAfterTheReferenceDateCountsAsMissing() {
    Applicant later =
        person(REF.minusYears(30), "62.71.02.1001")
            .addDocuments(Document.of(DocumentKind.AK_I, REF.plusDays(1)))
            .build();
    assertEquals(
        Set.of(EligibilityReason.DOCUMENT_MISSING),
        check(EligibilityRule.holding(DocumentKind.AK_I), later).reasons());
  }

  @Test
  void everyMissingDocumentIsReported() {
    EligibilityDecision d =
        check(EligibilityRule.holding(DocumentKind.KTP, DocumentKind.KK, DocumentKind.AK_I),
            person(REF.minusYears(30), "62.71.02.1001")
                .addDocuments(Document.of(DocumentKind.KTP, LocalDate.of(2012, 1, 1)))
                .build());
    assertEquals(2, d.unmet().size());
    assertEquals("KK", d.unmet().get(0).parameters().get("document"));
    assertEquals("AK_I", d.unmet().get(1).parameters().get("document"));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.holding());
  }

  @Test
  void anOverlappingCohortExcludesButTheSameCohortAndDisjointOnesDoNot() {
    PastParticipation overlapping =
        PastParticipation.of(CohortId.of("OTHER-1"), DateRange.ofClosed(LocalDate.of(2020, 8, 27), LocalDate.of(2020, 9, 2)), Set.of(), false);
    PastParticipation same =
        PastParticipation.of(ROTAN, DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28)), Set.of(RATTAN), false);
    PastParticipation before =
        PastParticipation.of(CohortId.of("OTHER-0"), DateRange.ofClosed(LocalDate.of(2020, 8, 1), LocalDate.of(2020, 8, 23)), Set.of(), true);
    EligibilityDecision d =
        EligibilityPolicy.of(EligibilityRule.notEnrolledInOverlappingCohort())
            .evaluate(resident(), CONTEXT.withHistory(ParticipationHistory.of(overlapping, same, before)));
    assertEquals(
        List.of(UnmetRule.of(EligibilityReason.OVERLAPPING_ENROLLMENT,
            ImmutableMap.of("cohort", "OTHER-1", "period", "[2020-08-27, 2020-09-02]"))),
        d.unmet());
  }

  @Test
  void sameSkillWithinNYearsExcludesOnlyCompletedRecentTraining() {
    EligibilityRule rule = EligibilityRule.notTrainedInSameSkillWithin(2);
    PastParticipation recent =
        PastParticipation.of(CohortId.of("ROTAN-2018"), DateRange.ofDays(REF.minusYears(2), 5), Set.of(RATTAN), true);
    EligibilityDecision d =
        EligibilityPolicy.of(rule).evaluate(resident(), CONTEXT.withHistory(ParticipationHistory.of(recent)));
    assertEquals(Set.of(EligibilityReason.RECENTLY_TRAINED_SAME_SKILL), d.reasons());
    assertEquals("ROTAN-2018", d.unmet().get(0).parameters().get("cohort"));
    assertEquals("RATTAN_WEAVING_T", d.unmet().get(0).parameters().get("skill"));

    PastParticipation old =
        PastParticipation.of(CohortId.of("ROTAN-2017"), DateRange.ofClosed(REF.minusYears(3), REF.minusYears(2).minusDays(1)), Set.of(RATTAN), true);
    PastParticipation droppedOut =
        PastParticipation.of(CohortId.of("ROTAN-2019"), DateRange.ofDays(REF.minusYears(1), 5), Set.of(RATTAN), false);
    assertTrue(
        EligibilityPolicy.of(rule)
            .evaluate(resident(), CONTEXT.withHistory(ParticipationHistory.of(old, droppedOut)))
            .isEligible());
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.notTrainedInSameSkillWithin(0));
  }

  @Test
  void sameSkillWithinNYearsCountsTrainingEndedExactlyNYearsBefore() {
    EligibilityRule rule = EligibilityRule.notTrainedInSameSkillWithin(2);
    LocalDate boundary = REF.minusYears(2);
    PastParticipation endedOnBoundary =
        PastParticipation.of(CohortId.of("ROTAN-2018"), DateRange.ofClosed(boundary.minusDays(4), boundary), Set.of(RATTAN), true);
    EligibilityDecision onBoundary =
        EligibilityPolicy.of(rule).evaluate(resident(), CONTEXT.withHistory(ParticipationHistory.of(endedOnBoundary)));
    assertEquals(Set.of(EligibilityReason.RECENTLY_TRAINED_SAME_SKILL), onBoundary.reasons());
    assertEquals("2018-08-20", onBoundary.unmet().get(0).parameters().get("trainedUntil"));

    PastParticipation endedDayBefore =
        PastParticipation.of(
            CohortId.of("ROTAN-2018"), DateRange.ofClosed(boundary.minusDays(5), boundary.minusDays(1)), Set.of(RATTAN), true);
    assertTrue(
        EligibilityPolicy.of(rule)
            .evaluate(resident(), CONTEXT.withHistory(ParticipationHistory.of(endedDayBefore)))
            .isEligible());
  }

  @Test
  void customRulesReportTheirOwnCodeAndParameters() {
    EligibilityRule notCivilServant =
        EligibilityRule.custom(
            "NOT_CIVIL_SERVANT",
            "bukan ASN",
            "not a civil servant",
            (a, c) -> a.employment() != EmploymentStatus.CIVIL_SERVANT,
            (a, c) -> ImmutableMap.of("employment", a.employment().name()));
    Applicant asn = person(REF.minusYears(40), "62.71.02.1001", EmploymentStatus.CIVIL_SERVANT).build();
    EligibilityDecision d = check(notCivilServant, asn);
    assertEquals(Set.of("NOT_CIVIL_SERVANT"), d.codes());
    assertEquals(Set.of(EligibilityReason.CUSTOM), d.reasons());
    assertEquals("CIVIL_SERVANT", d.unmet().get(0).parameters().get("employment"));
    assertTrue(check(notCivilServant, resident()).isEligible());
  }

  @Test
  void customCodesMustBeCodesAndNotBuiltInReasons() {
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.custom("not a code", "x", "x", (a, c) -> true));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.custom("AGE_BELOW_MIN", "x", "x", (a, c) -> true));
    assertThrows(IllegalArgumentException.class, () -> UnmetRule.custom("CUSTOM", new RuleLabel("x", "x"), ImmutableMap.of()));
    assertThrows(IllegalArgumentException.class, () -> UnmetRule.of(EligibilityReason.CUSTOM, ImmutableMap.of()));
  }

  @Test
  void aDecisionListsEveryUnmetRuleAtOnceInPolicyOrder() {
    EligibilityPolicy palangkaRaya =
        EligibilityPolicy.of(
            EligibilityRule.productiveAge(),
            EligibilityRule.residentOf(BUKIT_BATU, RAKUMPIT),
            EligibilityRule.memberOfAll(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED),
            EligibilityRule.holding(DocumentKind.KTP, DocumentKind.KK),
            EligibilityRule.notEnrolledInOverlappingCohort(),
            EligibilityRule.notTrainedInSameSkillWithin(3),
            EligibilityRule.custom("HAS_BUSINESS", "memiliki usaha", "runs a business", (a, c) -> a.business().isPresent()));
    Applicant everythingWrong = person(REF.minusYears(70), "62.71.01.1001").build();
    ParticipationHistory history =
        ParticipationHistory.of(
            PastParticipation.of(CohortId.of("X"), DateRange.ofDays(LocalDate.of(2020, 8, 25), 1), Set.of(), false),
            PastParticipation.of(CohortId.of("Y"), DateRange.ofDays(LocalDate.of(2019, 1, 10), 3), Set.of(RATTAN), true));
    EligibilityDecision d = palangkaRaya.evaluate(everythingWrong, CONTEXT.withHistory(history));
    assertEquals(
        List.of("AGE_ABOVE_MAX", "RESIDENCE_OUTSIDE_REGIONS", "TARGET_GROUP_MISSING", "DOCUMENT_MISSING",
            "DOCUMENT_MISSING", "OVERLAPPING_ENROLLMENT", "RECENTLY_TRAINED_SAME_SKILL", "HAS_BUSINESS"),
        d.unmet().stream().map(UnmetRule::code).toList());
    assertFalse(d.isEligible());
    assertFalse(d.toString().contains(everythingWrong.nik().toString()));
  }

  @Test
  void aCohortPolicyOverridesTheProgramRuleByRecordType() {
    EligibilityPolicy program =
        EligibilityPolicy.of(
            EligibilityRule.productiveAge(),
            EligibilityRule.residentOf(BUKIT_BATU, RAKUMPIT),
            EligibilityRule.custom("HAS_BUSINESS", "memiliki usaha", "runs a business", (a, c) -> a.business().isPresent()));
    EligibilityPolicy cohort =
        EligibilityPolicy.of(
            EligibilityRule.ageBetween(18, 50),
            EligibilityRule.waive(EligibilityRule.Residence.class),
            EligibilityRule.waiveCustom("HAS_BUSINESS", "memiliki usaha", "runs a business"));
    EligibilityPolicy merged = program.overriddenBy(cohort);
    assertEquals(3, merged.rules().size());
    Applicant outsider55 = person(REF.minusYears(55), "62.71.01.1001").build();
    assertEquals(
        Set.of(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS, EligibilityReason.CUSTOM),
        program.evaluate(outsider55, CONTEXT).reasons());
    assertEquals(Set.of(EligibilityReason.AGE_ABOVE_MAX), merged.evaluate(outsider55, CONTEXT).reasons());
    assertEquals("50", merged.evaluate(outsider55, CONTEXT).unmet().get(0).parameters().get("maxAge"));
  }

  @Test
  void overridingWithAnEmptyPolicyKeepsTheProgramPolicy() {
    EligibilityPolicy program = EligibilityPolicy.of(EligibilityRule.productiveAge());
    assertEquals(program, program.overriddenBy(EligibilityPolicy.open()));
    assertThrows(IllegalArgumentException.class, () -> EligibilityRule.waive(EligibilityRule.Custom.class));
  }

  @Test
  void evaluatorBuildsAContextPerApplication() {
    EligibilityPolicy policy = EligibilityPolicy.of(EligibilityRule.residentOf(BUKIT_BATU));
    var app =
        id.terampil.core.applicant.Application.of(
            person(REF.minusYears(30), "62.71.05.1001").build(),
            id.terampil.core.identity.ProgramId.of("PKY-2020"),
            ROTAN,
            REF.atStartOfDay());
    assertEquals(
        Set.of(EligibilityReason.RESIDENCE_OUTSIDE_REGIONS),
        policy.evaluator(a -> CONTEXT).apply(app).reasons());
  }
}
