package id.terampil.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.validation.code.FindingCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated birth date must give an age, in completed years at the reference date, between
 * {@link #min()} and {@link #max()} inclusive: by default the productive age of BPS, {@value
 * EligibilityRule#PRODUCTIVE_AGE_MIN} to {@value EligibilityRule#PRODUCTIVE_AGE_MAX}. A
 * birth date after the reference date is invalid.
 *
 * <p><b>The reference date</b> is the current date of the {@link jakarta.validation.ClockProvider}
 * of the {@code ValidatorFactory}, which the caller controls: configure it with the date the
 * age matters on (for example the close of registration), e.g.
 * {@code Validation.byDefaultProvider().configure().clockProvider(() -> Clock.fixed(close,
 * zone))}. An unconfigured factory uses the system clock, so results then change with the day
 * the validation runs; the library itself never reads the clock.
 *
 * <p>Applies to {@link java.time.LocalDate}; {@code null} is valid. Works on fields, getters,
 * parameters and type arguments. With Hibernate Validator the violation carries the {@code
 * FindingCode} as dynamic payload.
 *
 * @since 0.1.0
 */
// The validator lives in a package opened only to the Bean Validation provider, not exported.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = id.terampil.validation.internal.ProductiveAgeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ProductiveAge.List.class)
public @interface ProductiveAge {

  /**
   * Returns the message template.
   *
   * @return the template, by default {@code {id.terampil.validation.constraints.ProductiveAge.message}}
   */
  String message() default "{id.terampil.validation.constraints.ProductiveAge.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups, by default none (the default group)
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload, by default none
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Returns the youngest accepted age in completed years.
   *
   * @return the minimum age, by default {@value EligibilityRule#PRODUCTIVE_AGE_MIN}, not negative
   */
  int min() default EligibilityRule.PRODUCTIVE_AGE_MIN;

  /**
   * Returns the oldest accepted age in completed years.
   *
   * @return the maximum age, by default {@value EligibilityRule#PRODUCTIVE_AGE_MAX}, not less
   *     than {@link #min()}
   */
  int max() default EligibilityRule.PRODUCTIVE_AGE_MAX;

  /**
   * Several {@link ProductiveAge} constraints on the same element, e.g. in different groups.
   *
   * @since 0.1.0
   */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints, not null
     */
    ProductiveAge[] value();
  }
}
