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
 * <p><b>The window.</b> A completer's checkpoint is due on the same day of month, {@code
 * monthsAfterCompletion} months after their completion ({@link
 * id.terampil.core.followup.FollowUpPlan#checkpointDate}). An observation counts at the checkpoint
 * only when made from that due date to {@link #windowMonths()} months after it, both days
 * included (WIOA counts the whole quarter; {@link IndicatorInputs#outcomeWindowMonths()}); of
 * several, the latest by the reference date counts. An observation made after the completion but
 * before the due date is not an outcome of the checkpoint (a 6-month outcome seen three weeks
 * after training says nothing about six months): it is counted in {@link #observedEarly()}, as
 * one after the window is in {@link #observedLate()}, and neither enters a rate.
 *
 * <p>Every completer falls in exactly one place: an observed status ({@link #byStatus()},
 * including {@link OutcomeStatus#UNREACHABLE}), {@link #notRecorded()} (checkpoint due by the
 * reference date, nothing observed in the window) or {@link #notYetDue()} (checkpoint after the
 * reference date, nothing observed in the window). So
 *
 * <pre>{@code reached + unreachable + notRecorded + notYetDue == completers}</pre>
 *
 * <p><b>Two rates for each status.</b>
 *
 * <ul>
 *   <li>{@link #rate(OutcomeStatus)}, the reached-only rate: {@code count(status) / reached()}.
 *       It leaves out the unreachable and the not recorded, so it describes those the organizer
 *       could reach, and flatters when the unreached fare worse.
 *   <li>{@link #rateOverDue(OutcomeStatus)}, the honest rate: {@code count(status) / due()}, over
 *       every completer whose checkpoint is due, with the unreachable and the not recorded counted
 *       as not in that status (as WIOA counts an exiter without a wage record as not employed).
 *       Completers not yet due are left out: their outcome cannot be known yet. It is never above
 *       the reached-only rate.
 * </ul>
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
   * Returns the window: how many months after the due date an observation still counts.
   *
   * @return the months, 1 to 12
   */
  public abstract int windowMonths();

  /**
   * Returns the completers with no observation in the window but one made after their
   * completion and before the due date: observed too early to be a checkpoint outcome, so not
   * counted in {@link #byStatus()}.
   *
   * @return the count, at most {@code notRecorded + notYetDue}
   */
  public abstract int observedEarly();

  /**
   * Returns the completers with no observation in the window but one made after it: observed
   * too late to be a checkpoint outcome, so not counted in {@link #byStatus()}.
   *
   * @return the count, at most {@link #notRecorded()}
   */
  public abstract int observedLate();

  /**
   * Returns the number of completers (persons) considered.
   *
   * @return the count, at least 0
   */
  public abstract int completers();

  /**
   * Returns the number of completers observed in each status (per person the latest observation
   * in the window made by the reference date); statuses with none are left out.
   *
   * @return the counts in status order, not null
   */
  public abstract ImmutableMap<OutcomeStatus, Integer> byStatus();

  /**
   * Returns the completers whose checkpoint was due by the reference date with no observation in
   * the window (yet: the window may still be open).
   *
   * @return the count, at least 0
   */
  public abstract int notRecorded();

  /**
   * Returns the completers whose checkpoint falls after the reference date, with no observation
   * in the window.
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
   * Returns the completers reached: observed in the window with any status but unreachable. This
   * is the denominator of the reached-only rates.
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
   * Returns the reached-only rate of {@code status}: {@code count(status) / reached()}; the
   * unreachable and the not recorded are left out (see {@link #rateOverDue} for the honest rate).
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
            + " the reached-only denominator; use unreachable() or rateOverDue(UNREACHABLE)");
    return ratioOf(count(status));
  }

  /**
   * Returns the share of reached completers who work or run a business (every status but not
   * working), divided by {@link #reached()}.
   *
   * @return the rate between 0 and 1, or empty if nobody was reached
   */
  public final Optional<Ratio> workingOrInBusinessRate() {
    return ratioOf(workingOrInBusiness());
  }

  /**
   * Returns the completers whose checkpoint is due by the reference date: {@code completers -
   * notYetDue}, the denominator of the honest rates.
   *
   * @return the count, at least {@link #reached()}
   */
  public final int due() {
    return completers() - notYetDue();
  }

  /**
   * Returns the honest rate of {@code status}: {@code count(status) / due()}, with unreachable
   * and not recorded completers in the denominator, counted as not in that status.
   *
   * @param status the status, not null; for {@link OutcomeStatus#UNREACHABLE} the share of due
   *     completers who could not be reached
   * @return the rate between 0 and 1, at most {@link #rate(OutcomeStatus)}, or empty if no
   *     completer is due
   */
  public final Optional<Ratio> rateOverDue(OutcomeStatus status) {
    return overDue(count(status));
  }

  /**
   * Returns the honest rate of working or running a business: the completers observed in a
   * status that {@linkplain OutcomeStatus#isWorkingOrInBusiness() counts as such}, divided by
   * {@link #due()}; unreachable and not recorded completers count as not working.
   *
   * @return the rate between 0 and 1, at most {@link #workingOrInBusinessRate()}, or empty if no
   *     completer is due
   */
  public final Optional<Ratio> workingOrInBusinessRateOverDue() {
    return overDue(workingOrInBusiness());
  }

  private int workingOrInBusiness() {
    return byStatus().entrySet().stream()
        .filter(e -> e.getKey().isWorkingOrInBusiness())
        .mapToInt(e -> e.getValue())
        .sum();
  }

  private Optional<Ratio> overDue(int count) {
    int due = due();
    return due == 0 ? Optional.empty() : Optional.of(Ratio.of(count, due));
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
    checkArgument(
        windowMonths() >= 1 && windowMonths() <= IndicatorInputs.MAX_OUTCOME_WINDOW_MONTHS,
        "checkpoint outcome windowMonths must be between 1 and %s: %s",
        IndicatorInputs.MAX_OUTCOME_WINDOW_MONTHS,
        windowMonths());
    checkArgument(
        observedEarly() >= 0 && observedLate() >= 0
            && observedEarly() <= notRecorded() + notYetDue() && observedLate() <= notRecorded(),
        "checkpoint outcome observedEarly must be at most notRecorded + notYetDue and observedLate"
            + " at most notRecorded: %s",
        this);
  }
}
