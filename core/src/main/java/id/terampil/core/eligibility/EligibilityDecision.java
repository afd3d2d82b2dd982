package id.terampil.core.eligibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import org.immutables.value.Value;

/**
 * The outcome of evaluating an {@link EligibilityPolicy} for one applicant: every unmet rule, in
 * the order of the policy's rules. An empty list means eligible.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EligibilityDecision {

  private static final EligibilityDecision ELIGIBLE = ImmutableEligibilityDecision.of((Iterable<UnmetRule>) ImmutableList.<UnmetRule>of());

  EligibilityDecision() {}

  /**
   * Returns every unmet rule, in the order of the policy's rules.
   *
   * @return the unmet rules, empty if eligible
   */
  @Value.Parameter
  public abstract ImmutableList<UnmetRule> unmet();

  /**
   * Returns the decision that every rule is met.
   *
   * @return the eligible decision, not null
   */
  public static EligibilityDecision eligible() {
    return ELIGIBLE;
  }

  /**
   * Returns the decision with the given unmet rules.
   *
   * @param unmet the unmet rules, not null, possibly empty
   * @return the decision, not null
   */
  public static EligibilityDecision of(Collection<UnmetRule> unmet) {
    return unmet.isEmpty() ? ELIGIBLE : ImmutableEligibilityDecision.of((Iterable<UnmetRule>) unmet);
  }

  /**
   * Returns whether every rule is met.
   *
   * @return true if there is no unmet rule
   */
  public boolean isEligible() {
    return unmet().isEmpty();
  }

  /**
   * Returns the distinct reasons of the unmet rules, in order of first appearance.
   *
   * @return the reasons, empty if eligible
   */
  public ImmutableSet<EligibilityReason> reasons() {
    return unmet().stream().map(UnmetRule::reason).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the distinct codes of the unmet rules (custom rules by their own code).
   *
   * @return the codes, empty if eligible
   */
  public ImmutableSet<String> codes() {
    return unmet().stream().map(UnmetRule::code).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns {@code ELIGIBLE} or {@code INELIGIBLE} with the unmet rules.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return isEligible() ? "ELIGIBLE" : "INELIGIBLE" + unmet();
  }
}
