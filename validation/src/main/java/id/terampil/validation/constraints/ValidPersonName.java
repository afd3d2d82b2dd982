package id.terampil.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.terampil.validation.code.FindingCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a person's name (nama) as {@code id.terampil.core.identity.PersonName}
 * accepts it: Unicode letters, combining marks, spaces, apostrophes, hyphens and dots, at least
 * one letter, at most 100 characters after normalisation; no digits, control or bidirectional
 * characters, unpaired surrogates or other symbols. Single names are valid. Rejection is linear
 * in the length of the text.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (an empty or blank text is not).
 * Works on fields, getters, parameters and type arguments. With Hibernate Validator the
 * violation carries the {@code FindingCode} as dynamic payload.
 *
 * @since 0.1.0
 */
// The validator lives in a package opened only to the Bean Validation provider, not exported.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = id.terampil.validation.internal.PersonNameValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPersonName.List.class)
public @interface ValidPersonName {

  /**
   * Returns the message template.
   *
   * @return the template, by default {@code {id.terampil.validation.constraints.ValidPersonName.message}}
   */
  String message() default "{id.terampil.validation.constraints.ValidPersonName.message}";

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
   * Several {@link ValidPersonName} constraints on the same element, e.g. in different groups.
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
    ValidPersonName[] value();
  }
}
