package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.region.RegionCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * One rule of an {@link EligibilityPolicy} (syarat peserta). Rules are made by the factories of
 * this interface; a user-defined rule is made with {@link #custom(String, BiPredicate)} and
 * carries its own stable code. A rule reports every way the applicant fails it, so that a decision
 * lists all unmet rules at once.
 *
 * <p>Rules are immutable and thread-safe (custom rules as far as their functions are).
 *
 * @since 0.1.0
 */
public sealed interface EligibilityRule
    permits Rules.Age,
        Rules.Residence,
        Rules.TargetGroups,
        Rules.Documents,
        Rules.NoOverlappingEnrollment,
        Rules.NoRecentSameSkill,
        Rules.Custom,
        Rules.Waiver {

  /** The lower bound of the productive age (usia produktif, BPS): 15 years. */
  int PRODUCTIVE_AGE_MIN = 15;

  /** The upper bound of the productive age (usia produktif, BPS): 64 years. */
  int PRODUCTIVE_AGE_MAX = 64;

  /**
   * Returns the kind of this rule.
   *
   * @return the kind, not null
   */
  RuleKind kind();

  /**
   * Returns the key under which a cohort's rule overrides a program's: the kind's name, or for
   * custom rules {@code CUSTOM:} followed by the rule's code.
   *
   * @return the key, not null
   */
  default String key() {
    return kind().name();
  }

  /**
   * Evaluates the rule.
   *
   * @param applicant the applicant, not null
   * @param context the reference date, target cohort and history, not null
   * @return every way the applicant fails the rule, empty if the rule is met
   */
  ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context);

  /**
   * Returns the rule that the age at the reference date lies in {@code [min, max]}, both included:
   * someone who turns {@code max + 1} on the reference date is too old.
   *
   * @param min the minimum age in years, not negative
   * @param max the maximum age in years, not below {@code min}
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code min} is negative or {@code max < min}
   */
  static EligibilityRule ageBetween(int min, int max) {
    checkArgument(min >= 0, "minimum age must not be negative: %s", min);
    checkArgument(max >= min, "maximum age must not be below the minimum %s: %s", min, max);
    return new Rules.Age(min, max);
  }

  /**
   * Returns the rule that the age at the reference date is at least {@code min}.
   *
   * @param min the minimum age in years, not negative
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code min} is negative
   */
  static EligibilityRule minimumAge(int min) {
    checkArgument(min >= 0, "minimum age must not be negative: %s", min);
    return new Rules.Age(min, Integer.MAX_VALUE);
  }

  /**
   * Returns the productive-age rule (usia produktif, BPS): 15 to 64 years at the reference date.
   *
   * @return the rule, not null
   */
  static EligibilityRule productiveAge() {
    return ageBetween(PRODUCTIVE_AGE_MIN, PRODUCTIVE_AGE_MAX);
  }

  /**
   * Returns the rule that the domicile lies within one of {@code regions} (of any level, e.g. the
   * districts Bukit Batu 62.71.02 and Rakumpit 62.71.05, or single villages).
   *
   * @param regions the admitted regions, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  static EligibilityRule residentOf(Collection<RegionCode> regions) {
    ImmutableSet<RegionCode> set = ImmutableSet.copyOf(regions);
    checkArgument(!set.isEmpty(), "residence regions must not be empty");
    return new Rules.Residence(set);
  }

  /**
   * Returns the rule that the domicile lies within one of {@code regions}.
   *
   * @param regions the admitted regions, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  static EligibilityRule residentOf(RegionCode... regions) {
    return residentOf(Arrays.asList(regions));
  }

  /**
   * Returns the rule that the applicant belongs to at least one of {@code groups}.
   *
   * @param groups the groups, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  static EligibilityRule memberOfAny(Collection<TargetGroup> groups) {
    return Rules.TargetGroups.of(groups, false);
  }

  /**
   * Returns the rule that the applicant belongs to at least one of {@code groups}.
   *
   * @param groups the groups, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  static EligibilityRule memberOfAny(TargetGroup... groups) {
    return memberOfAny(Arrays.asList(groups));
  }

  /**
   * Returns the rule that the applicant belongs to every one of {@code groups}.
   *
   * @param groups the groups, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  static EligibilityRule memberOfAll(Collection<TargetGroup> groups) {
    return Rules.TargetGroups.of(groups, true);
  }

  /**
   * Returns the rule that the applicant belongs to every one of {@code groups}.
   *
   * @param groups the groups, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  static EligibilityRule memberOfAll(TargetGroup... groups) {
    return memberOfAll(Arrays.asList(groups));
  }

  /**
   * Returns the rule that the applicant holds a document of each of {@code kinds} valid at the
   * reference date (an AK/I for two years from its issue, see {@link
   * id.terampil.core.applicant.Document}). Each document missing or expired is reported.
   *
   * @param kinds the required kinds, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  static EligibilityRule holding(DocumentKind... kinds) {
    ImmutableSet<DocumentKind> set = ImmutableSet.copyOf(kinds);
    checkArgument(!set.isEmpty(), "required documents must not be empty");
    return new Rules.Documents(set);
  }

  /**
   * Returns the rule that the applicant is not enrolled in another cohort whose period overlaps
   * the target cohort's (from the history; the target cohort itself is ignored). Each overlapping
   * cohort is reported.
   *
   * @return the rule, not null
   */
  static EligibilityRule notEnrolledInOverlappingCohort() {
    return Rules.NoOverlappingEnrollment.INSTANCE;
  }

  /**
   * Returns the rule that the applicant has not completed training in any of the target cohort's
   * skills in a cohort that ended on or after {@code referenceDate.minusYears(years)}, that is at
   * most {@code years} years before the reference date: a cohort that ended exactly {@code years}
   * years before still counts, one that ended a day earlier does not. Participations not
   * completed, and any in the target cohort itself, do not count.
   *
   * @param years the number of years, at least 1
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code years} is less than 1
   */
  static EligibilityRule notTrainedInSameSkillWithin(int years) {
    checkArgument(years >= 1, "years must be at least 1: %s", years);
    return new Rules.NoRecentSameSkill(years);
  }

  /**
   * Returns a user-defined rule with its own stable code, reported as {@link
   * EligibilityReason#CUSTOM} without parameters when {@code isMet} returns false.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param isMet whether an applicant meets the rule in a context, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason
   */
  static EligibilityRule custom(
      String code, BiPredicate<? super Applicant, ? super EligibilityContext> isMet) {
    return custom(code, isMet, (a, c) -> ImmutableMap.of());
  }

  /**
   * Returns a user-defined rule with its own stable code and explanatory parameters.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param isMet whether an applicant meets the rule in a context, not null
   * @param parameters the parameters to report when the rule is unmet, not null; they must not
   *     hold a NIK or a name
   * @return the rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason
   */
  static EligibilityRule custom(
      String code,
      BiPredicate<? super Applicant, ? super EligibilityContext> isMet,
      BiFunction<? super Applicant, ? super EligibilityContext, ? extends Map<String, String>>
          parameters) {
    UnmetRule.checkCustomCode(code);
    return new Rules.Custom(
        code, checkNotNull(isMet, "isMet must not be null"),
        checkNotNull(parameters, "parameters must not be null"));
  }

  /**
   * Returns a rule that is always met and, in a cohort's policy, removes the program's rules of
   * {@code kind} (e.g. a cohort open to residents of the whole city).
   *
   * @param kind the kind to waive, not null, not {@link RuleKind#CUSTOM} (use {@link
   *     #waiveCustom(String)})
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code kind} is {@code CUSTOM}
   */
  static EligibilityRule waive(RuleKind kind) {
    checkNotNull(kind, "kind must not be null");
    checkArgument(kind != RuleKind.CUSTOM, "waive a custom rule by its code with waiveCustom");
    return new Rules.Waiver(kind, kind.name());
  }

  /**
   * Returns a rule that is always met and, in a cohort's policy, removes the program's custom rule
   * with {@code code}.
   *
   * @param code the custom rule's code, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason
   */
  static EligibilityRule waiveCustom(String code) {
    return new Rules.Waiver(RuleKind.CUSTOM, Rules.customKey(UnmetRule.checkCustomCode(code)));
  }
}
