package id.terampil.core.eligibility;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.Skill;
import id.terampil.core.identity.CohortId;
import id.terampil.core.time.DateRange;
import java.util.Collection;
import org.immutables.value.Value;

/**
 * One cohort a person has been enrolled in (riwayat pelatihan): the cohort, its period, the skills
 * it taught and whether the person completed it. A current enrollment is a participation whose
 * period has not ended.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PastParticipation {

  PastParticipation() {}

  /**
   * Returns the cohort.
   *
   * @return the cohort id, not null
   */
  @Value.Parameter
  public abstract CohortId cohort();

  /**
   * Returns the cohort's training period.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract DateRange period();

  /**
   * Returns the skills the cohort taught.
   *
   * @return the skills, not null, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableSet<Skill> skills();

  /**
   * Returns whether the person completed the cohort (lulus); false while it is under way or if
   * they left it.
   *
   * @return whether completed
   */
  @Value.Parameter
  public abstract boolean completed();

  /**
   * Returns a participation.
   *
   * @param cohort the cohort, not null
   * @param period the period, not null
   * @param skills the skills taught, not null
   * @param completed whether the person completed it
   * @return the participation, not null
   */
  public static PastParticipation of(
      CohortId cohort, DateRange period, Collection<Skill> skills, boolean completed) {
    return ImmutablePastParticipation.of(cohort, period, (Iterable<Skill>) skills, completed);
  }
}
