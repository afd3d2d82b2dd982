package id.terampil.core.applicant;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An application (pendaftaran) of an applicant to a program: the cohorts chosen in order of
 * preference (the first is the main choice, the rest ranked alternatives), the local registration
 * time, an optional score from a selection test or interview, and an optional application number
 * (nomor pendaftaran) given by the registering office.
 *
 * <p>{@link #toString()} masks the applicant's NIK and name. Immutable, thread-safe and
 * value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Application {

  Application() {}

  /**
   * Returns the applicant.
   *
   * @return the applicant, not null
   */
  @Value.Parameter
  public abstract Applicant applicant();

  /**
   * Returns the program applied to.
   *
   * @return the program id, not null
   */
  @Value.Parameter
  public abstract ProgramId program();

  /**
   * Returns the cohorts chosen, most preferred first; at least one, no repeats.
   *
   * @return the cohort choices, not empty
   */
  @Value.Parameter
  public abstract ImmutableList<CohortId> cohortChoices();

  /**
   * Returns the local date and time of registration (waktu pendaftaran).
   *
   * @return the registration time, not null
   */
  @Value.Parameter
  public abstract LocalDateTime registeredAt();

  /**
   * Returns the selection score (nilai seleksi), if the program scores applicants.
   *
   * @return the score, or empty
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the application number (nomor pendaftaran) the registering office gave, if it numbers
   * applications: a lower number was registered first. Selection uses it only to order
   * applications of one NIK registered at the same time (see {@code SelectionPolicy}); it ranks
   * nobody.
   *
   * @return the number, at least 1, or empty
   */
  public abstract OptionalLong applicationNumber();

  /**
   * Returns an application to a single cohort without a score.
   *
   * @param applicant the applicant, not null
   * @param program the program, not null
   * @param cohort the cohort, not null
   * @param registeredAt the registration time, not null
   * @return the application, not null
   */
  public static Application of(
      Applicant applicant, ProgramId program, CohortId cohort, LocalDateTime registeredAt) {
    return ImmutableApplication.of(
        applicant, program, ImmutableList.of(cohort), registeredAt, Optional.empty());
  }

  /**
   * Returns an application to a single cohort with a score.
   *
   * @param applicant the applicant, not null
   * @param program the program, not null
   * @param cohort the cohort, not null
   * @param registeredAt the registration time, not null
   * @param score the selection score, not null
   * @return the application, not null
   * @throws NullPointerException if an argument is null
   */
  public static Application of(
      Applicant applicant,
      ProgramId program,
      CohortId cohort,
      LocalDateTime registeredAt,
      BigDecimal score) {
    return ImmutableApplication.of(
        applicant, program, ImmutableList.of(cohort), registeredAt, Optional.of(score));
  }

  /**
   * Returns a builder; applicant, program, at least one cohort choice and the registration time
   * are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a selection score as rosters write it: a non-negative decimal number of 1 to 18 digits
   * with at most one decimal point ({@code 87}, {@code 87.5}, {@code .5}), surrounding whitespace
   * ignored; the number keeps the digits after the point as its scale ({@code 87.50} has scale 2).
   * Signs, exponents and grouping separators are not read.
   *
   * @param text the text, not null
   * @return the score, or empty if the text is not such a number
   */
  public static Optional<BigDecimal> readScore(CharSequence text) {
    String s = text.toString().strip();
    int digits = 0;
    int points = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.') {
        points++;
      } else {
        return Optional.empty();
      }
    }
    if (digits < 1 || digits > MAX_SCORE_DIGITS || points > 1) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s));
  }

  /** The most digits {@link #readScore} reads. */
  public static final int MAX_SCORE_DIGITS = 18;

  /** Builds an {@link Application}. */
  public static final class Builder extends ImmutableApplication.Builder {
    /** Creates an empty builder; prefer {@link Application#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the most preferred cohort.
   *
   * @return the first choice, not null
   */
  public CohortId firstChoice() {
    return cohortChoices().get(0);
  }

  @Value.Check
  final void check() {
    checkArgument(!cohortChoices().isEmpty(), "cohort choices must not be empty");
    checkArgument(
        cohortChoices().size() == 1
            || ImmutableSet.copyOf(cohortChoices()).size() == cohortChoices().size(),
        "cohort choices must not repeat a cohort: %s",
        cohortChoices());
    checkArgument(
        applicationNumber().orElse(1) >= 1,
        "application number must be at least 1: %s",
        applicationNumber());
  }

  /**
   * Returns a description with the applicant's NIK and name masked.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Application{applicant="
        + applicant()
        + ", program="
        + program()
        + ", cohortChoices="
        + cohortChoices()
        + ", registeredAt="
        + registeredAt()
        + score().map(s -> ", score=" + s.toPlainString()).orElse("")
        + (applicationNumber().isPresent()
            ? ", applicationNumber=" + applicationNumber().getAsLong()
            : "")
        + "}";
  }
}
