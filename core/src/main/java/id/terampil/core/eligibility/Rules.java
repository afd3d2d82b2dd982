package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/** The implementations of {@link EligibilityRule}. */
final class Rules {

  private Rules() {}

  static String customKey(String code) {
    return RuleKind.CUSTOM.name() + ":" + code;
  }

  private static String sortedCodes(Collection<?> items) {
    return items.stream().map(Object::toString).sorted().collect(joining(","));
  }

  record Age(int min, int max) implements EligibilityRule {
    @Override
    public RuleKind kind() {
      return RuleKind.AGE;
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      LocalDate ref = context.referenceDate();
      // Someone not yet born at the reference date is below any minimum, at age 0.
      int age = ref.isBefore(applicant.birthDate()) ? 0 : applicant.ageOn(ref);
      if (age < min || ref.isBefore(applicant.birthDate())) {
        return ImmutableList.of(
            UnmetRule.of(
                EligibilityReason.AGE_BELOW_MIN,
                ImmutableMap.of(
                    "age", Integer.toString(age),
                    "minAge", Integer.toString(min),
                    "referenceDate", ref.toString())));
      }
      if (age > max) {
        return ImmutableList.of(
            UnmetRule.of(
                EligibilityReason.AGE_ABOVE_MAX,
                ImmutableMap.of(
                    "age", Integer.toString(age),
                    "maxAge", Integer.toString(max),
                    "referenceDate", ref.toString())));
      }
      return ImmutableList.of();
    }

    @Override
    public String toString() {
      return max == Integer.MAX_VALUE ? "AGE[" + min + "..]" : "AGE[" + min + ".." + max + "]";
    }
  }

  /** The residence rule. */
  record Residence(ImmutableSet<RegionCode> regions) implements EligibilityRule {
    @Override
    public RuleKind kind() {
      return RuleKind.RESIDENCE;
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

    @Override
    public String toString() {
      return "RESIDENCE" + regions;
    }
  }

  record TargetGroups(ImmutableSet<TargetGroup> groups, boolean all) implements EligibilityRule {
    static TargetGroups of(Collection<TargetGroup> groups, boolean all) {
      ImmutableSet<TargetGroup> set = ImmutableSet.copyOf(groups);
      checkArgument(!set.isEmpty(), "required target groups must not be empty");
      return new TargetGroups(set, all);
    }

    @Override
    public RuleKind kind() {
      return RuleKind.TARGET_GROUPS;
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      ImmutableSet<TargetGroup> missing =
          groups.stream()
              .filter(g -> !applicant.isMemberOf(g))
              .collect(ImmutableSet.toImmutableSet());
      boolean met = all ? missing.isEmpty() : missing.size() < groups.size();
      if (met) {
        return ImmutableList.of();
      }
      return ImmutableList.of(
          UnmetRule.of(
              EligibilityReason.TARGET_GROUP_MISSING,
              ImmutableMap.of(
                  "mode", all ? "ALL_OF" : "ANY_OF",
                  "required", sortedCodes(groups),
                  "missing", sortedCodes(missing))));
    }

    @Override
    public String toString() {
      return (all ? "TARGET_GROUPS_ALL_OF" : "TARGET_GROUPS_ANY_OF") + groups;
    }
  }

  record Documents(ImmutableSet<DocumentKind> kinds) implements EligibilityRule {
    @Override
    public RuleKind kind() {
      return RuleKind.DOCUMENTS;
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

    @Override
    public String toString() {
      return "DOCUMENTS" + kinds;
    }
  }

  enum NoOverlappingEnrollment implements EligibilityRule {
    INSTANCE;

    @Override
    public RuleKind kind() {
      return RuleKind.OVERLAPPING_ENROLLMENT;
    }

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

    @Override
    public String toString() {
      return "NO_OVERLAPPING_ENROLLMENT";
    }
  }

  record NoRecentSameSkill(int years) implements EligibilityRule {
    @Override
    public RuleKind kind() {
      return RuleKind.RECENT_SAME_SKILL;
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

    @Override
    public String toString() {
      return "NO_RECENT_SAME_SKILL[" + years + "y]";
    }
  }

  record Custom(
      String code,
      BiPredicate<? super Applicant, ? super EligibilityContext> isMet,
      BiFunction<? super Applicant, ? super EligibilityContext, ? extends Map<String, String>>
          parameters)
      implements EligibilityRule {
    @Override
    public RuleKind kind() {
      return RuleKind.CUSTOM;
    }

    @Override
    public String key() {
      return customKey(code);
    }

    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      if (isMet.test(applicant, context)) {
        return ImmutableList.of();
      }
      return ImmutableList.of(UnmetRule.custom(code, parameters.apply(applicant, context)));
    }

    @Override
    public String toString() {
      return "CUSTOM[" + code + "]";
    }
  }

  record Waiver(RuleKind kind, String key) implements EligibilityRule {
    @Override
    public ImmutableList<UnmetRule> evaluate(Applicant applicant, EligibilityContext context) {
      return ImmutableList.of();
    }

    @Override
    public String toString() {
      return "WAIVED[" + key + "]";
    }
  }
}
