package id.terampil.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exact texts and waivers of eligibility rules, policies, unmet rules and decisions, and the
 * invariant that a built-in unmet rule carries its reason's name as code.
 */
class EligibilityTextTest {

  private static final RegionCode BUKIT_BATU = RegionCode.parse("62.71.02");

  @Test
  void every_built_in_rule_prints_its_kind_and_parameters() {
    assertEquals("AGE[18..35]", EligibilityRule.ageBetween(18, 35).toString());
    assertEquals("AGE[18..]", EligibilityRule.minimumAge(18).toString());
    assertEquals(
        "RESIDENCE[62.71.02, 62.71]",
        EligibilityRule.residentOf(BUKIT_BATU, RegionCode.parse("62.71")).toString());
    assertEquals(
        "TARGET_GROUPS_ANY_OF[MICRO_BUSINESS_OWNER]",
        EligibilityRule.memberOfAny(TargetGroup.MICRO_BUSINESS_OWNER).toString());
    assertEquals(
        "TARGET_GROUPS_ALL_OF[MICRO_BUSINESS_OWNER, COVID_AFFECTED]",
        EligibilityRule.memberOfAll(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED)
            .toString());
    assertEquals("DOCUMENTS[KTP]", EligibilityRule.holding(DocumentKind.KTP).toString());
    assertEquals(
        "NO_OVERLAPPING_ENROLLMENT", EligibilityRule.notEnrolledInOverlappingCohort().toString());
    assertEquals("NO_RECENT_SAME_SKILL[2y]", EligibilityRule.notTrainedInSameSkillWithin(2).toString());
    assertEquals(
        "CUSTOM[KARTU_PRAKERJA]", EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> true).toString());
    assertEquals("WAIVED[AGE]", EligibilityRule.waive(EligibilityRule.Age.class).toString());
    assertEquals(
        "WAIVED[CUSTOM:KARTU_PRAKERJA]", EligibilityRule.waiveCustom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder").toString());
  }

  @Test
  void the_waiver_of_each_built_in_rule_type_removes_that_rule_and_prints_the_old_name() {
    Map<EligibilityRule, String> rules =
        Map.of(
            EligibilityRule.productiveAge(), "AGE",
            EligibilityRule.residentOf(BUKIT_BATU), "RESIDENCE",
            EligibilityRule.memberOfAny(TargetGroup.COVID_AFFECTED), "TARGET_GROUPS",
            EligibilityRule.holding(DocumentKind.KTP), "DOCUMENTS",
            EligibilityRule.notEnrolledInOverlappingCohort(), "OVERLAPPING_ENROLLMENT",
            EligibilityRule.notTrainedInSameSkillWithin(1), "RECENT_SAME_SKILL");
    rules.forEach(
        (rule, name) -> {
          EligibilityRule waiver = EligibilityRule.waive(rule.getClass());
          assertEquals("WAIVED[" + name + "]", waiver.toString());
          assertEquals(
              List.of(waiver),
              EligibilityPolicy.of(rule).overriddenBy(EligibilityPolicy.of(waiver)).rules(),
              rule.toString());
        });
  }

  @Test
  void a_custom_waiver_removes_only_the_custom_rule_with_its_code() {
    EligibilityRule custom = EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> true);
    EligibilityRule other = EligibilityRule.custom("HAS_BUSINESS", "memiliki usaha", "runs a business", (a, c) -> true);
    EligibilityPolicy merged =
        EligibilityPolicy.of(custom, EligibilityRule.productiveAge(), other)
            .overriddenBy(EligibilityPolicy.of(EligibilityRule.waiveCustom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder")));
    assertEquals(
        "EligibilityPolicy[AGE[15..64], CUSTOM[HAS_BUSINESS], WAIVED[CUSTOM:KARTU_PRAKERJA]]",
        merged.toString());
  }

  @Test
  void a_policy_prints_its_rules_in_order() {
    EligibilityPolicy policy =
        EligibilityPolicy.of(List.of(EligibilityRule.productiveAge(), EligibilityRule.residentOf(BUKIT_BATU)));
    assertEquals("EligibilityPolicy[AGE[15..64], RESIDENCE[62.71.02]]", policy.toString());
    assertEquals(2, policy.rules().size());
    assertEquals("EligibilityPolicy[]", EligibilityPolicy.open().toString());
  }

  @Test
  void an_unmet_rule_prints_code_and_parameters_and_a_decision_lists_them() {
    UnmetRule u =
        UnmetRule.of(EligibilityReason.AGE_BELOW_MIN, ImmutableMap.of("age", "14", "minAge", "15"));
    assertEquals("AGE_BELOW_MIN{age=14, minAge=15}", u.toString());
    assertEquals(
        "INELIGIBLE[AGE_BELOW_MIN{age=14, minAge=15}]", EligibilityDecision.of(List.of(u)).toString());
    assertEquals("ELIGIBLE", EligibilityDecision.eligible().toString());
    assertEquals("ELIGIBLE", EligibilityDecision.of(List.of()).toString());
  }

  @Test
  void a_built_in_unmet_rule_must_carry_its_reason_name_as_code() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImmutableUnmetRule.of(EligibilityReason.AGE_BELOW_MIN, "AGE_ABOVE_MAX", Map.of()));
    assertEquals("code must be the reason's name AGE_BELOW_MIN: AGE_ABOVE_MAX", e.getMessage());
  }

  @Test
  void a_custom_rule_without_parameters_reports_its_code_with_no_parameters() {
    EligibilityRule never = EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> false);
    Applicant a = applicant();
    EligibilityDecision d = EligibilityPolicy.of(never).evaluate(a, context());
    assertEquals("INELIGIBLE[KARTU_PRAKERJA{}]", d.toString());
  }

  private static final LocalDate REF = LocalDate.of(2020, 8, 20);
  private static final Skill RATTAN =
      Skill.of("RATTAN_WEAVING_T", "Anyaman rotan", "Rattan weaving", SkillField.CRAFT);

  private static EligibilityContext context() {
    return EligibilityContext.builder()
        .referenceDate(REF)
        .cohort(CohortId.of("PKY-ROTAN-2020"))
        .cohortPeriod(DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28)))
        .addCohortSkills(RATTAN)
        .build();
  }

  @Test
  void recent_same_skill_names_the_latest_of_several_completed_trainings() {
    PastParticipation earlier =
        PastParticipation.of(
            CohortId.of("ROTAN-2019A"), DateRange.ofDays(REF.minusMonths(10), 5), Set.of(RATTAN), true);
    PastParticipation later =
        PastParticipation.of(
            CohortId.of("ROTAN-2019B"), DateRange.ofDays(REF.minusMonths(4), 5), Set.of(RATTAN), true);
    EligibilityRule rule = EligibilityRule.notTrainedInSameSkillWithin(2);
    for (List<PastParticipation> history : List.of(List.of(earlier, later), List.of(later, earlier))) {
      List<UnmetRule> unmet =
          rule.evaluate(
              applicant(), context().withHistory(ParticipationHistory.of(history)));
      assertEquals(1, unmet.size());
      assertEquals("ROTAN-2019B", unmet.get(0).parameters().get("cohort"));
      assertEquals(later.period().endInclusive().toString(), unmet.get(0).parameters().get("trainedUntil"));
    }
  }

  private static Applicant applicant() {
    LocalDate birth = LocalDate.of(1990, 1, 1);
    return Applicant.builder()
        .nik(Nik.of(BUKIT_BATU, birth, Sex.FEMALE, 3))
        .name(PersonName.of("Warga Uji"))
        .sex(Sex.FEMALE)
        .birthDate(birth)
        .domicile(RegionCode.parse("62.71.02.1001"))
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.SELF_EMPLOYED)
        .build();
  }

  @Test
  void residenceRulesOfDifferentRegionsHashApart() {
    EligibilityRule bukitBatu = EligibilityRule.residentOf(BUKIT_BATU);
    EligibilityRule kota = EligibilityRule.residentOf(RegionCode.parse("62.71"));
    assertEquals(bukitBatu, EligibilityRule.residentOf(RegionCode.parse("62.71.02")));
    assertEquals(bukitBatu.hashCode(), EligibilityRule.residentOf(BUKIT_BATU).hashCode());
    assertNotEquals(bukitBatu, kota);
    assertNotEquals(bukitBatu.hashCode(), kota.hashCode());
  }
}
