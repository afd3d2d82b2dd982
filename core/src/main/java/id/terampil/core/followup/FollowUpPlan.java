package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The follow-up plan of a training program (rencana pembinaan pasca-pelatihan): the support
 * steps planned after completion and the checkpoints, in months after completion, at which
 * outcomes are observed (e.g. 3, 6 and 12; WIOA measures at 6 and 12, OpenSPP monitors graduates
 * for 12 months).
 *
 * <p>Invariants: at least one step or one checkpoint; every checkpoint is 1 to 120 months.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FollowUpPlan {

  FollowUpPlan() {}

  /**
   * Returns the planned steps, in the order given.
   *
   * @return the steps, not null
   */
  public abstract ImmutableList<PlannedFollowUp> steps();

  /**
   * Returns the outcome checkpoints in months after completion, ascending.
   *
   * @return the checkpoints, not null, each 1 to 120
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Integer> checkpoints();

  /**
   * Returns the steps of {@code kind}.
   *
   * @param kind the kind, not null
   * @return the steps in order, not null
   */
  public ImmutableList<PlannedFollowUp> steps(FollowUpKind kind) {
    return steps().stream().filter(s -> s.kind() == kind).collect(toImmutableList());
  }

  /**
   * Returns the date on which the checkpoint {@code months} falls for a participant who
   * completed on {@code completedOn}: the same day of month, {@code months} later (clamped to
   * the month's last day).
   *
   * @param completedOn the completion date, not null
   * @param months the checkpoint, 1 to 120
   * @return the due date, not null
   * @throws IllegalArgumentException if {@code months} is out of range
   */
  public static LocalDate checkpointDate(LocalDate completedOn, int months) {
    FollowUpChecks.months("checkpoint", months, 1);
    return completedOn.plusMonths(months);
  }

  /**
   * Returns a builder; at least one step or one checkpoint is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpPlan}. */
  public static final class Builder extends ImmutableFollowUpPlan.Builder {
    /** Creates an empty builder; prefer {@link FollowUpPlan#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        !steps().isEmpty() || !checkpoints().isEmpty(),
        "follow-up plan must have at least one step or checkpoint: %s",
        steps());
    for (int c : checkpoints()) {
      FollowUpChecks.months("follow-up plan checkpoint", c, 1);
    }
  }
}
