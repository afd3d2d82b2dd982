package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The enrollment funnel of a program or cohort counted in people (distinct NIKs) rather than in
 * applications, at a reference date. A person who applied to two cohorts counts once, at the
 * furthest stage any of their applications reached (as {@link EnrollmentCounts} defines a stage).
 * Applications the organizer reported without a record ({@link EnrollmentCounts#unrecorded()})
 * are left out: they name no person. For one cohort every person has one application, so the
 * counts equal the application counts.
 *
 * <p>The funnel only narrows: {@code completed <= started <= selected <= applicants}.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PersonCounts {

  PersonCounts() {}

  /**
   * Returns the people with at least one recorded application by the reference date.
   *
   * @return the count, at least 0
   */
  public abstract int applicants();

  /**
   * Returns the people with at least one application that received a seat.
   *
   * @return the count, at most {@link #applicants()}
   */
  public abstract int selected();

  /**
   * Returns the people who began training in at least one cohort.
   *
   * @return the count, at most {@link #selected()}
   */
  public abstract int started();

  /**
   * Returns the people who completed at least one cohort.
   *
   * @return the count, at most {@link #started()}
   */
  public abstract int completed();

  @Value.Check
  final void check() {
    checkArgument(
        completed() >= 0 && completed() <= started() && started() <= selected()
            && selected() <= applicants(),
        "person counts must narrow: 0 <= completed <= started <= selected <= applicants: %s",
        this);
  }
}
