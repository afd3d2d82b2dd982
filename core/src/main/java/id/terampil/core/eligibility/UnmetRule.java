package id.terampil.core.eligibility;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.internal.Codes;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One eligibility rule an applicant does not meet: a stable reason, a stable code (the reason's
 * name, or a custom rule's own code), and the parameters that explain it, e.g. {@code age=14,
 * minAge=15}. Parameters are text so that they can be stored and shown as they are; they never
 * hold a NIK or a name.
 *
 * <p>The problem carrier of admission: decisions, nominations and selection outcomes list these;
 * validation turns each into one {@code Finding} (one table, {@code FindingCode.ofReason}).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnmetRule {

  UnmetRule() {}

  /**
   * Returns the reason.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract EligibilityReason reason();

  /**
   * Returns the stable code: the reason's name, or for {@link EligibilityReason#CUSTOM} the
   * custom rule's code.
   *
   * @return the code, not null
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the parameters explaining the unmet rule, in a stable order.
   *
   * @return the parameters, not null
   */
  @Value.Parameter
  public abstract ImmutableMap<String, String> parameters();

  /**
   * Returns the label of a custom rule, in Indonesian and English, to show in place of its code.
   *
   * @return the label for {@link EligibilityReason#CUSTOM}, empty for a built-in reason
   */
  public abstract Optional<RuleLabel> label();

  /**
   * Returns an unmet built-in rule.
   *
   * @param reason the reason, not null, not {@link EligibilityReason#CUSTOM}
   * @param parameters the parameters, not null
   * @return the unmet rule, not null
   * @throws IllegalArgumentException if {@code reason} is {@code CUSTOM}
   */
  public static UnmetRule of(EligibilityReason reason, Map<String, String> parameters) {
    return ImmutableUnmetRule.of(reason, reason.name(), parameters);
  }

  /**
   * Returns an unmet custom rule.
   *
   * @param code the rule's code: 1-48 upper-case ASCII letters, digits and '_', not the name of a
   *     built-in reason
   * @param label the rule's label in Indonesian and English, not null
   * @param parameters the parameters, not null
   * @return the unmet rule, not null
   * @throws IllegalArgumentException if the code has another shape or names a built-in reason
   */
  public static UnmetRule custom(String code, RuleLabel label, Map<String, String> parameters) {
    checkNotNull(label, "label must not be null");
    return ImmutableUnmetRule.builder()
        .reason(EligibilityReason.CUSTOM)
        .code(code)
        .putAllParameters(parameters)
        .label(label)
        .build();
  }

  @Value.Check
  final void check() {
    if (reason() == EligibilityReason.CUSTOM) {
      checkCustomCode(code());
    } else {
      checkArgument(label().isEmpty(), "only a custom rule has a label: %s", reason());
      checkArgument(
          code().equals(reason().name()), "code must be the reason's name %s: %s", reason(), code());
    }
  }

  static String checkCustomCode(String code) {
    Codes.checkCode("custom rule code", code);
    for (EligibilityReason r : EligibilityReason.values()) {
      checkArgument(
          !r.name().equals(code), "custom rule code must not be a built-in reason: %s", code);
    }
    return code;
  }

  /**
   * Returns the code and the parameters, e.g. {@code AGE_BELOW_MIN{age=14, minAge=15}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return code() + parameters();
  }
}
