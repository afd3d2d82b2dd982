package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.region.RegionCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the testkit knows of an eligibility policy: the age range, the regions of residence, the
 * required target groups and documents, read from the policy's rule records. A custom rule's
 * predicate cannot be read, so custom rules are not learnt; nor are the overlapping-enrollment and
 * same-skill rules, which an applicant without history (all the generators make) always meets.
 * Callers filter by the policy's decision as a safety net, as they did when these facts were
 * learnt by probing.
 */
final class PolicyFacts {

  /** The age range used when the policy has no age rule: productive age. */
  static final int DEFAULT_MIN_AGE = EligibilityRule.PRODUCTIVE_AGE_MIN;

  /** The upper age used when the policy has no age rule or only a minimum age. */
  static final int DEFAULT_MAX_AGE = EligibilityRule.PRODUCTIVE_AGE_MAX;

  final boolean ageRule;
  /** The largest minimum age of the age rules. */
  final int minAge;
  /** The smallest maximum age of the age rules; {@link EligibilityRule.Age#UNBOUNDED} for none. */
  final int maxAge;
  /** The regions of each residence rule; the domicile must lie in one of each. */
  final ImmutableList<ImmutableSet<RegionCode>> residence;
  /** Codes of groups required all at once. */
  final ImmutableSet<String> allOf;
  /** Each element: codes of groups of which one is required. */
  final ImmutableList<ImmutableSet<String>> anyOf;
  final ImmutableSet<DocumentKind> documents;

  private PolicyFacts(
      boolean ageRule,
      int minAge,
      int maxAge,
      ImmutableList<ImmutableSet<RegionCode>> residence,
      ImmutableSet<String> allOf,
      ImmutableList<ImmutableSet<String>> anyOf,
      ImmutableSet<DocumentKind> documents) {
    this.ageRule = ageRule;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.residence = residence;
    this.allOf = allOf;
    this.anyOf = anyOf;
    this.documents = documents;
  }

  static PolicyFacts of(EligibilityPolicy policy) {
    boolean ageRule = false;
    int min = 0;
    int max = EligibilityRule.Age.UNBOUNDED;
    List<ImmutableSet<RegionCode>> residence = new ArrayList<>();
    Set<String> allOf = new LinkedHashSet<>();
    List<ImmutableSet<String>> anyOf = new ArrayList<>();
    Set<DocumentKind> documents = new LinkedHashSet<>();
    for (EligibilityRule rule : policy.rules()) {
      if (rule instanceof EligibilityRule.Age age) {
        ageRule = true;
        min = Math.max(min, age.minAge());
        max = Math.min(max, age.maxAge());
      } else if (rule instanceof EligibilityRule.Residence admitted) {
        residence.add(admitted.regions());
      } else if (rule instanceof EligibilityRule.TargetGroups groups) {
        ImmutableSet<String> codes =
            groups.groups().stream().map(TargetGroup::code).collect(ImmutableSet.toImmutableSet());
        if (groups.allRequired()) {
          allOf.addAll(codes);
        } else {
          anyOf.add(codes);
        }
      } else if (rule instanceof EligibilityRule.Documents required) {
        documents.addAll(required.kinds());
      }
    }
    return new PolicyFacts(
        ageRule,
        min,
        max,
        ImmutableList.copyOf(residence),
        ImmutableSet.copyOf(allOf),
        ImmutableList.copyOf(anyOf),
        ImmutableSet.copyOf(documents));
  }

  /** The youngest age to generate. */
  int lowAge() {
    return ageRule ? minAge : DEFAULT_MIN_AGE;
  }

  /** The oldest age to generate: the rule's maximum, or productive age when unbounded. */
  int highAge() {
    if (!ageRule) {
      return DEFAULT_MAX_AGE;
    }
    return maxAge == EligibilityRule.Age.UNBOUNDED ? Math.max(minAge, DEFAULT_MAX_AGE) : maxAge;
  }
}
