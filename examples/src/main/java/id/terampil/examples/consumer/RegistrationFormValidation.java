package id.terampil.examples.consumer;

import jakarta.validation.ClockProvider;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Spring-free consumer: validates a {@link TraineeRegistrationForm} with a plain Jakarta {@link
 * Validator} and prints the violations in Indonesian. Run it with {@code ./mvnw -q -B -DskipTests
 * -pl examples -am verify -Pshowcase
 * -Dshowcase.main=id.terampil.examples.consumer.RegistrationFormValidation} or from an IDE.
 *
 * <p>Two settings matter, and both use only the Jakarta Validation bootstrap API, so the code works
 * with any provider:
 *
 * <ul>
 *   <li><b>The language</b> of the messages: the default message interpolator uses the JVM's
 *       default locale; wrapping it in an interpolator that passes a fixed locale gives
 *       Indonesian messages on any machine. (Hibernate Validator offers the same as {@code
 *       Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)}, and a
 *       per-request {@code localeResolver}.)
 *   <li><b>The reference date</b> of {@code @ProductiveAge}: the factory's {@link ClockProvider},
 *       fixed to the close of registration, so ages do not change with the day the check runs.
 * </ul>
 *
 * <p>Build the factory once and share it: factories and validators are thread-safe.
 */
public final class RegistrationFormValidation {

  /** Bahasa Indonesia. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private RegistrationFormValidation() {}

  // tag::validator-factory[]
  /**
   * Returns a validator factory whose messages are in {@code locale} and whose clock stands at
   * {@code referenceDate}.
   *
   * @param locale the language of the messages, e.g. {@code Locale.forLanguageTag("id")}
   * @param referenceDate the date at which ages are computed, e.g. the close of registration
   * @return the factory; close it when the application stops
   */
  public static ValidatorFactory validatorFactory(Locale locale, LocalDate referenceDate) {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    MessageInterpolator defaults = config.getDefaultMessageInterpolator();
    Clock clock = Clock.fixed(referenceDate.atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant(),
        ZoneId.of("Asia/Jakarta"));
    return config
        .messageInterpolator(new FixedLocaleInterpolator(defaults, locale))
        .clockProvider(() -> clock)
        .buildValidatorFactory();
  }
  // end::validator-factory[]

  /**
   * Returns the violations of {@code form} as lines {@code property: message}, sorted.
   *
   * @param validator the validator, not null
   * @param form the form, not null
   * @return the lines, not null
   */
  public static List<String> violations(Validator validator, TraineeRegistrationForm form) {
    Set<ConstraintViolation<TraineeRegistrationForm>> violations = validator.validate(form);
    return violations.stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.toList());
  }

  /**
   * Validates a deliberately broken synthetic form and prints the Indonesian messages.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ValidatorFactory factory = validatorFactory(INDONESIAN, LocalDate.of(2024, 6, 25))) {
      TraineeRegistrationForm form =
          new TraineeRegistrationForm(
              "3375014101900000", // synthetic; serial 0000 is never issued
              "Siti Aminah",
              "P",
              LocalDate.of(1948, 1, 1), // 76 at the reference date
              "33.75.01",
              "107");
      for (String line : violations(factory.getValidator(), form)) {
        System.out.println(line);
      }
    }
  }

  /** Interpolates every message in one locale, whatever the JVM's default locale is. */
  static final class FixedLocaleInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return delegate.interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale otherLocale) {
      return delegate.interpolate(messageTemplate, context, otherLocale);
    }
  }
}
