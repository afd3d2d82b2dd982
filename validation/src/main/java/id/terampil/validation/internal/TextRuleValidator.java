package id.terampil.validation.internal;

import id.terampil.validation.code.FindingCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A constraint validator for text that delegates to one {@link FieldRules} rule. Stateless apart
 * from the annotation attributes read in {@code initialize}; thread-safe. Not an API.
 *
 * @param <A> the constraint annotation
 */
public abstract class TextRuleValidator<A extends Annotation>
    implements ConstraintValidator<A, CharSequence> {

  /** For subclasses. */
  protected TextRuleValidator() {}

  /**
   * Applies the rule.
   *
   * @param value the text, not null
   * @return the problem, or null if valid
   */
  protected abstract @Nullable Issue check(CharSequence value);

  @Override
  public final boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Issue issue = check(value);
    if (issue == null) {
      return true;
    }
    attach(context, issue.code());
    return false;
  }

  /**
   * Attaches the finding code as Hibernate Validator dynamic payload, where the provider is
   * Hibernate Validator; does nothing with other providers.
   *
   * @param context the context, not null
   * @param code the code, not null
   */
  static void attach(ConstraintValidatorContext context, FindingCode code) {
    if (context instanceof HibernateConstraintValidatorContext) {
      ((HibernateConstraintValidatorContext) context).withDynamicPayload(code);
    }
  }
}
