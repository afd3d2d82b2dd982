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
 * The annotated text must be a structurally valid NIK (Nomor Induk Kependudukan): 16 ASCII digits
 * (surrounding whitespace ignored), a current province, non-zero regency, district and serial, and
 * a day and month of birth that form a date (women add 40 to the day). See {@code
 * id.terampil.core.identity.Nik}. Whether the regency or district prefix is current needs a
 * region directory and is reported by the record validator as a warning, not here.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (pair with {@code @NotNull}). Works on
 * fields, getters, method and constructor parameters, and type arguments ({@code List<@ValidNik
 * String>}). Uses the same rule as the record validator; with Hibernate Validator the violation
 * carries the {@code FindingCode} as dynamic payload.
 *
 * @since 0.1.0
 */
// The validator lives in a package opened only to the Bean Validation provider, not exported.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = id.terampil.validation.internal.NikValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidNik.List.class)
public @interface ValidNik {

  /**
   * Returns the message template.
   *
   * @return the template, by default {@code {id.terampil.validation.constraints.ValidNik.message}}
   */
  String message() default "{id.terampil.validation.constraints.ValidNik.message}";

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
   * Several {@link ValidNik} constraints on the same element, e.g. in different groups.
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
    ValidNik[] value();
  }
}
