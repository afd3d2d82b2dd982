package id.terampil.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
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
 * The NIK of the annotated object must agree with its declared birth date, sex and (if given)
 * domicile region: the NIK encodes the birth date as DDMMYY, the sex by adding 40 to a woman's
 * day of birth, and the district of first registration. Applies to objects implementing {@link
 * DeclaredIdentity}, which hands over the declared values without reflection.
 *
 * <p>Only a structurally valid NIK and declared values that parse are compared; put {@link
 * ValidNik} and friends on the fields for the rest. Each mismatch is one violation whose
 * property path ends in the node named by {@link #birthDate()}, {@link #sex()} or {@link
 * #region()} (the names are used only for the path; no property is read). A region mismatch is
 * checked only where {@link DeclaredIdentity#declaredRegion()} returns a value: the NIK keeps the
 * code of first registration when a person moves, so the record validator reports it as a
 * warning.
 *
 * <p>{@code null} is valid. With Hibernate Validator the violation carries the {@code
 * FindingCode} of the first mismatch as dynamic payload.
 *
 * @since 0.1.0
 */
// The validator lives in a package opened only to the Bean Validation provider, not exported.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = id.terampil.validation.internal.NikMatchesDeclaredDataValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(NikMatchesDeclaredData.List.class)
public @interface NikMatchesDeclaredData {

  /**
   * Returns the message template.
   *
   * @return the template, by default {@code {id.terampil.validation.constraints.NikMatchesDeclaredData.message}}
   */
  String message() default "{id.terampil.validation.constraints.NikMatchesDeclaredData.message}";

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
   * Returns the property node name under which a birth-date mismatch is reported.
   *
   * @return the name, by default {@code birthDate}
   */
  String birthDate() default "birthDate";

  /**
   * Returns the property node name under which a sex mismatch is reported.
   *
   * @return the name, by default {@code sex}
   */
  String sex() default "sex";

  /**
   * Returns the property node name under which a region mismatch is reported.
   *
   * @return the name, by default {@code domicile}
   */
  String region() default "domicile";

  /**
   * Several {@link NikMatchesDeclaredData} constraints on the same element, e.g. in different groups.
   *
   * @since 0.1.0
   */
  @Documented
  @Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints, not null
     */
    NikMatchesDeclaredData[] value();
  }
}
