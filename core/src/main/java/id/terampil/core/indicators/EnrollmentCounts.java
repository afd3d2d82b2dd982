package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.enrollment.EnrollmentStatus;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The enrollment funnel of a program or cohort at a reference date, counted in applications
 * (enrollments): a person who applied to two cohorts counts twice.
 *
 * <p>Every application falls in exactly one selection outcome, so
 *
 * <pre>{@code
 * pending + withdrawnBeforeSelection + rejected + waitlisted + selected + unrecorded == applicants
 * }</pre>
 *
 * and the funnel only narrows: {@code completed <= started <= enrolled <= selected <=
 * applicants}. Each application counts at the furthest stage its history reached by the reference
 * date, whatever happened later: <em>selected</em> once it received a seat, <em>enrolled</em> once
 * it re-registered (daftar ulang), <em>started</em> once it began training, even if it then
 * lapsed, withdrew, was excluded or was re-opened to an earlier status (e.g. a withdrawal
 * cancelled back to applied, or an exclusion lifted back to re-registered). The one exception is
 * a cancellation at verification (dibatalkan saat verifikasi): a rejection voids the seat, so a
 * selected application later rejected counts as rejected, and if it is reviewed again (ditinjau
 * ulang) it counts from the stage it reaches after the review. Applications that never held a
 * seat count by their status at the reference date: pending, waitlisted, rejected or withdrawn
 * before selection.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EnrollmentCounts {

  EnrollmentCounts() {}

  /**
   * Returns the number of applications (pendaftar), including {@link #unrecorded()} ones.
   *
   * @return the count, at least 0
   */
  public abstract int applicants();

  /**
   * Returns the applications the organizer reported without an enrollment record (see {@link
   * IndicatorInputs#reportedApplicants()}); always 0 for a cohort.
   *
   * @return the count, at least 0
   */
  public abstract int unrecorded();

  /**
   * Returns the applications still awaiting selection: status applied, and no seat held since
   * the last rejection. An application re-opened to applied after it held a seat (a withdrawal
   * cancelled) counts at the furthest stage it reached instead.
   *
   * @return the count, at least 0
   */
  public abstract int pending();

  /**
   * Returns the applications withdrawn (status withdrawn) without having held a seat.
   *
   * @return the count, at least 0
   */
  public abstract int withdrawnBeforeSelection();

  /**
   * Returns the rejected applications (tidak lolos, status rejected), including selections
   * cancelled at verification.
   *
   * @return the count, at least 0
   */
  public abstract int rejected();

  /**
   * Returns the applications on the waitlist (daftar tunggu, status waitlisted).
   *
   * @return the count, at least 0
   */
  public abstract int waitlisted();

  /**
   * Returns the applications that received a seat (lolos seleksi), whatever happened later.
   *
   * @return the count, at least {@link #enrolled()}
   */
  public abstract int selected();

  /**
   * Returns the applications that re-registered (daftar ulang), whatever happened later.
   *
   * @return the count, at least {@link #started()}
   */
  public abstract int enrolled();

  /**
   * Returns the participants who began training (peserta), whatever happened later: in
   * training, completed, not completed, dropped out, or excluded during training, also when
   * re-admitted or withdrawn after that.
   *
   * @return the count, at least {@link #completed()}
   */
  public abstract int started();

  /**
   * Returns the participants in training at the reference date (status active).
   *
   * @return the count, at most {@link #started()}
   */
  public abstract int inTraining();

  /**
   * Returns the participants who completed (lulus).
   *
   * @return the count, at least 0
   */
  public abstract int completed();

  /**
   * Returns the number of applications in each status at the reference date; statuses with none
   * are left out.
   *
   * @return the counts in status order, not null
   */
  public abstract ImmutableMap<EnrollmentStatus, Integer> byStatus();

  /**
   * Returns the participants who have left training, completed or not: {@code started -
   * inTraining}.
   *
   * @return the count, at least {@link #completed()}
   */
  public final int exited() {
    return started() - inTraining();
  }

  /**
   * Returns the completion rate (tingkat kelulusan): completed divided by the participants who
   * have left training ({@link #exited()}). Participants still in training are not in the
   * denominator, so the rate is meaningful during a cohort as well as after it.
   *
   * @return the rate between 0 and 1, or empty if nobody has left training
   */
  public final Optional<Ratio> completionRate() {
    return exited() == 0 ? Optional.empty() : Optional.of(Ratio.of(completed(), exited()));
  }

  @Value.Check
  final void check() {
    checkArgument(
        unrecorded() >= 0 && pending() >= 0 && withdrawnBeforeSelection() >= 0 && rejected() >= 0
            && waitlisted() >= 0 && completed() >= 0 && inTraining() >= 0,
        "enrollment counts must not be negative: %s",
        this);
    checkArgument(
        (long) unrecorded() + pending() + withdrawnBeforeSelection() + rejected() + waitlisted()
                + selected()
            == applicants(),
        "enrollment counts must add up to applicants: %s",
        this);
    checkArgument(
        completed() <= started() && inTraining() + completed() <= started()
            && started() <= enrolled() && enrolled() <= selected(),
        "enrollment counts must narrow: completed <= started <= enrolled <= selected: %s",
        this);
    long inStatus = byStatus().values().stream().mapToLong(Integer::longValue).sum();
    checkArgument(
        inStatus == (long) applicants() - unrecorded(),
        "enrollment counts byStatus must add up to the recorded applicants: %s",
        this);
  }
}
