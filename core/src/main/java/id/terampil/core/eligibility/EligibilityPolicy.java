package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility requirements (persyaratan peserta) of a program or cohort: a list of {@link
 * EligibilityRule}s, all of which must be met. {@link #evaluate(Applicant, EligibilityContext)}
 * returns a decision listing <em>every</em> unmet rule with its reason code and parameters, never
 * just a boolean.
 *
 * <p>A cohort can override its program's policy: {@code program.overriddenBy(cohort)} replaces
 * each program rule by the cohort's rules of the same record type (custom rules by code), see
 * {@link #overriddenBy(EligibilityPolicy)}. A cohort removes a program rule with {@link
 * EligibilityRule#waive(Class)} or {@link EligibilityRule#waive(EligibilityRule.Custom)}.
 *
 * <p>Immutable and thread-safe (as far as custom rules are). Example, the Palangka Raya rattan
 * training of 2020:
 *
 * <pre>{@code
 * EligibilityPolicy policy = EligibilityPolicy.of(
 *     EligibilityRule.productiveAge(),
 *     EligibilityRule.residentOf(RegionCode.parse("62.71.02"), RegionCode.parse("62.71.05")),
 *     EligibilityRule.memberOfAll(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EligibilityPolicy {

  private static final EligibilityPolicy OPEN = ImmutableEligibilityPolicy.of(ImmutableList.of());

  EligibilityPolicy() {}

  /**
   * Returns the rules, in the order they are evaluated and reported.
   *
   * @return the rules, not null, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<EligibilityRule> rules();

  /**
   * Returns the policy without rules: everyone is eligible.
   *
   * @return the open policy, not null
   */
  public static EligibilityPolicy open() {
    return OPEN;
  }

  /**
   * Returns the policy of the given rules.
   *
   * @param rules the rules, not null
   * @return the policy, not null
   */
  public static EligibilityPolicy of(EligibilityRule... rules) {
    return ImmutableEligibilityPolicy.of(Arrays.asList(rules));
  }

  /**
   * Returns the policy of the given rules.
   *
   * @param rules the rules, not null
   * @return the policy, not null
   */
  public static EligibilityPolicy of(Iterable<? extends EligibilityRule> rules) {
    return ImmutableEligibilityPolicy.of(rules);
  }

  /**
   * Evaluates every rule for {@code applicant}.
   *
   * @param applicant the applicant, not null
   * @param context the reference date, target cohort and history, not null
   * @return the decision with every unmet rule, in rule order, each distinct one once, not null
   */
  public EligibilityDecision evaluate(Applicant applicant, EligibilityContext context) {
    checkNotNull(applicant, "applicant must not be null");
    checkNotNull(context, "context must not be null");
    // A set keeps the rule order and lists a fact that two rules report (say, no business for a
    // size rule and a KBLI rule) once.
    @Nullable Set<UnmetRule> unmet = null;
    for (EligibilityRule rule : rules()) {
      List<UnmetRule> found = rule.evaluate(applicant, context);
      if (!found.isEmpty()) {
        if (unmet == null) {
          unmet = new LinkedHashSet<>();
        }
        unmet.addAll(found);
      }
    }
    return unmet == null ? EligibilityDecision.eligible() : EligibilityDecision.of(unmet);
  }

  /**
   * Returns an evaluator of applications, e.g. for selection, that builds each application's
   * context with {@code contexts} (typically a cohort's context with the applicant's history).
   *
   * @param contexts the context of each application, not null
   * @return the evaluator, not null
   */
  public Function<Application, EligibilityDecision> evaluator(
      Function<? super Application, EligibilityContext> contexts) {
    checkNotNull(contexts, "contexts must not be null");
    return application -> evaluate(application.applicant(), contexts.apply(application));
  }

  /**
   * Returns this (program) policy overridden by {@code cohortPolicy}: a cohort's rule replaces the
   * program's rules of the same record type, e.g. a cohort's {@link EligibilityRule.Age} replaces
   * the program's {@code Age}; a {@link EligibilityRule.Custom} rule replaces only the program's
   * custom rule with the same code. A {@link EligibilityRule.Waiver} replaces the program's rules
   * of the type it names, a {@link EligibilityRule.CustomWaiver} the custom rule with its code.
   * The result is the program's rules that nothing replaces, in order, followed by all rules of
   * {@code cohortPolicy}.
   *
   * @param cohortPolicy the overriding policy, not null
   * @return the merged policy, not null
   */
  public EligibilityPolicy overriddenBy(EligibilityPolicy cohortPolicy) {
    checkNotNull(cohortPolicy, "cohort policy must not be null");
    Set<Slot> replaced =
        cohortPolicy.rules().stream().map(Slot::of).collect(ImmutableSet.toImmutableSet());
    ImmutableList.Builder<EligibilityRule> merged = ImmutableList.builder();
    for (EligibilityRule rule : rules()) {
      if (!replaced.contains(Slot.of(rule))) {
        merged.add(rule);
      }
    }
    merged.addAll(cohortPolicy.rules());
    return ImmutableEligibilityPolicy.of(merged.build());
  }

  /**
   * The place a rule takes in a policy, which a cohort's rule of the same place replaces: its
   * record type, and for custom rules their code ({@code ""} for others). A waiver takes the place
   * of what it waives.
   */
  private record Slot(Class<? extends EligibilityRule> type, String code) {
    static Slot of(EligibilityRule rule) {
      if (rule instanceof EligibilityRule.Custom custom) {
        return new Slot(EligibilityRule.Custom.class, custom.code());
      }
      if (rule instanceof EligibilityRule.CustomWaiver waiver) {
        return new Slot(EligibilityRule.Custom.class, waiver.code());
      }
      if (rule instanceof EligibilityRule.Waiver waiver) {
        return new Slot(waiver.ruleType(), "");
      }
      return new Slot(rule.getClass(), "");
    }
  }

  /**
   * Returns the rules, e.g. {@code EligibilityPolicy[AGE[15..64], RESIDENCE[62.71.02]]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "EligibilityPolicy" + rules();
  }
}
