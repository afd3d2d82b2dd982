package id.terampil.core.eligibility;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Collection;
import org.immutables.value.Value;

/**
 * A person's training history: the cohorts they have been enrolled in, as input to the exclusion
 * rules of an {@link EligibilityPolicy}. The library keeps no records: the caller supplies the
 * history it holds.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ParticipationHistory {

  private static final ParticipationHistory EMPTY = ImmutableParticipationHistory.of((Iterable<PastParticipation>) ImmutableList.<PastParticipation>of());

  ParticipationHistory() {}

  /**
   * Returns the participations, in the order given.
   *
   * @return the participations, not null, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<PastParticipation> participations();

  /**
   * Returns the empty history of someone never trained.
   *
   * @return the empty history, not null
   */
  public static ParticipationHistory empty() {
    return EMPTY;
  }

  /**
   * Returns a history of the given participations.
   *
   * @param participations the participations, not null
   * @return the history, not null
   */
  public static ParticipationHistory of(Collection<PastParticipation> participations) {
    return participations.isEmpty() ? EMPTY : ImmutableParticipationHistory.of((Iterable<PastParticipation>) participations);
  }

  /**
   * Returns a history of the given participations.
   *
   * @param participations the participations, not null
   * @return the history, not null
   */
  public static ParticipationHistory of(PastParticipation... participations) {
    return of(Arrays.asList(participations));
  }
}
