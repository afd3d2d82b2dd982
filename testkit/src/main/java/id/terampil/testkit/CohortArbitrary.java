package id.terampil.testkit;

import id.terampil.core.program.Cohort;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import net.jqwik.api.Arbitrary;

/**
 * Generates cohorts (angkatan / kelas). Every configuration method returns a new arbitrary.
 * Without configuration: ids {@code A1} to {@code A99}, one or two skills of the built-in
 * catalogue, periods of 1 to 90 days within 2020–2030 (single-day periods weighted), 1 to 50
 * seats (sometimes a range such as {@code 25-30}), up to two instructors, an optional venue, and
 * no residence restriction or up to two districts or villages served. A cohort that serves
 * regions carries the matching residence rule as its {@linkplain Cohort#eligibilityOverride()
 * eligibility override}, so the regions served and the eligibility policy agree.
 *
 * <p>Values shrink toward a single-day cohort with one seat and one skill, serving everyone.
 *
 * @since 0.1.0
 */
public interface CohortArbitrary extends Arbitrary<Cohort> {

  /**
   * Restricts the cohort periods to lie within {@code window}, e.g. the program period.
   *
   * @param window the enclosing period, not null
   * @return the new arbitrary, not null
   */
  CohortArbitrary within(DateRange window);

  /**
   * Fixes the number of seats of every cohort.
   *
   * @param seats the number of seats, positive
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code seats} is not positive
   */
  CohortArbitrary seats(int seats);

  /**
   * Restricts the regions served to districts and villages within {@code region}, e.g. the
   * regency of the organizer.
   *
   * @param region a province, regency, district or village code, not null
   * @return the new arbitrary, not null
   */
  CohortArbitrary servingWithin(RegionCode region);
}
