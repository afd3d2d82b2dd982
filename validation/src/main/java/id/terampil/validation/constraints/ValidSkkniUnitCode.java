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
 * The annotated text must be the code of an SKKNI competency unit (unit kompetensi) in one of the
 * four formats in use: sectoral {@code TIK.SM01.001.01}, 2012 {@code J.620100.017.02}, five-digit
 * KBLI {@code M.74100.001.02} or post-2016 {@code N.82ADM00.001.3} (surrounding whitespace
 * ignored); see {@link id.terampil.core.classification.SkkniUnitCode}.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid. Works on fields, getters,
 * parameters and type arguments. With Hibernate Validator the violation carries the {@code
 * FindingCode} as dynamic payload.
 *
 * @since 0.1.0
 */
// The validator lives in a package opened only to the Bean Validation provider, not exported.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = id.terampil.validation.internal.SkkniUnitCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidSkkniUnitCode.List.class)
public @interface ValidSkkniUnitCode {

  /**
   * Returns the message template.
   *
   * @return the template, by default {@code {id.terampil.validation.constraints.ValidSkkniUnitCode.message}}
   */
  String message() default "{id.terampil.validation.constraints.ValidSkkniUnitCode.message}";

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
   * Several {@link ValidSkkniUnitCode} constraints on the same element, e.g. in different groups.
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
    ValidSkkniUnitCode[] value();
  }
}
