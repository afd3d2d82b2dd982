package id.terampil.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The residence rule keeps its regions twice (a set, and an array for the loop): equality, hash
 * and text follow the set alone.
 */
class ResidenceRuleTest {

  private static final RegionCode BUKIT_BATU = RegionCode.parse("62.71.02");
  private static final RegionCode RAKUMPIT = RegionCode.parse("62.71.05");

  @Test
  void rulesWithTheSameRegionsAreEqualWhateverTheOrder() {
    EligibilityRule a = EligibilityRule.residentOf(BUKIT_BATU, RAKUMPIT);
    EligibilityRule b = EligibilityRule.residentOf(List.of(RAKUMPIT, BUKIT_BATU));
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(EligibilityPolicy.of(a), EligibilityPolicy.of(b));
  }

  @Test
  void rulesWithOtherRegionsOrOfAnotherKindDiffer() {
    EligibilityRule a = EligibilityRule.residentOf(BUKIT_BATU, RAKUMPIT);
    assertNotEquals(a, EligibilityRule.residentOf(BUKIT_BATU));
    assertNotEquals(a, EligibilityRule.productiveAge());
    assertNotEquals(a, null);
  }

  @Test
  void theTextNamesTheRegionsOnly() {
    String text = EligibilityRule.residentOf(BUKIT_BATU).toString();
    assertEquals("RESIDENCE[62.71.02]", text);
    assertTrue(EligibilityRule.residentOf(BUKIT_BATU, RAKUMPIT).toString().startsWith("RESIDENCE["));
  }
}
