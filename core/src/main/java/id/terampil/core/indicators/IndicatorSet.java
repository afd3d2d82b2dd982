package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Seats;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The indicators of one scope, the whole program or one cohort, at a reference date: seats, the
 * enrollment funnel in applications and in people, oversubscription, completion and attendance
 * rates, credentials, outcomes per checkpoint, follow-up support by kind and the follow-up plan
 * against what was delivered. All rates are exact {@link Ratio}s; money is whole {@link
 * Rupiah}.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IndicatorSet {

  IndicatorSet() {}

  /**
   * Returns the seats (kuota): a cohort's, or the sum over the program's cohorts of their
   * minimums and maximums.
   *
   * @return the seats, not null
   */
  public abstract Seats seats();

  /**
   * Returns the enrollment funnel counts.
   *
   * @return the counts, not null
   */
  public abstract EnrollmentCounts counts();

  /**
   * Returns the enrollment funnel counted in people (distinct NIKs).
   *
   * @return the counts, not null
   */
  public abstract PersonCounts people();

  /**
   * Returns the certificates issued and the assessment results.
   *
   * @return the credentials, not null
   */
  public abstract Credentials credentials();

  /**
   * Returns, for each kind of support in the program's follow-up plan, what was planned against
   * what was delivered, in kind order; empty when the program has no plan steps.
   *
   * @return the progress by kind, not null
   */
  public abstract ImmutableMap<FollowUpKind, FollowUpProgress> followUp();

  /**
   * Returns the number of participants with at least one marked session held by the reference
   * date, over whom {@link #meanAttendanceRate()} is taken.
   *
   * @return the count, at least 0
   */
  public abstract int participantsWithAttendance();

  /**
   * Returns the mean over participants of their attendance rates (present, plus excused if the
   * inputs say so, divided by their marked sessions), counting only sessions dated on or before
   * the reference date; marks of later sessions are not yet known. Exact as long as the reduced
   * fraction fits a {@code long}, which holds for any realistic program (its denominator divides
   * the number of participants times the least common multiple of their marked-session counts);
   * beyond that it is rounded half-even to 15 decimal places.
   *
   * @return the rate between 0 and 1, or empty if no session is marked
   */
  public abstract Optional<Ratio> meanAttendanceRate();

  /**
   * Returns the outcomes at each checkpoint: those of the follow-up plan and any other at which
   * an outcome of a completer was observed on or after the completion (in the window or not),
   * ascending.
   *
   * @return the outcomes, not null
   */
  public abstract ImmutableList<CheckpointOutcomes> outcomes();

  /**
   * Returns the support delivered by kind, in kind order; kinds never delivered are left out.
   *
   * @return the totals, not null
   */
  public abstract ImmutableMap<FollowUpKind, SupportTotal> support();

  /**
   * Returns the number of applications ({@link EnrollmentCounts#applicants()}).
   *
   * @return the count, at least 0
   */
  public final int applicants() {
    return counts().applicants();
  }

  /**
   * Returns the oversubscription ratio: applications divided by the hard capacity ({@link
   * Seats#max()}). Above 1 means more applicants than seats, so selection is needed.
   *
   * @return the ratio, at least 0, not null
   */
  public final Ratio oversubscription() {
    return Ratio.of(counts().applicants(), seats().max());
  }

  /**
   * Returns whether there are more applications than seats.
   *
   * @return whether applicants exceed {@link Seats#max()}
   */
  public final boolean isOversubscribed() {
    return counts().applicants() > seats().max();
  }

  /**
   * Returns the completion rate ({@link EnrollmentCounts#completionRate()}).
   *
   * @return the rate, or empty if nobody has left training
   */
  public final Optional<Ratio> completionRate() {
    return counts().completionRate();
  }

  /**
   * Returns the outcomes at the checkpoint {@code months}, if it is among {@link #outcomes()}.
   *
   * @param months the checkpoint in months after completion
   * @return the outcomes, or empty
   */
  public final Optional<CheckpointOutcomes> outcomesAt(int months) {
    return outcomes().stream().filter(o -> o.monthsAfterCompletion() == months).findFirst();
  }

  /**
   * Returns the support of {@code kind}, if any was delivered.
   *
   * @param kind the kind, not null
   * @return the totals, or empty
   */
  public final Optional<SupportTotal> support(FollowUpKind kind) {
    checkNotNull(kind, "kind must not be null");
    return Optional.ofNullable(support().get(kind));
  }

  /**
   * Returns the total value of all support delivered: the exact sum of every activity's known
   * value.
   *
   * @return the total, not null
   * @throws ArithmeticException if the total exceeds {@link Rupiah#MAX}
   */
  public final Rupiah totalSupportValue() {
    return Rupiah.sum(support().values().stream().map(SupportTotal::totalValue)::iterator);
  }
}
