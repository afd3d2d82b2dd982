package id.terampil.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.attendance.CompletionRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Boundaries of the rule factories: the smallest allowed value is accepted, one less refused. */
class EligibilityRuleEdgeTest {

  private static void assertRefused(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void ageRulesAcceptZeroAndAnEqualMaximum() {
    assertNotNull(EligibilityRule.ageBetween(0, 0));
    assertNotNull(EligibilityRule.ageBetween(18, 18));
    assertNotNull(EligibilityRule.minimumAge(0));
    assertRefused(() -> EligibilityRule.ageBetween(-1, 5), "minimum age must not be negative: -1");
    assertRefused(
        () -> EligibilityRule.ageBetween(18, 17), "maximum age must not be below the minimum 18: 17");
    assertRefused(() -> EligibilityRule.minimumAge(-1), "minimum age must not be negative: -1");
  }

  @Test
  void sameSkillWindowIsAtLeastOneYear() {
    assertNotNull(EligibilityRule.notTrainedInSameSkillWithin(1));
    assertRefused(() -> EligibilityRule.notTrainedInSameSkillWithin(0), "years must be at least 1: 0");
  }

  @Test
  void completionPercentRangeIsOneToOneHundred() {
    assertNotNull(CompletionRule.atLeastPercent(1));
    assertNotNull(CompletionRule.atLeastPercent(100));
    assertRefused(() -> CompletionRule.atLeastPercent(0), "percent must be 1 to 100: 0");
    assertRefused(() -> CompletionRule.atLeastPercent(101), "percent must be 1 to 100: 101");
  }

  @Test
  void everyEducationLevelIsAtLeastItself() {
    for (EducationLevel level : EducationLevel.values()) {
      assertTrue(level.isAtLeast(level), level.name());
    }
  }
}
