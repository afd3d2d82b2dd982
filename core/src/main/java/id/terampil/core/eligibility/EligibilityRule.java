package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * One rule of an {@link EligibilityPolicy} (syarat peserta). Each rule is a public record whose
 * components are its parameters, so a user can read a policy by pattern matching, e.g. {@code
 * rule instanceof EligibilityRule.Age age && age.maxAge() < 30}. Rules are made by the factories
 * of this interface or by the records' constructors, which check the same invariants. A
 * user-defined rule is made with {@link #custom(String, BiPredicate)} and carries its own stable
 * code. A rule reports every way the applicant fails it, so that a decision lists all unmet rules
 * at once.
 *
 * <p>Rules are immutable and thread-safe (custom rules as far as their functions are).
 *
 * @since 0.1.0
 */
public sealed interface EligibilityRule {

  /** The lower bound of the productive age (usia produktif, BPS): 15 years. */
  int PRODUCTIVE_AGE_MIN = 15;

  /** The upper bound of the productive age (usia produktif, BPS): 64 years. */
  int PRODUCTIVE_AGE_MAX = 64;

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
    return new Age(min, max);
  }

  /**
   * Returns the rule that the age at the reference date is at least {@code min}.
   *
   * @param min the minimum age in years, not negative
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code min} is negative
   */
  static EligibilityRule minimumAge(int min) {
    return new Age(min, Age.UNBOUNDED);
  }

  /**
   * Returns the productive-age rule (usia produktif, BPS): {@value #PRODUCTIVE_AGE_MIN} to {@value
   * #PRODUCTIVE_AGE_MAX} years at the reference date.
   *
   * @return the rule, not null
   */
  static EligibilityRule productiveAge() {
    return new Age(PRODUCTIVE_AGE_MIN, PRODUCTIVE_AGE_MAX);
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
    return new Residence(ImmutableSet.copyOf(regions));
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
    return new TargetGroups(ImmutableSet.copyOf(groups), false);
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
    return new TargetGroups(ImmutableSet.copyOf(groups), true);
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
    return new Documents(ImmutableSet.copyOf(kinds));
  }

  /**
   * Returns the rule that the applicant is not enrolled in another cohort whose period overlaps
   * the target cohort's (from the history; the target cohort itself is ignored). Each overlapping
   * cohort is reported.
   *
   * @return the rule, not null
   */
  static EligibilityRule notEnrolledInOverlappingCohort() {
    return new NoOverlappingEnrollment();
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
    return new NoRecentSameSkill(years);
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
    return new Custom(code, isMet, parameters);
  }

  /**
   * Returns a rule that is always met and, in a cohort's policy, removes the program's rules of
   * {@code ruleType} (e.g. {@code waive(EligibilityRule.Residence.class)} for a cohort open to
   * residents of the whole city).
   *
   * @param ruleType the record type of the rules to waive, not null, not {@link Custom} (use
   *     {@link #waiveCustom(String)}) nor a waiver
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code ruleType} is {@code Custom} or a waiver
   */
  static EligibilityRule waive(Class<? extends EligibilityRule> ruleType) {
    return new Waiver(ruleType);
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
    return new CustomWaiver(code);
  }

  /**
   * The rule that the age at the reference date lies in {@code [minAge, maxAge]}, both included.
   * Reports {@link EligibilityReason#AGE_BELOW_MIN} with {@code age, minAge, referenceDate} (also
   * for someone not yet born, at age 0), or {@link EligibilityReason#AGE_ABOVE_MAX} with {@code
   * age, maxAge, referenceDate}.
   *
   * @param minAge the minimum age in years, not negative
   * @param maxAge the maximum age in years, not below {@code minAge}; {@link Integer#MAX_VALUE}
   *     for no maximum
   * @since 0.1.0
   */
  record Age(int minAge, int maxAge) implements EligibilityRule {

    /** The {@link #maxAge()} of a rule without a maximum age. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * Checks the invariants.
     *
     * @param minAge the minimum age in years, not negative
     * @param maxAge the maximum age in years, not below {@code minAge}
     * @throws IllegalArgumentException if {@code minAge} is negative or {@code maxAge < minAge}
     */
    public Age {
      checkArgument(minAge >= 0, "minimum age must not be negative: %s", minAge);
      checkArgument(
          maxAge >= minAge, "maximum age must not be below the minimum %s: %s", minAge, maxAge);
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      LocalDate ref = context.referenceDate();
      // Someone not yet born at the reference date is below any minimum, at age 0.
      int age = ref.isBefore(applicant.birthDate()) ? 0 : applicant.ageOn(ref);
      if (age < minAge || ref.isBefore(applicant.birthDate())) {
        return ImmutableList.of(
            UnmetRule.of(
                EligibilityReason.AGE_BELOW_MIN,
                ImmutableMap.of(
                    "age", Integer.toString(age),
                    "minAge", Integer.toString(minAge),
                    "referenceDate", ref.toString())));
      }
      if (age > maxAge) {
        return ImmutableList.of(
            UnmetRule.of(
                EligibilityReason.AGE_ABOVE_MAX,
                ImmutableMap.of(
                    "age", Integer.toString(age),
                    "maxAge", Integer.toString(maxAge),
                    "referenceDate", ref.toString())));
      }
      return ImmutableList.of();
    }

    /**
     * Returns the range, e.g. {@code AGE[15..64]}, or {@code AGE[18..]} without a maximum.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return maxAge == UNBOUNDED ? "AGE[" + minAge + "..]" : "AGE[" + minAge + ".." + maxAge + "]";
    }
  }

  /**
   * The rule that the domicile lies within one of {@code regions}, of any level. Reports {@link
   * EligibilityReason#RESIDENCE_OUTSIDE_REGIONS} with {@code domicile} and {@code regions} (the
   * codes sorted, comma-separated).
   *
   * @param regions the admitted regions, not empty
   * @since 0.1.0
   */
  record Residence(ImmutableSet<RegionCode> regions) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param regions the admitted regions, not empty
     * @throws IllegalArgumentException if {@code regions} is empty
     */
    public Residence {
      checkArgument(!regions.isEmpty(), "residence regions must not be empty");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      RegionCode domicile = applicant.domicile();
      if (regions.stream().anyMatch(region -> region.contains(domicile))) {
        return ImmutableList.of();
      }
      return ImmutableList.of(
          UnmetRule.of(
              EligibilityReason.RESIDENCE_OUTSIDE_REGIONS,
              ImmutableMap.of(
                  "domicile", domicile.toString(), "regions", sortedCodes(regions))));
    }

    /**
     * Returns the regions, e.g. {@code RESIDENCE[62.71.02, 62.71.05]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "RESIDENCE" + regions;
    }
  }

  /**
   * The rule that the applicant belongs to every one of {@code groups} ({@code allRequired}) or to
   * at least one of them. Reports {@link EligibilityReason#TARGET_GROUP_MISSING} with {@code mode}
   * ({@code ALL_OF} or {@code ANY_OF}), {@code required} and {@code missing} (codes sorted,
   * comma-separated).
   *
   * @param groups the groups, not empty
   * @param allRequired whether every group is required rather than any one
   * @since 0.1.0
   */
  record TargetGroups(ImmutableSet<TargetGroup> groups, boolean allRequired)
      implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param groups the groups, not empty
     * @param allRequired whether every group is required rather than any one
     * @throws IllegalArgumentException if {@code groups} is empty
     */
    public TargetGroups {
      checkArgument(!groups.isEmpty(), "required target groups must not be empty");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      ImmutableSet<TargetGroup> missing =
          groups.stream()
              .filter(g -> !applicant.isMemberOf(g))
              .collect(ImmutableSet.toImmutableSet());
      boolean met = allRequired ? missing.isEmpty() : missing.size() < groups.size();
      if (met) {
        return ImmutableList.of();
      }
      return ImmutableList.of(
          UnmetRule.of(
              EligibilityReason.TARGET_GROUP_MISSING,
              ImmutableMap.of(
                  "mode", allRequired ? "ALL_OF" : "ANY_OF",
                  "required", sortedCodes(groups),
                  "missing", sortedCodes(missing))));
    }

    /**
     * Returns the mode and groups, e.g. {@code TARGET_GROUPS_ALL_OF[MICRO_BUSINESS_OWNER]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return (allRequired ? "TARGET_GROUPS_ALL_OF" : "TARGET_GROUPS_ANY_OF") + groups;
    }
  }

  /**
   * The rule that the applicant holds a document of each of {@code kinds} valid at the reference
   * date. Reports, for each kind, {@link EligibilityReason#DOCUMENT_MISSING} with {@code document}
   * when none is held or issued yet, or {@link EligibilityReason#DOCUMENT_EXPIRED} with {@code
   * document, validUntil, referenceDate} when the latest one issued is no longer valid.
   *
   * @param kinds the required kinds, not empty
   * @since 0.1.0
   */
  record Documents(ImmutableSet<DocumentKind> kinds) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param kinds the required kinds, not empty
     * @throws IllegalArgumentException if {@code kinds} is empty
     */
    public Documents {
      checkArgument(!kinds.isEmpty(), "required documents must not be empty");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      LocalDate ref = context.referenceDate();
      ImmutableList.Builder<UnmetRule> unmet = ImmutableList.builder();
      for (DocumentKind kind : kinds) {
        ImmutableList<Document> held = applicant.documentsOf(kind);
        if (held.stream().anyMatch(d -> d.isValidOn(ref))) {
          continue;
        }
        // The latest end of validity among documents already issued at the reference date.
        Optional<LocalDate> expiredOn =
            held.stream()
                .filter(d -> !d.issueDate().isAfter(ref))
                .map(d -> d.validUntil().orElse(ref))
                .max(LocalDate::compareTo);
        if (expiredOn.isPresent()) {
          unmet.add(
              UnmetRule.of(
                  EligibilityReason.DOCUMENT_EXPIRED,
                  ImmutableMap.of(
                      "document", kind.name(),
                      "validUntil", expiredOn.get().toString(),
                      "referenceDate", ref.toString())));
        } else {
          unmet.add(
              UnmetRule.of(EligibilityReason.DOCUMENT_MISSING, ImmutableMap.of("document", kind.name())));
        }
      }
      return unmet.build();
    }

    /**
     * Returns the kinds, e.g. {@code DOCUMENTS[KTP, AK_I]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "DOCUMENTS" + kinds;
    }
  }

  /**
   * The rule that the applicant is not enrolled in another cohort whose period overlaps the target
   * cohort's (from the history; the target cohort itself is ignored). Reports, for each such
   * cohort, {@link EligibilityReason#OVERLAPPING_ENROLLMENT} with {@code cohort, period}. Has no
   * parameters: all instances are equal.
   *
   * @since 0.1.0
   */
  record NoOverlappingEnrollment() implements EligibilityRule {

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return context.history().participations().stream()
          .filter(p -> !p.cohort().equals(context.cohort()))
          .filter(p -> p.period().overlaps(context.cohortPeriod()))
          .map(
              p ->
                  UnmetRule.of(
                      EligibilityReason.OVERLAPPING_ENROLLMENT,
                      ImmutableMap.of("cohort", p.cohort().toString(), "period", p.period().toString())))
          .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns {@code NO_OVERLAPPING_ENROLLMENT}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "NO_OVERLAPPING_ENROLLMENT";
    }
  }

  /**
   * The rule that the applicant has not completed training in any of the target cohort's skills in
   * a cohort that ended at most {@code years} years before the reference date (see {@link
   * EligibilityRule#notTrainedInSameSkillWithin(int)}). Reports, for each such skill, {@link
   * EligibilityReason#RECENTLY_TRAINED_SAME_SKILL} with {@code skill, cohort, trainedUntil, years}
   * (the latest such cohort).
   *
   * @param years the number of years, at least 1
   * @since 0.1.0
   */
  record NoRecentSameSkill(int years) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param years the number of years, at least 1
     * @throws IllegalArgumentException if {@code years} is less than 1
     */
    public NoRecentSameSkill {
      checkArgument(years >= 1, "years must be at least 1: %s", years);
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      LocalDate since = context.referenceDate().minusYears(years);
      // For each skill of the target cohort, the most recent completed participation teaching it.
      Map<Skill, PastParticipation> latest = new LinkedHashMap<>();
      for (PastParticipation p : context.history().participations()) {
        if (!p.completed() || p.cohort().equals(context.cohort()) || p.period().endInclusive().isBefore(since)) {
          continue;
        }
        for (Skill skill : context.cohortSkills()) {
          if (p.skills().contains(skill)) {
            latest.merge(skill, p, (a, b) -> b.period().endInclusive().isAfter(a.period().endInclusive()) ? b : a);
          }
        }
      }
      return context.cohortSkills().stream()
          .filter(latest::containsKey)
          .map(
              s ->
                  UnmetRule.of(
                      EligibilityReason.RECENTLY_TRAINED_SAME_SKILL,
                      ImmutableMap.of(
                          "skill", s.code(),
                          "cohort", latest.get(s).cohort().toString(),
                          "trainedUntil", latest.get(s).period().endInclusive().toString(),
                          "years", Integer.toString(years))))
          .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the years, e.g. {@code NO_RECENT_SAME_SKILL[2y]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "NO_RECENT_SAME_SKILL[" + years + "y]";
    }
  }

  /**
   * A user-defined rule with its own stable code. Reports {@link EligibilityReason#CUSTOM} with
   * {@link UnmetRule#code()} {@code code} and the parameters {@code parameters} gives, when {@code
   * isMet} returns false. Equal only to itself unless its functions are equal.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param isMet whether an applicant meets the rule in a context, not null
   * @param parameters the parameters to report when the rule is unmet, not null; they must not
   *     hold a NIK or a name
   * @since 0.1.0
   */
  record Custom(
      String code,
      BiPredicate<? super Applicant, ? super EligibilityContext> isMet,
      BiFunction<? super Applicant, ? super EligibilityContext, ? extends Map<String, String>>
          parameters)
      implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param code the stable code
     * @param isMet whether an applicant meets the rule in a context, not null
     * @param parameters the parameters to report when the rule is unmet, not null
     * @throws IllegalArgumentException if the code has another shape or names a built-in reason
     */
    public Custom {
      UnmetRule.checkCustomCode(code);
      checkNotNull(isMet, "isMet must not be null");
      checkNotNull(parameters, "parameters must not be null");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      if (isMet.test(applicant, context)) {
        return ImmutableList.of();
      }
      return ImmutableList.of(UnmetRule.custom(code, parameters.apply(applicant, context)));
    }

    /**
     * Returns the code, e.g. {@code CUSTOM[KARTU_PRAKERJA]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "CUSTOM[" + code + "]";
    }
  }

  /**
   * A rule that is always met and, in a cohort's policy, removes the program's rules of {@code
   * ruleType}. Reports nothing.
   *
   * @param ruleType the record type of the waived rules: {@link Age}, {@link Residence}, {@link
   *     TargetGroups}, {@link Documents}, {@link NoOverlappingEnrollment} or {@link
   *     NoRecentSameSkill}
   * @since 0.1.0
   */
  record Waiver(Class<? extends EligibilityRule> ruleType) implements EligibilityRule {

    /** The text of each waivable type in {@link #toString()}. */
    private static final ImmutableMap<Class<? extends EligibilityRule>, String> NAMES =
        ImmutableMap.of(
            Age.class, "AGE",
            Residence.class, "RESIDENCE",
            TargetGroups.class, "TARGET_GROUPS",
            Documents.class, "DOCUMENTS",
            NoOverlappingEnrollment.class, "OVERLAPPING_ENROLLMENT",
            NoRecentSameSkill.class, "RECENT_SAME_SKILL");

    /**
     * Checks the invariants.
     *
     * @param ruleType the record type of the waived rules, not null
     * @throws IllegalArgumentException if {@code ruleType} is {@code Custom}, a waiver or {@code
     *     EligibilityRule} itself
     */
    public Waiver {
      checkNotNull(ruleType, "rule type must not be null");
      checkArgument(ruleType != Custom.class, "waive a custom rule by its code with waiveCustom");
      checkArgument(
          NAMES.containsKey(ruleType), "rule type must be a built-in rule record: %s", ruleType);
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return ImmutableList.of();
    }

    /**
     * Returns the waived type, e.g. {@code WAIVED[AGE]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "WAIVED[" + NAMES.get(ruleType) + "]";
    }
  }

  /**
   * A rule that is always met and, in a cohort's policy, removes the program's {@link Custom} rule
   * with {@code code}. Reports nothing.
   *
   * @param code the custom rule's code: 1-48 upper-case ASCII letters, digits and '_', not the name
   *     of a built-in reason
   * @since 0.1.0
   */
  record CustomWaiver(String code) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param code the custom rule's code
     * @throws IllegalArgumentException if the code has another shape or names a built-in reason
     */
    public CustomWaiver {
      UnmetRule.checkCustomCode(code);
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return ImmutableList.of();
    }

    /**
     * Returns the code, e.g. {@code WAIVED[CUSTOM:KARTU_PRAKERJA]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "WAIVED[CUSTOM:" + code + "]";
    }
  }

  private static String sortedCodes(Collection<?> items) {
    return items.stream().map(Object::toString).sorted().collect(joining(","));
  }
}
