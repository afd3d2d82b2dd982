package id.terampil.validation;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.identity.CohortId;
import id.terampil.validation.code.FindingCode;
import org.immutables.value.Value;

/**
 * How many records of a batch claim seats in one cohort (keterisian kuota): the cohort, its
 * maximum number of seats, and the records that would take a seat — those without any error
 * other than {@link FindingCode#COHORT_SEATS_EXCEEDED}, counted in input order. Records beyond
 * the seats are the {@linkplain #excess() excess}: on an application roster the oversubscription
 * that selection resolves, with no finding; on an {@linkplain RosterKind#ENROLLMENTS enrollment
 * roster} each of them has a {@code COHORT_SEATS_EXCEEDED} finding.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CohortLoad {

  CohortLoad() {}

  /**
   * Returns the cohort.
   *
   * @return the cohort id, not null
   */
  @Value.Parameter
  public abstract CohortId cohort();

  /**
   * Returns the cohort's maximum number of seats.
   *
   * @return the seats, positive
   */
  @Value.Parameter
  public abstract int seats();

  /**
   * Returns the number of records that claim a seat, including the excess ones.
   *
   * @return the number, not negative
   */
  @Value.Parameter
  public abstract int requested();

  /**
   * Returns the number of records beyond the seats.
   *
   * @return {@code max(0, requested - seats)}
   */
  public final int excess() {
    return Math.max(0, requested() - seats());
  }

  /**
   * Returns whether more records claim a seat than there are seats.
   *
   * @return true if {@link #excess()} is positive
   */
  public final boolean isExceeded() {
    return requested() > seats();
  }

  /**
   * Returns a load.
   *
   * @param cohort the cohort, not null
   * @param seats the maximum number of seats, positive
   * @param requested the records claiming a seat, not negative
   * @return the load, not null
   * @throws IllegalArgumentException if {@code seats} is not positive or {@code requested} is
   *     negative
   */
  public static CohortLoad of(CohortId cohort, int seats, int requested) {
    return ImmutableCohortLoad.of(cohort, seats, requested);
  }

  @Value.Check
  final void check() {
    checkArgument(seats() > 0, "seats must be positive: %s", seats());
    checkArgument(requested() >= 0, "requested must not be negative: %s", requested());
  }
}
