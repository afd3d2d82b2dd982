package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the testkit knows of an eligibility policy, read from the policy's public rule records:
 * the age range, the regions of residence, the required target groups and documents, the sex,
 * employment statuses, minimum education and civil-servant exclusion, and what the business must
 * be (size classes, KBLI prefixes, age in months). The overlapping-enrollment and same-skill rules
 * are not learnt: an applicant without history (all the generators make) always meets them. A
 * custom rule's predicate cannot be read: only its code is known, and the caller may give the
 * data it reads.
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
  /** The sex every sex rule admits, or null without one (or for rules that admit none). */
  final @Nullable Sex sex;
  /** The statuses every employment rule admits (all without one). */
  final ImmutableSet<EmploymentStatus> employment;
  final boolean notCivilServant;
  /** The highest minimum education of the rules, or null without one. */
  final @Nullable EducationLevel minEducation;
  /** The size classes every size rule admits. */
  final ImmutableSet<BusinessSizeClass> sizes;
  final boolean sizeRule;
  /** The prefixes of each KBLI rule; a KBLI code must start with one of each. */
  final ImmutableList<ImmutableSet<String>> kbli;
  final boolean businessAgeRule;
  final int minBusinessMonths;
  final int maxBusinessMonths;
  /** The codes of the custom rules. */
  final ImmutableSet<String> customCodes;

  private PolicyFacts(EligibilityPolicy policy) {
    boolean age = false;
    int min = 0;
    int max = EligibilityRule.Age.UNBOUNDED;
    List<ImmutableSet<RegionCode>> regions = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>();
    List<ImmutableSet<String>> any = new ArrayList<>();
    Set<DocumentKind> docs = new LinkedHashSet<>();
    Set<Sex> sexes = EnumSet.allOf(Sex.class);
    boolean sexRule = false;
    Set<EmploymentStatus> statuses = EnumSet.allOf(EmploymentStatus.class);
    boolean civil = false;
    EducationLevel education = null;
    Set<BusinessSizeClass> classes = EnumSet.allOf(BusinessSizeClass.class);
    boolean size = false;
    List<ImmutableSet<String>> prefixes = new ArrayList<>();
    boolean businessAge = false;
    int minMonths = 0;
    int maxMonths = EligibilityRule.BusinessAge.UNBOUNDED;
    Set<String> custom = new LinkedHashSet<>();
    for (EligibilityRule rule : policy.rules()) {
      if (rule instanceof EligibilityRule.Age a) {
        age = true;
        min = Math.max(min, a.minAge());
        max = Math.min(max, a.maxAge());
      } else if (rule instanceof EligibilityRule.Residence admitted) {
        regions.add(admitted.regions());
      } else if (rule instanceof EligibilityRule.TargetGroups groups) {
        ImmutableSet<String> codes =
            groups.groups().stream().map(TargetGroup::code).collect(ImmutableSet.toImmutableSet());
        if (groups.allRequired()) {
          all.addAll(codes);
        } else {
          any.add(codes);
        }
      } else if (rule instanceof EligibilityRule.Documents required) {
        docs.addAll(required.kinds());
      } else if (rule instanceof EligibilityRule.SexIs s) {
        sexRule = true;
        sexes.retainAll(Set.of(s.sex()));
      } else if (rule instanceof EligibilityRule.Employment e) {
        statuses.retainAll(e.statuses());
      } else if (rule instanceof EligibilityRule.NotCivilServant) {
        civil = true;
      } else if (rule instanceof EligibilityRule.MinimumEducation m) {
        education = education == null || m.minimum().isAtLeast(education) ? m.minimum() : education;
      } else if (rule instanceof EligibilityRule.BusinessSize s) {
        size = true;
        classes.retainAll(s.classes());
      } else if (rule instanceof EligibilityRule.BusinessKbli k) {
        prefixes.add(k.prefixes());
      } else if (rule instanceof EligibilityRule.BusinessAge b) {
        businessAge = true;
        minMonths = Math.max(minMonths, b.minMonths());
        maxMonths = Math.min(maxMonths, b.maxMonths());
      } else if (rule instanceof EligibilityRule.Custom c) {
        custom.add(c.code());
      }
    }
    this.ageRule = age;
    this.minAge = min;
    this.maxAge = max;
    this.residence = ImmutableList.copyOf(regions);
    this.allOf = ImmutableSet.copyOf(all);
    this.anyOf = ImmutableList.copyOf(any);
    this.documents = ImmutableSet.copyOf(docs);
    this.sex = sexRule && sexes.size() == 1 ? sexes.iterator().next() : null;
    this.employment = Sets.immutableEnumSet(statuses);
    this.notCivilServant = civil;
    this.minEducation = education;
    this.sizes = Sets.immutableEnumSet(classes);
    this.sizeRule = size;
    this.kbli = ImmutableList.copyOf(prefixes);
    this.businessAgeRule = businessAge;
    this.minBusinessMonths = minMonths;
    this.maxBusinessMonths = maxMonths;
    this.customCodes = ImmutableSet.copyOf(custom);
  }

  static PolicyFacts of(EligibilityPolicy policy) {
    return new PolicyFacts(policy);
  }

  /** Whether a rule reads the applicant's business. */
  boolean needsBusiness() {
    return sizeRule || !kbli.isEmpty() || businessAgeRule;
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
