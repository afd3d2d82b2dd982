package id.terampil.validation.internal;

import id.terampil.validation.code.FindingCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A constraint validator for text that applies one field's reader: text longer than {@value
 * Texts#MAX_LENGTH} characters is {@code FIELD_TOO_LONG} before the reader sees it. Stateless apart
 * from the annotation attributes read in {@code initialize}; thread-safe. Not an API.
 *
 * @param <A> the constraint annotation
 */
public abstract class TextRuleValidator<A extends Annotation>
    implements ConstraintValidator<A, CharSequence> {

  /** For subclasses. */
  protected TextRuleValidator() {}

  /**
   * Applies the rule to a text of at most {@value Texts#MAX_LENGTH} characters.
   *
   * @param value the text, not null
   * @return the code of the problem, or null if valid
   */
  protected abstract @Nullable FindingCode check(CharSequence value);

  @Override
  public final boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    FindingCode problem =
        value.length() > Texts.MAX_LENGTH ? FindingCode.FIELD_TOO_LONG : check(value);
    if (problem == null) {
      return true;
    }
    attach(context, problem);
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
