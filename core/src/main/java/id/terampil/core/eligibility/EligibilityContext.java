package id.terampil.core.eligibility;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.Skill;
import id.terampil.core.identity.CohortId;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What an eligibility evaluation needs besides the applicant: the reference date (e.g. the close
 * of registration; never "today"), the target cohort's id, period and skills, and the applicant's
 * {@linkplain ParticipationHistory training history} (empty unless given).
 *
 * <p>Build one context per cohort and derive one per applicant with {@link
 * #withHistory(ParticipationHistory)}. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EligibilityContext {

  EligibilityContext() {}

  /**
   * Returns the date at which ages and document validity are computed.
   *
   * @return the reference date, not null
   */
  public abstract LocalDate referenceDate();

  /**
   * Returns the cohort applied to.
   *
   * @return the cohort id, not null
   */
  public abstract CohortId cohort();

  /**
   * Returns the training period of the cohort applied to.
   *
   * @return the period, not null
   */
  public abstract DateRange cohortPeriod();

  /**
   * Returns the skills the cohort teaches.
   *
   * @return the skills, not null, possibly empty
   */
  public abstract ImmutableSet<Skill> cohortSkills();

  /**
   * Returns the applicant's training history.
   *
   * @return the history, empty unless given
   */
  @Value.Default
  public ParticipationHistory history() {
    return ParticipationHistory.empty();
  }

  /**
   * Returns a builder; {@code referenceDate}, {@code cohort} and {@code cohortPeriod} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityContext}. */
  public static final class Builder extends ImmutableEligibilityContext.Builder {
    /** Creates an empty builder; prefer {@link EligibilityContext#builder()}. */
    public Builder() {}
  }

  /**
   * Returns this context with another applicant's history.
   *
   * @param history the history, not null
   * @return a context differing only in the history, not null
   */
  public EligibilityContext withHistory(ParticipationHistory history) {
    return builder()
        .referenceDate(referenceDate())
        .cohort(cohort())
        .cohortPeriod(cohortPeriod())
        .addAllCohortSkills(cohortSkills())
        .history(history)
        .build();
  }
}
