package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.followup.OutcomeStatus;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Outcomes of a program's or cohort's completers at one checkpoint, {@link
 * #monthsAfterCompletion()} months after completion.
 *
 * <p>Every completer falls in exactly one place: an observed status ({@link #byStatus()},
 * including {@link OutcomeStatus#UNREACHABLE}), {@link #notRecorded()} (checkpoint due, nothing
 * observed) or {@link #notYetDue()} (checkpoint after the reference date). So
 *
 * <pre>{@code reached + unreachable + notRecorded + notYetDue == completers}</pre>
 *
 * <p><b>Unreachable participants are excluded from rate denominators:</b> {@link
 * #rate(OutcomeStatus)} divides by {@link #reached()}, the completers observed with a status other
 * than unreachable. {@link #unreachable()} and {@link #notRecorded()} are reported so that a
 * reader can judge coverage.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CheckpointOutcomes {

  CheckpointOutcomes() {}

  /**
   * Returns the checkpoint in months after completion.
   *
   * @return the months, 1 to 120
   */
  public abstract int monthsAfterCompletion();

  /**
   * Returns the number of completers (persons) considered.
   *
   * @return the count, at least 0
   */
  public abstract int completers();

  /**
   * Returns the number of completers observed in each status (the latest observation by the
   * reference date per person, counted only if made on or after the completion); statuses with
   * none are left out.
   *
   * @return the counts in status order, not null
   */
  public abstract ImmutableMap<OutcomeStatus, Integer> byStatus();

  /**
   * Returns the completers whose checkpoint was due by the reference date with no observation.
   *
   * @return the count, at least 0
   */
  public abstract int notRecorded();

  /**
   * Returns the completers whose checkpoint falls after the reference date, with no observation.
   *
   * @return the count, at least 0
   */
  public abstract int notYetDue();

  /**
   * Returns the number of completers observed in {@code status}.
   *
   * @param status the status, not null
   * @return the count, at least 0
   */
  public final int count(OutcomeStatus status) {
    checkNotNull(status, "status must not be null");
    return byStatus().getOrDefault(status, 0);
  }

  /**
   * Returns the completers observed as unreachable.
   *
   * @return the count, at least 0
   */
  public final int unreachable() {
    return count(OutcomeStatus.UNREACHABLE);
  }

  /**
   * Returns the completers reached: observed with any status but unreachable. This is the
   * denominator of every rate.
   *
   * @return the count, at least 0
   */
  public final int reached() {
    return byStatus().entrySet().stream()
        .filter(e -> e.getKey().isReached())
        .mapToInt(e -> e.getValue())
        .sum();
  }

  /**
   * Returns the share of reached completers in {@code status}: {@code count(status) / reached()}.
   *
   * @param status a status other than unreachable, not null
   * @return the rate between 0 and 1, or empty if nobody was reached
   * @throws IllegalArgumentException if {@code status} is {@link OutcomeStatus#UNREACHABLE},
   *     which is excluded from the denominator; see {@link #unreachable()}
   */
  public final Optional<Ratio> rate(OutcomeStatus status) {
    checkArgument(
        status != OutcomeStatus.UNREACHABLE,
        "outcome rate status must not be UNREACHABLE: unreachable participants are excluded from"
            + " the denominator; use unreachable()");
    return ratioOf(count(status));
  }

  /**
   * Returns the share of reached completers who work or run a business (every status but not
   * working), divided by {@link #reached()}.
   *
   * @return the rate between 0 and 1, or empty if nobody was reached
   */
  public final Optional<Ratio> workingOrInBusinessRate() {
    int positive =
        byStatus().entrySet().stream()
            .filter(e -> e.getKey().isWorkingOrInBusiness())
            .mapToInt(e -> e.getValue())
            .sum();
    return ratioOf(positive);
  }

  private Optional<Ratio> ratioOf(int count) {
    int reached = reached();
    return reached == 0 ? Optional.empty() : Optional.of(Ratio.of(count, reached));
  }

  @Value.Check
  final void check() {
    checkArgument(
        notRecorded() >= 0 && notYetDue() >= 0
            && byStatus().values().stream().allMatch(v -> v > 0),
        "checkpoint outcome counts must not be negative: %s",
        this);
    long observed = byStatus().values().stream().mapToLong(Integer::longValue).sum();
    checkArgument(
        observed + notRecorded() + notYetDue() == completers(),
        "checkpoint outcome counts must add up to completers: %s",
        this);
  }
}
