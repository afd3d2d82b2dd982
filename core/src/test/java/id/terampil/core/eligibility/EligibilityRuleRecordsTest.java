package id.terampil.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rules as public records: a record built directly is checked as the factories check it, a
 * built policy reads back by pattern matching, and a cohort's rule replaces the program's rule of
 * the same record type (custom rules by code).
 */
class EligibilityRuleRecordsTest {

  private static final RuleLabel LABEL = new RuleLabel("pemegang kartu", "card holder");
  private static final RegionCode BUKIT_BATU = RegionCode.parse("62.71.02");

  private static void assertRefused(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void an_age_record_refuses_a_negative_minimum() {
    assertRefused(() -> new EligibilityRule.Age(-1, 30), "minimum age must not be negative: -1");
  }

  @Test
  void an_age_record_refuses_a_maximum_below_the_minimum() {
    assertRefused(
        () -> new EligibilityRule.Age(30, 29), "maximum age must not be below the minimum 30: 29");
  }

  @Test
  void a_residence_record_refuses_no_regions() {
    assertRefused(
        () -> new EligibilityRule.Residence(ImmutableSet.of()), "residence regions must not be empty");
  }

  @Test
  void a_target_groups_record_refuses_no_groups() {
    assertRefused(
        () -> new EligibilityRule.TargetGroups(ImmutableSet.of(), true),
        "required target groups must not be empty");
  }

  @Test
  void a_documents_record_refuses_no_kinds() {
    assertRefused(
        () -> new EligibilityRule.Documents(ImmutableSet.of()), "required documents must not be empty");
  }

  @Test
  void a_same_skill_record_refuses_less_than_one_year() {
    assertRefused(() -> new EligibilityRule.NoRecentSameSkill(0), "years must be at least 1: 0");
  }

  @Test
  void a_custom_record_refuses_a_built_in_reason_as_code() {
    assertRefused(
        () -> new EligibilityRule.Custom("AGE_BELOW_MIN", LABEL, (a, c) -> true, (a, c) -> ImmutableMap.of()),
        "custom rule code must not be a built-in reason: AGE_BELOW_MIN");
  }

  @Test
  void a_custom_record_refuses_a_code_of_another_shape() {
    assertRefused(
        () -> new EligibilityRule.Custom("kartu", LABEL, (a, c) -> true, (a, c) -> ImmutableMap.of()),
        "custom rule code must be 1-48 upper-case ASCII letters, digits or '_', starting with a"
            + " letter: 'kartu'");
  }

  @Test
  void a_custom_record_refuses_missing_functions() {
    assertEquals(
        "isMet must not be null",
        assertThrows(
                NullPointerException.class,
                () -> new EligibilityRule.Custom("KARTU", LABEL, null, (a, c) -> ImmutableMap.of()))
            .getMessage());
    assertEquals(
        "parameters must not be null",
        assertThrows(
                NullPointerException.class, () -> new EligibilityRule.Custom("KARTU", LABEL, (a, c) -> true, null))
            .getMessage());
  }

  @Test
  void a_waiver_record_refuses_custom_rules() {
    assertRefused(
        () -> new EligibilityRule.Waiver(EligibilityRule.Custom.class),
        "waive a custom rule with waive(rule) or waiveCustom(code, ...)");
  }

  @Test
  void a_waiver_record_refuses_what_is_not_a_built_in_rule_record() {
    assertRefused(
        () -> new EligibilityRule.Waiver(EligibilityRule.Waiver.class),
        "rule type must be a built-in rule record: class id.terampil.core.eligibility.EligibilityRule$Waiver");
    assertRefused(
        () -> new EligibilityRule.Waiver(EligibilityRule.class),
        "rule type must be a built-in rule record: interface id.terampil.core.eligibility.EligibilityRule");
  }

  @Test
  void a_custom_waiver_record_refuses_a_built_in_reason_as_code() {
    assertRefused(
        () -> new EligibilityRule.CustomWaiver("DOCUMENT_MISSING", LABEL),
        "custom rule code must not be a built-in reason: DOCUMENT_MISSING");
  }

  @Test
  void a_built_policy_reads_back_as_records_with_their_parameters() {
    EligibilityPolicy policy =
        EligibilityPolicy.of(
            EligibilityRule.productiveAge(),
            EligibilityRule.residentOf(BUKIT_BATU),
            EligibilityRule.memberOfAny(TargetGroup.COVID_AFFECTED, TargetGroup.HOUSEWIFE),
            EligibilityRule.holding(DocumentKind.KTP, DocumentKind.AK_I),
            EligibilityRule.notEnrolledInOverlappingCohort(),
            EligibilityRule.notTrainedInSameSkillWithin(2),
            EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> true),
            EligibilityRule.waive(EligibilityRule.Residence.class),
            EligibilityRule.waiveCustom("HAS_BUSINESS", "memiliki usaha", "runs a business"));
    List<String> read = new ArrayList<>();
    for (EligibilityRule rule : policy.rules()) {
      if (rule instanceof EligibilityRule.Age age) {
        read.add("age " + age.minAge() + "-" + age.maxAge());
      } else if (rule instanceof EligibilityRule.Residence residence) {
        read.add("residence " + residence.regions());
      } else if (rule instanceof EligibilityRule.TargetGroups groups) {
        read.add("groups " + groups.groups() + " all " + groups.allRequired());
      } else if (rule instanceof EligibilityRule.Documents documents) {
        read.add("documents " + documents.kinds());
      } else if (rule instanceof EligibilityRule.NoOverlappingEnrollment) {
        read.add("no overlap");
      } else if (rule instanceof EligibilityRule.NoRecentSameSkill skill) {
        read.add("skill " + skill.years());
      } else if (rule instanceof EligibilityRule.Custom custom) {
        read.add("custom " + custom.code());
      } else if (rule instanceof EligibilityRule.Waiver waiver) {
        read.add("waiver " + waiver.ruleType().getSimpleName());
      } else if (rule instanceof EligibilityRule.CustomWaiver waiver) {
        read.add("custom waiver " + waiver.code());
      }
    }
    assertEquals(
        List.of(
            "age " + EligibilityRule.PRODUCTIVE_AGE_MIN + "-" + EligibilityRule.PRODUCTIVE_AGE_MAX,
            "residence [62.71.02]",
            "groups [COVID_AFFECTED, HOUSEWIFE] all false",
            "documents [KTP, AK_I]",
            "no overlap",
            "skill 2",
            "custom KARTU_PRAKERJA",
            "waiver Residence",
            "custom waiver HAS_BUSINESS"),
        read);
  }

  @Test
  void a_minimum_age_rule_reads_as_an_unbounded_age_record() {
    assertEquals(
        new EligibilityRule.Age(18, EligibilityRule.Age.UNBOUNDED), EligibilityRule.minimumAge(18));
  }

  @Test
  void a_cohorts_age_rule_replaces_the_programs_age_rule() {
    EligibilityPolicy program =
        EligibilityPolicy.of(
            EligibilityRule.productiveAge(), EligibilityRule.holding(DocumentKind.KTP));
    EligibilityPolicy merged =
        program.overriddenBy(EligibilityPolicy.of(new EligibilityRule.Age(18, 35)));
    assertEquals(
        List.of(EligibilityRule.holding(DocumentKind.KTP), new EligibilityRule.Age(18, 35)),
        merged.rules());
  }

  @Test
  void a_cohorts_custom_rule_replaces_only_the_programs_custom_rule_with_its_code() {
    EligibilityRule kartu = EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> true);
    EligibilityRule business = EligibilityRule.custom("HAS_BUSINESS", "memiliki usaha", "runs a business", (a, c) -> true);
    EligibilityRule stricterKartu = EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> false);
    EligibilityPolicy merged =
        EligibilityPolicy.of(kartu, business).overriddenBy(EligibilityPolicy.of(stricterKartu));
    assertEquals(List.of(business, stricterKartu), merged.rules());
  }

  @Test
  void rules_of_other_record_types_are_kept() {
    EligibilityPolicy program =
        EligibilityPolicy.of(
            EligibilityRule.productiveAge(), EligibilityRule.custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja holder", (a, c) -> true));
    EligibilityPolicy merged =
        program.overriddenBy(EligibilityPolicy.of(EligibilityRule.notTrainedInSameSkillWithin(1)));
    assertEquals(3, merged.rules().size());
    assertTrue(merged.rules().containsAll(program.rules()));
  }
}
