package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One rule of an {@link EligibilityPolicy} (syarat peserta). Each rule is a public record whose
 * components are its parameters, so a user can read a policy by pattern matching, e.g. {@code
 * rule instanceof EligibilityRule.Age age && age.maxAge() < 30}. Rules are made by the factories
 * of this interface or by the records' constructors, which check the same invariants. A
 * user-defined rule is made in one line with {@link #custom(String, String, String, BiPredicate)}
 * and carries its own stable code and an Indonesian and English label. A rule reports every way the
 * applicant fails it, so that a decision lists all unmet rules at once.
 *
 * <p>The built-in rules cover what local programs commonly require: age, residence, target groups,
 * documents, training history, sex, employment status, minimum education, not being a civil
 * servant (ASN, TNI, Polri), and the applicant's business: its size class by PP 7/2021, its KBLI
 * activity and its age in months. For example, a women-only course for micro food businesses at
 * least a year old:
 *
 * <pre>{@code
 * EligibilityPolicy.of(
 *     EligibilityRule.onlySex(Sex.FEMALE),
 *     EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO),
 *     EligibilityRule.businessKbliStartingWith("10"),
 *     EligibilityRule.businessAgeAtLeastMonths(12),
 *     EligibilityRule.custom("BELUM_PERNAH_HIBAH", "belum pernah menerima hibah", "no earlier grant",
 *         (applicant, context) -> !grantees.contains(applicant.nik())));
 * }</pre>
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
   * years before still counts, one that ended a day earlier does not. An enrollment in another
   * cohort teaching such a skill that has not ended by the reference date (under way, or still to
   * come, such as another cohort of the same program) counts as well. Participations that ended
   * without completion, and any in the target cohort itself, do not count.
   *
   * @param years the number of years, at least 1
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code years} is less than 1
   */
  static EligibilityRule notTrainedInSameSkillWithin(int years) {
    return new NoRecentSameSkill(years);
  }

  /**
   * Returns the rule that the applicant is of {@code sex}, e.g. {@code onlySex(Sex.FEMALE)} for a
   * women-only course (khusus perempuan).
   *
   * @param sex the admitted sex, not null
   * @return the rule, not null
   * @throws NullPointerException if {@code sex} is null
   */
  static EligibilityRule onlySex(Sex sex) {
    return new SexIs(sex);
  }

  /**
   * Returns the rule that the applicant's employment status is one of {@code statuses}, e.g.
   * {@code employmentAnyOf(UNEMPLOYED, LAID_OFF)} for job seekers.
   *
   * @param statuses the admitted statuses, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code statuses} is empty
   */
  static EligibilityRule employmentAnyOf(Collection<EmploymentStatus> statuses) {
    return new Employment(ImmutableSet.copyOf(statuses));
  }

  /**
   * Returns the rule that the applicant's employment status is one of {@code statuses}.
   *
   * @param statuses the admitted statuses, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code statuses} is empty
   */
  static EligibilityRule employmentAnyOf(EmploymentStatus... statuses) {
    return employmentAnyOf(Arrays.asList(statuses));
  }

  /**
   * Returns the rule that the highest education completed is {@code minimum} or higher, in the
   * order of {@link EducationLevel}, e.g. {@code minimumEducation(SMA_SMK)}.
   *
   * @param minimum the lowest admitted level, not null, not {@link EducationLevel#NONE}
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code minimum} is {@code NONE}, which every applicant
   *     meets
   */
  static EligibilityRule minimumEducation(EducationLevel minimum) {
    return new MinimumEducation(minimum);
  }

  /**
   * Returns the rule that the applicant is not a civil servant, soldier or police officer (bukan
   * ASN, TNI atau Polri): their employment status is not {@link EmploymentStatus#CIVIL_SERVANT},
   * which an occupation of Dukcapil's list such as {@code PEGAWAI NEGERI SIPIL}, {@code TNI} or
   * {@code POLRI} reads as (see {@link EmploymentStatus#read(CharSequence)}).
   *
   * @return the rule, not null
   */
  static EligibilityRule notCivilServant() {
    return new NotCivilServant();
  }

  /**
   * Returns the rule that the applicant runs a business whose size class by PP 7/2021 ({@link
   * BusinessProfile#sizeClass()}, computed from the declared sales or capital) is one of {@code
   * classes}. A declared target group such as {@code MICRO_BUSINESS_OWNER} does not count: the
   * business profile decides.
   *
   * @param classes the admitted size classes, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code classes} is empty
   */
  static EligibilityRule businessSizeAnyOf(BusinessSizeClass... classes) {
    return new BusinessSize(ImmutableSet.copyOf(classes));
  }

  /**
   * Returns the rule that the applicant runs a business whose KBLI code starts with one of {@code
   * prefixes}, e.g. {@code "10"} for food manufacturing or {@code "16291"} for woven rattan goods.
   *
   * @param prefixes the admitted prefixes, each 1 to 5 ASCII digits, not empty
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code prefixes} is empty or a prefix is not 1-5 digits
   */
  static EligibilityRule businessKbliStartingWith(String... prefixes) {
    return new BusinessKbli(ImmutableSet.copyOf(prefixes));
  }

  /**
   * Returns the rule that the applicant runs a business that started at least {@code minMonths}
   * whole months before the reference date (e.g. 12 for "usaha sudah berjalan minimal 1 tahun").
   *
   * @param minMonths the minimum age in months, not negative
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code minMonths} is negative
   */
  static EligibilityRule businessAgeAtLeastMonths(int minMonths) {
    return new BusinessAge(minMonths, BusinessAge.UNBOUNDED);
  }

  /**
   * Returns the rule that the applicant runs a business whose age in whole months at the reference
   * date lies in {@code [minMonths, maxMonths]}, both included (e.g. {@code 0, 24} for businesses
   * at most two years old).
   *
   * @param minMonths the minimum age in months, not negative
   * @param maxMonths the maximum age in months, not below {@code minMonths}
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code minMonths} is negative or {@code maxMonths <
   *     minMonths}
   */
  static EligibilityRule businessAgeBetweenMonths(int minMonths, int maxMonths) {
    return new BusinessAge(minMonths, maxMonths);
  }

  /**
   * Returns a user-defined rule with its own stable code and label, reported as {@link
   * EligibilityReason#CUSTOM} without parameters when {@code isMet} returns false. One line per
   * local rule, e.g. {@code custom("KARTU_PRAKERJA", "pemegang Kartu Prakerja", "Kartu Prakerja
   * holder", (a, c) -> holders.contains(a.nik()))}.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param indonesian the label in Indonesian that findings and decisions show, not null
   * @param english the label in English, not null
   * @param isMet whether an applicant meets the rule in a context, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason, or
   *     a label is blank, longer than 300 characters or holds control characters
   */
  static EligibilityRule custom(
      String code,
      String indonesian,
      String english,
      BiPredicate<? super Applicant, ? super EligibilityContext> isMet) {
    return custom(code, indonesian, english, isMet, (a, c) -> ImmutableMap.of());
  }

  /**
   * Returns a user-defined rule with its own stable code, label and explanatory parameters.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param indonesian the label in Indonesian that findings and decisions show, not null
   * @param english the label in English, not null
   * @param isMet whether an applicant meets the rule in a context, not null
   * @param parameters the parameters to report when the rule is unmet, not null; they must not
   *     hold a NIK or a name
   * @return the rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason, or
   *     a label is blank, longer than 300 characters or holds control characters
   */
  static EligibilityRule custom(
      String code,
      String indonesian,
      String english,
      BiPredicate<? super Applicant, ? super EligibilityContext> isMet,
      BiFunction<? super Applicant, ? super EligibilityContext, ? extends Map<String, String>>
          parameters) {
    return new Custom(code, new RuleLabel(indonesian, english), isMet, parameters);
  }

  /**
   * Returns a rule that is always met and, in a cohort's policy, removes the program's rules of
   * {@code ruleType} (e.g. {@code waive(EligibilityRule.Residence.class)} for a cohort open to
   * residents of the whole city).
   *
   * @param ruleType the record type of the rules to waive, not null, not {@link Custom} (use
   *     {@link #waive(Custom)}) nor a waiver
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code ruleType} is {@code Custom} or a waiver
   */
  static EligibilityRule waive(Class<? extends EligibilityRule> ruleType) {
    return new Waiver(ruleType);
  }

  /**
   * Returns a rule that is always met and, in a cohort's policy, removes the program's custom rule
   * with the code of {@code rule}; it carries the rule's label.
   *
   * @param rule the custom rule to waive, not null
   * @return the rule, not null
   * @throws NullPointerException if {@code rule} is null
   */
  static EligibilityRule waive(Custom rule) {
    checkNotNull(rule, "custom rule must not be null");
    return new CustomWaiver(rule.code(), rule.label());
  }

  /**
   * Returns a rule that is always met and, in a cohort's policy, removes the program's custom rule
   * with {@code code}.
   *
   * @param code the custom rule's code, not null
   * @param indonesian the waived rule's label in Indonesian, not null
   * @param english the waived rule's label in English, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason, or
   *     a label is blank, too long or holds control characters
   */
  static EligibilityRule waiveCustom(String code, String indonesian, String english) {
    return new CustomWaiver(code, new RuleLabel(indonesian, english));
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
      for (RegionCode region : regions) {
        if (region.contains(domicile)) {
          return ImmutableList.of();
        }
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
        boolean valid = false;
        // The latest end of validity among documents already issued at the reference date.
        @Nullable LocalDate expiredOn = null;
        for (Document d : applicant.documents()) {
          if (d.kind() == kind) {
            valid |= d.isValidOn(ref);
            if (!d.issueDate().isAfter(ref)) {
              LocalDate end = d.validUntil().orElse(ref);
              expiredOn = expiredOn != null && expiredOn.isAfter(end) ? expiredOn : end;
            }
          }
        }
        if (valid) {
          continue;
        }
        if (expiredOn != null) {
          unmet.add(
              UnmetRule.of(
                  EligibilityReason.DOCUMENT_EXPIRED,
                  ImmutableMap.of(
                      "document", kind.name(),
                      "validUntil", expiredOn.toString(),
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
      ImmutableList.Builder<UnmetRule> unmet = ImmutableList.builder();
      for (PastParticipation p : context.history().participations()) {
        if (!p.cohort().equals(context.cohort()) && p.period().overlaps(context.cohortPeriod())) {
          unmet.add(
              UnmetRule.of(
                  EligibilityReason.OVERLAPPING_ENROLLMENT,
                  ImmutableMap.of("cohort", p.cohort().toString(), "period", p.period().toString())));
        }
      }
      return unmet.build();
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
   * a cohort that ended at most {@code years} years before the reference date, nor is enrolled in
   * another cohort teaching one that has not ended by then (see {@link
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
      LocalDate ref = context.referenceDate();
      LocalDate since = ref.minusYears(years);
      // For each skill of the target cohort, the latest counted participation teaching it:
      // completed within the years, or not ended by the reference date.
      Map<Skill, PastParticipation> latest = new LinkedHashMap<>();
      for (PastParticipation p : context.history().participations()) {
        LocalDate end = p.period().endInclusive();
        boolean counts = p.completed() ? !end.isBefore(since) : !end.isBefore(ref);
        if (!counts || p.cohort().equals(context.cohort())) {
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
   * A user-defined rule with its own stable code and label. Reports {@link EligibilityReason#CUSTOM}
   * with {@link UnmetRule#code()} {@code code}, {@link UnmetRule#label()} {@code label} and the
   * parameters {@code parameters} gives, when {@code isMet} returns false. Equal only to itself
   * unless its functions are equal.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param label the label in Indonesian and English that findings and decisions show, not null
   * @param isMet whether an applicant meets the rule in a context, not null
   * @param parameters the parameters to report when the rule is unmet, not null; they must not
   *     hold a NIK or a name
   * @since 0.1.0
   */
  record Custom(
      String code,
      RuleLabel label,
      BiPredicate<? super Applicant, ? super EligibilityContext> isMet,
      BiFunction<? super Applicant, ? super EligibilityContext, ? extends Map<String, String>>
          parameters)
      implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param code the stable code
     * @param label the label, not null
     * @param isMet whether an applicant meets the rule in a context, not null
     * @param parameters the parameters to report when the rule is unmet, not null
     * @throws IllegalArgumentException if the code has another shape or names a built-in reason
     */
    public Custom {
      UnmetRule.checkCustomCode(code);
      checkNotNull(label, "label must not be null");
      checkNotNull(isMet, "isMet must not be null");
      checkNotNull(parameters, "parameters must not be null");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      if (isMet.test(applicant, context)) {
        return ImmutableList.of();
      }
      Map<String, String> reported = parameters.apply(applicant, context);
      checkNotNull(reported, "custom rule %s returned null parameters", code);
      return ImmutableList.of(UnmetRule.custom(code, label, reported));
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
   * @param ruleType the record type of the waived rules: a built-in rule record ({@link Age},
   *     {@link Residence}, {@link TargetGroups}, {@link Documents}, {@link
   *     NoOverlappingEnrollment}, {@link NoRecentSameSkill}, {@link SexIs}, {@link Employment},
   *     {@link MinimumEducation}, {@link NotCivilServant}, {@link BusinessSize}, {@link
   *     BusinessKbli} or {@link BusinessAge})
   * @since 0.1.0
   */
  record Waiver(Class<? extends EligibilityRule> ruleType) implements EligibilityRule {

    /** The text of each waivable type in {@link #toString()}. */
    private static final ImmutableMap<Class<? extends EligibilityRule>, String> NAMES =
        ImmutableMap.<Class<? extends EligibilityRule>, String>builder()
            .put(Age.class, "AGE")
            .put(Residence.class, "RESIDENCE")
            .put(TargetGroups.class, "TARGET_GROUPS")
            .put(Documents.class, "DOCUMENTS")
            .put(NoOverlappingEnrollment.class, "OVERLAPPING_ENROLLMENT")
            .put(NoRecentSameSkill.class, "RECENT_SAME_SKILL")
            .put(SexIs.class, "SEX")
            .put(Employment.class, "EMPLOYMENT")
            .put(MinimumEducation.class, "MINIMUM_EDUCATION")
            .put(NotCivilServant.class, "NOT_CIVIL_SERVANT")
            .put(BusinessSize.class, "BUSINESS_SIZE")
            .put(BusinessKbli.class, "BUSINESS_KBLI")
            .put(BusinessAge.class, "BUSINESS_AGE")
            .buildOrThrow();

    /**
     * Checks the invariants.
     *
     * @param ruleType the record type of the waived rules, not null
     * @throws IllegalArgumentException if {@code ruleType} is {@code Custom}, a waiver or {@code
     *     EligibilityRule} itself
     */
    public Waiver {
      checkNotNull(ruleType, "rule type must not be null");
      checkArgument(
          ruleType != Custom.class, "waive a custom rule with waive(rule) or waiveCustom(code, ...)");
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
   * @param label the waived rule's label in Indonesian and English, not null
   * @since 0.1.0
   */
  record CustomWaiver(String code, RuleLabel label) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param code the custom rule's code
     * @param label the waived rule's label, not null
     * @throws IllegalArgumentException if the code has another shape or names a built-in reason
     */
    public CustomWaiver {
      UnmetRule.checkCustomCode(code);
      checkNotNull(label, "label must not be null");
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

  /**
   * The rule that the applicant is of {@code sex}. Reports {@link
   * EligibilityReason#SEX_NOT_ADMITTED} with {@code sex, admitted} (the codes {@code L} / {@code
   * P}).
   *
   * @param sex the admitted sex, not null
   * @since 0.1.0
   */
  record SexIs(Sex sex) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param sex the admitted sex, not null
     * @throws NullPointerException if {@code sex} is null
     */
    public SexIs {
      checkNotNull(sex, "admitted sex must not be null");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return unmetUnless(
          applicant.sex() == sex,
          EligibilityReason.SEX_NOT_ADMITTED,
          () -> ImmutableMap.of("sex", applicant.sex().code(), "admitted", sex.code()));
    }

    /**
     * Returns the sex, e.g. {@code SEX[FEMALE]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "SEX[" + sex + "]";
    }
  }

  /**
   * The rule that the applicant's employment status is one of {@code statuses}. Reports {@link
   * EligibilityReason#EMPLOYMENT_NOT_ADMITTED} with {@code employment} and {@code admitted} (names
   * sorted, comma-separated). An applicant of {@link EmploymentStatus#OTHER} (an occupation that
   * names no one status, such as {@code GURU}) meets it only if {@code OTHER} is admitted.
   *
   * @param statuses the admitted statuses, not empty
   * @since 0.1.0
   */
  record Employment(ImmutableSet<EmploymentStatus> statuses) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param statuses the admitted statuses, not empty
     * @throws IllegalArgumentException if {@code statuses} is empty
     */
    public Employment {
      checkNotEmpty(statuses, "admitted employment statuses");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return unmetUnless(
          statuses.contains(applicant.employment()),
          EligibilityReason.EMPLOYMENT_NOT_ADMITTED,
          () ->
              ImmutableMap.of(
                  "employment", applicant.employment().name(),
                  "admitted", sortedCodes(statuses)));
    }

    /**
     * Returns the statuses, e.g. {@code EMPLOYMENT_ANY_OF[UNEMPLOYED, LAID_OFF]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "EMPLOYMENT_ANY_OF" + statuses;
    }
  }

  /**
   * The rule that the highest education completed is {@code minimum} or higher. Reports {@link
   * EligibilityReason#EDUCATION_BELOW_MIN} with {@code education, minEducation}.
   *
   * @param minimum the lowest admitted level, not null, not {@link EducationLevel#NONE}
   * @since 0.1.0
   */
  record MinimumEducation(EducationLevel minimum) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param minimum the lowest admitted level
     * @throws NullPointerException if {@code minimum} is null
     * @throws IllegalArgumentException if {@code minimum} is {@code NONE}
     */
    public MinimumEducation {
      checkNotNull(minimum, "minimum education must not be null");
      checkArgument(
          minimum != EducationLevel.NONE,
          "minimum education must be above NONE, which every applicant meets");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return unmetUnless(
          applicant.education().isAtLeast(minimum),
          EligibilityReason.EDUCATION_BELOW_MIN,
          () ->
              ImmutableMap.of(
                  "education", applicant.education().name(), "minEducation", minimum.name()));
    }

    /**
     * Returns the minimum, e.g. {@code MINIMUM_EDUCATION[SMA_SMK]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "MINIMUM_EDUCATION[" + minimum + "]";
    }
  }

  /**
   * The rule that the applicant is not a civil servant, soldier or police officer: the employment
   * status is not {@link EmploymentStatus#CIVIL_SERVANT}. Reports {@link
   * EligibilityReason#CIVIL_SERVANT_NOT_ADMITTED} with {@code employment}. Has no parameters: all
   * instances are equal.
   *
   * @since 0.1.0
   */
  record NotCivilServant() implements EligibilityRule {

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return unmetUnless(
          applicant.employment() != EmploymentStatus.CIVIL_SERVANT,
          EligibilityReason.CIVIL_SERVANT_NOT_ADMITTED,
          () -> ImmutableMap.of("employment", applicant.employment().name()));
    }

    /**
     * Returns {@code NOT_CIVIL_SERVANT}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "NOT_CIVIL_SERVANT";
    }
  }

  /**
   * The rule that the applicant runs a business whose size class by PP 7/2021 ({@link
   * BusinessProfile#sizeClass()}) is one of {@code classes}. Reports {@link
   * EligibilityReason#BUSINESS_MISSING} without a business, else {@link
   * EligibilityReason#BUSINESS_SIZE_NOT_ADMITTED} with {@code sizeClass} and {@code admitted}
   * (names sorted, comma-separated). Declared target groups are not read.
   *
   * @param classes the admitted size classes, not empty
   * @since 0.1.0
   */
  record BusinessSize(ImmutableSet<BusinessSizeClass> classes) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param classes the admitted size classes, not empty
     * @throws IllegalArgumentException if {@code classes} is empty
     */
    public BusinessSize {
      checkNotEmpty(classes, "admitted business size classes");
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return ofBusiness(
          applicant,
          business ->
              unmetUnless(
                  classes.contains(business.sizeClass()),
                  EligibilityReason.BUSINESS_SIZE_NOT_ADMITTED,
                  () ->
                      ImmutableMap.of(
                          "sizeClass", business.sizeClass().name(),
                          "admitted", sortedCodes(classes))));
    }

    /**
     * Returns the classes, e.g. {@code BUSINESS_SIZE[MICRO, SMALL]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "BUSINESS_SIZE" + classes;
    }
  }

  /**
   * The rule that the applicant runs a business whose KBLI code's digits start with one of {@code
   * prefixes} (in any KBLI version). Reports {@link EligibilityReason#BUSINESS_MISSING} without a
   * business, else {@link EligibilityReason#BUSINESS_KBLI_NOT_ADMITTED} with {@code kbli} and
   * {@code prefixes} (sorted, comma-separated).
   *
   * @param prefixes the admitted prefixes, each 1 to {@value KbliCode#LENGTH} ASCII digits, not
   *     empty
   * @since 0.1.0
   */
  record BusinessKbli(ImmutableSet<String> prefixes) implements EligibilityRule {

    /**
     * Checks the invariants.
     *
     * @param prefixes the admitted prefixes
     * @throws IllegalArgumentException if {@code prefixes} is empty or a prefix is not 1-5 ASCII
     *     digits
     */
    public BusinessKbli {
      checkNotEmpty(prefixes, "admitted KBLI prefixes");
      for (String prefix : prefixes) {
        checkArgument(
            !prefix.isEmpty()
                && prefix.length() <= KbliCode.LENGTH
                && prefix.chars().allMatch(c -> c >= '0' && c <= '9'),
            "a KBLI prefix must be 1 to 5 ASCII digits: '%s'",
            prefix.length() > KbliCode.LENGTH ? prefix.substring(0, KbliCode.LENGTH) + "..." : prefix);
      }
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return ofBusiness(
          applicant,
          business ->
              unmetUnless(
                  prefixes.stream().anyMatch(business.kbli().digits()::startsWith),
                  EligibilityReason.BUSINESS_KBLI_NOT_ADMITTED,
                  () ->
                      ImmutableMap.of(
                          "kbli", business.kbli().toString(),
                          "prefixes", sortedCodes(prefixes))));
    }

    /**
     * Returns the prefixes, e.g. {@code BUSINESS_KBLI[10, 16291]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "BUSINESS_KBLI" + prefixes;
    }
  }

  /**
   * The rule that the applicant runs a business whose age in whole months at the reference date
   * ({@link ChronoUnit#MONTHS} from its {@linkplain BusinessProfile#startDate() start date}) lies in
   * {@code [minMonths, maxMonths]}, both included. Reports {@link
   * EligibilityReason#BUSINESS_MISSING} without a business, {@link
   * EligibilityReason#BUSINESS_START_DATE_MISSING} without a start date, else {@link
   * EligibilityReason#BUSINESS_AGE_BELOW_MIN} with {@code months, minMonths, startDate,
   * referenceDate} (also for a business not yet started, at 0 months) or {@link
   * EligibilityReason#BUSINESS_AGE_ABOVE_MAX} with {@code months, maxMonths, startDate,
   * referenceDate}.
   *
   * @param minMonths the minimum age in months, not negative
   * @param maxMonths the maximum age in months, not below {@code minMonths}; {@link #UNBOUNDED} for
   *     no maximum
   * @since 0.1.0
   */
  record BusinessAge(int minMonths, int maxMonths) implements EligibilityRule {

    /** The {@link #maxMonths()} of a rule without a maximum. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * Checks the invariants.
     *
     * @param minMonths the minimum age in months, not negative
     * @param maxMonths the maximum age in months, not below {@code minMonths}
     * @throws IllegalArgumentException if {@code minMonths} is negative or {@code maxMonths <
     *     minMonths}
     */
    public BusinessAge {
      checkArgument(minMonths >= 0, "minimum business age must not be negative: %s", minMonths);
      checkArgument(
          maxMonths >= minMonths,
          "maximum business age must not be below the minimum %s: %s",
          minMonths,
          maxMonths);
    }

    /**
     * Returns the age of {@code business} in whole months on {@code date}: 0 for a business not
     * yet started.
     *
     * @param business the business, not null
     * @param date the date, not null
     * @return the age in months, or empty if the start date is not known
     */
    public static Optional<Long> monthsOn(BusinessProfile business, LocalDate date) {
      return business.startDate().map(start -> Math.max(0, ChronoUnit.MONTHS.between(start, date)));
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return ofBusiness(applicant, business -> evaluate(business, context.referenceDate()));
    }

    private ImmutableList<UnmetRule> evaluate(BusinessProfile business, LocalDate ref) {
      Optional<Long> age = monthsOn(business, ref);
      if (age.isEmpty()) {
        return ImmutableList.of(
            UnmetRule.of(EligibilityReason.BUSINESS_START_DATE_MISSING, ImmutableMap.of()));
      }
      long months = age.get();
      String start = business.startDate().orElseThrow().toString();
      if (months < minMonths) {
        return ImmutableList.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_AGE_BELOW_MIN,
                ImmutableMap.of(
                    "months", Long.toString(months),
                    "minMonths", Integer.toString(minMonths),
                    "startDate", start,
                    "referenceDate", ref.toString())));
      }
      if (months > maxMonths) {
        return ImmutableList.of(
            UnmetRule.of(
                EligibilityReason.BUSINESS_AGE_ABOVE_MAX,
                ImmutableMap.of(
                    "months", Long.toString(months),
                    "maxMonths", Integer.toString(maxMonths),
                    "startDate", start,
                    "referenceDate", ref.toString())));
      }
      return ImmutableList.of();
    }

    /**
     * Returns the range in months, e.g. {@code BUSINESS_AGE[12..]} or {@code BUSINESS_AGE[0..24]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return "BUSINESS_AGE["
          + minMonths
          + ".."
          + (maxMonths == UNBOUNDED ? "" : Integer.toString(maxMonths))
          + "]";
    }
  }

  /**
   * Returns what a business rule reports: {@code judge}'s verdict on the applicant's business, or
   * {@link EligibilityReason#BUSINESS_MISSING} for an applicant without one.
   */
  private static ImmutableList<UnmetRule> ofBusiness(
      Applicant applicant, Function<BusinessProfile, ImmutableList<UnmetRule>> judge) {
    return applicant
        .business()
        .map(judge)
        .orElseGet(
            () ->
                ImmutableList.of(
                    UnmetRule.of(EligibilityReason.BUSINESS_MISSING, ImmutableMap.of())));
  }

  /** Checks that the parameter {@code what} is neither null nor empty. */
  private static void checkNotEmpty(Collection<?> items, String what) {
    checkNotNull(items, "%s must not be null", what);
    checkArgument(!items.isEmpty(), "%s must not be empty", what);
  }

  /** Returns nothing if {@code met}, else the one unmet rule of {@code reason}. */
  private static ImmutableList<UnmetRule> unmetUnless(
      boolean met, EligibilityReason reason, Supplier<Map<String, String>> parameters) {
    return met ? ImmutableList.of() : ImmutableList.of(UnmetRule.of(reason, parameters.get()));
  }

  private static String sortedCodes(Collection<?> items) {
    return items.stream().map(Object::toString).sorted().collect(joining(","));
  }
}
