package id.terampil.validation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.constraints.ProductiveAge;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ProductiveAge} with {@link RecordRules#age}; the reference date is today in the
 * clock of the factory's {@link jakarta.validation.ClockProvider}, which the caller configures.
 * Not an API.
 */
public final class ProductiveAgeValidator implements ConstraintValidator<ProductiveAge, LocalDate> {

  private int min = EligibilityRule.PRODUCTIVE_AGE_MIN;
  private int max = EligibilityRule.PRODUCTIVE_AGE_MAX;

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public ProductiveAgeValidator() {}

  @Override
  public void initialize(ProductiveAge annotation) {
    checkArgument(annotation.min() >= 0, "@ProductiveAge min must not be negative: %s", annotation.min());
    checkArgument(
        annotation.max() >= annotation.min(),
        "@ProductiveAge max must not be less than min: %s < %s",
        annotation.max(),
        annotation.min());
    min = annotation.min();
    max = annotation.max();
  }

  @Override
  public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate referenceDate = LocalDate.now(context.getClockProvider().getClock());
    FindingCode problem = RecordRules.age(value, referenceDate, min, max);
    if (problem == null) {
      return true;
    }
    TextRuleValidator.attach(context, problem);
    return false;
  }
}
