package id.terampil.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Kemendagri region code (kode wilayah) at the required {@link
 * #level()}: {@code PP}, {@code PP.KK}, {@code PP.KK.CC} or {@code PP.KK.CC.VVVV}, dotted or
 * compact, surrounding whitespace ignored. Whether the region exists is checked only with
 * {@link #mustExist()}: then the code must be in the current official list, looked up in the
 * region directory that {@link java.util.ServiceLoader} finds (add {@code
 * id.terampil:terampil-regions} to the class or module path); without one on the path the
 * validator fails to initialize with a message saying so.
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
@Constraint(validatedBy = id.terampil.validation.internal.RegionCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidRegionCode.List.class)
public @interface ValidRegionCode {

  /**
   * Returns the message template.
   *
   * @return the template, by default {@code {id.terampil.validation.constraints.ValidRegionCode.message}}
   */
  String message() default "{id.terampil.validation.constraints.ValidRegionCode.message}";

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
   * Returns the level the code must have.
   *
   * @return the level, not null
   */
  RegionLevel level();

  /**
   * Returns whether a code below {@link #level()} is accepted too (e.g. a village code where a
   * district is required).
   *
   * @return true to accept finer codes, by default false
   */
  boolean orFiner() default false;

  /**
   * Returns whether the region must exist in the current official list, not only be well formed.
   * A retired code (such as 92.71, Kota Sorong until 2022) and a well-formed code no list has
   * fail. The list is the {@code RegionDirectory} of the first {@code
   * id.terampil.core.region.RegionDirectoryProvider} that {@link java.util.ServiceLoader} finds,
   * normally {@code terampil-regions}.
   *
   * @return true to require an existing region, by default false
   */
  boolean mustExist() default false;

  /**
   * Several {@link ValidRegionCode} constraints on the same element, e.g. in different groups.
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
    ValidRegionCode[] value();
  }
}
