package id.terampil.benchmarks;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * The user's own constraint of the Bean Validation baseline: a target group code the program
 * knows (the library ships no such constraint, since the known codes depend on the program).
 * The known codes are set once per JVM by the benchmark's setup.
 */
@Constraint(validatedBy = KnownTargetGroup.Validator.class)
@Target(TYPE_USE)
@Retention(RUNTIME)
@interface KnownTargetGroup {

  /**
   * Returns the message.
   *
   * @return the message
   */
  String message() default "unknown target group";

  /**
   * Returns the groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks the code against the known codes. */
  final class Validator implements ConstraintValidator<KnownTargetGroup, String> {

    /** The known codes; set by the setup before the first validation. */
    static volatile Set<String> known = Set.of();

    /** For the provider. */
    public Validator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || known.contains(value.strip());
    }
  }
}
