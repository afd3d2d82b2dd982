package id.terampil.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Time to first report, Bean Validation path: a new JVM bootstraps Hibernate Validator (clock at
 * the reference date) and validates the same synthetic record as {@link FirstReport}, as the
 * baseline's {@link EnrollmentForm}, printing each violation. Run by {@code scripts/startup.sh}.
 */
public final class FirstReportHibernate {

  private FirstReportHibernate() {}

  /**
   * Validates the form and prints the violations.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Locale.setDefault(Locale.ENGLISH);
    Clock clock =
        Clock.fixed(
            FirstReport.REFERENCE_DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .buildValidatorFactory()
            .getValidator();
    KnownTargetGroup.Validator.known = Set.of();
    Set<ConstraintViolation<EnrollmentForm>> violations =
        validator.validate(EnrollmentForm.of(FirstReport.record()));
    System.out.println(violations.size() + " violation(s)");
    for (ConstraintViolation<EnrollmentForm> v : violations) {
      System.out.println(v.getPropertyPath() + ": " + v.getMessage());
    }
  }
}
