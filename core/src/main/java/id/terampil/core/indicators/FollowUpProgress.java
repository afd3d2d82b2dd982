package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.followup.FollowUpKind;
import org.immutables.value.Value;

/**
 * One kind of support in the program's follow-up plan, planned against delivered, for the
 * completers of a program or cohort at a reference date.
 *
 * <ul>
 *   <li>{@link #completers()}: the completers (people) for whom the plan lists the kind; every
 *       completer, since a plan applies to all of them.
 *   <li>{@link #due()}: those whose last planned month for the kind has ended by the reference
 *       date ({@link id.terampil.core.followup.PlannedFollowUp#dueBy}); when the plan lists the
 *       kind in several steps, the latest one.
 *   <li>{@link #delivered()}: completers who received the kind by the reference date, directly
 *       or through a business group, from any delivering agency, whenever it was given.
 *   <li>{@link #overdue()}: due completers who have not received it: the gap to follow up.
 * </ul>
 *
 * <p>Kinds delivered but never planned are in {@link IndicatorSet#support()} only.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FollowUpProgress {

  FollowUpProgress() {}

  /**
   * Returns the kind of support planned.
   *
   * @return the kind, not null
   */
  public abstract FollowUpKind kind();

  /**
   * Returns the completers for whom the kind is planned.
   *
   * @return the count, at least 0
   */
  public abstract int completers();

  /**
   * Returns the completers whose planned window for the kind has ended by the reference date.
   *
   * @return the count, at most {@link #completers()}
   */
  public abstract int due();

  /**
   * Returns the completers who received the kind by the reference date.
   *
   * @return the count, at most {@link #completers()}
   */
  public abstract int delivered();

  /**
   * Returns the due completers who have not received the kind.
   *
   * @return the count, at most {@link #due()}
   */
  public abstract int overdue();

  @Value.Check
  final void check() {
    checkArgument(
        overdue() >= 0 && overdue() <= due() && due() <= completers() && delivered() >= 0
            && delivered() <= completers() && due() - overdue() <= delivered(),
        "follow-up progress counts must satisfy 0 <= overdue <= due <= completers, delivered <="
            + " completers and due - overdue <= delivered: %s",
        this);
  }
}
