package id.terampil.testkit;

import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import net.jqwik.api.Arbitrary;

/**
 * Generates consistent training programs. Every configuration method returns a new arbitrary.
 *
 * <p>Each program has an organizer serving a regency or city; a period within its fiscal year;
 * one to three funding lines of that fiscal year; zero to two target groups; and cohorts with
 * unique ids ({@code A1}, {@code A2}, ...) whose periods lie within the program period (which
 * spans them, with a margin of up to 60 days on either side) and which serve regions within the
 * organizer's region (and then carry the matching residence override). Without {@link #withEligibility(EligibilityPolicy)} the program's policy
 * is drawn from common rules: productive age or another age range, residence in the organizer's
 * region, membership of one of the program's target groups, an AK/I card or KTP and KK — or
 * none.
 *
 * <p>Without configuration: fiscal years 2020–2030 and one to five cohorts of 1 to 50 seats.
 * Programs shrink toward one single-day cohort with one seat (the list of cohorts shrinks
 * like any jqwik list), which makes a failing property report a small program.
 *
 * @since 0.1.0
 */
public interface ProgramArbitrary extends Arbitrary<TrainingProgram> {

  /**
   * Fixes the number of cohorts.
   *
   * @param count the number of cohorts, 1 to 1000
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  ProgramArbitrary withCohorts(int count);

  /**
   * Restricts the number of cohorts to a range; programs shrink toward {@code min} cohorts.
   *
   * @param min the smallest number, at least 1
   * @param max the largest number, at most 1000, not below {@code min}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the range is empty or out of 1–1000
   */
  ProgramArbitrary withCohorts(int min, int max);

  /**
   * Fixes the number of seats of every cohort.
   *
   * @param seats the number of seats, positive
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code seats} is not positive
   */
  ProgramArbitrary seatsPerCohort(int seats);

  /**
   * Fixes the fiscal year; the program period, every cohort and every funding line lie in it.
   *
   * @param year the fiscal year, 1970 to 2199
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  ProgramArbitrary fiscalYear(int year);

  /**
   * Gives every program this eligibility policy (age, documents, history, custom rules) instead of
   * a generated one. Residence and target groups are not rules of a policy: see {@link
   * #servingRegions} and {@link #requiringGroups}.
   *
   * @param policy the policy, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException when a program is generated, if the policy states residence
   *     or target groups
   */
  ProgramArbitrary withEligibility(EligibilityPolicy policy);

  /**
   * Gives every program these regions served instead of generated ones; cohorts that serve
   * regions of their own still override them (see {@link
   * id.terampil.core.program.Admission#regionsServed()}).
   *
   * @param regions the regions, not empty
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code regions} is empty
   */
  ProgramArbitrary servingRegions(RegionCode... regions);

  /**
   * Gives every program these required target-group conditions instead of generated ones.
   *
   * @param requirements the conditions, all of which an applicant must meet, not empty
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code requirements} is empty
   */
  ProgramArbitrary requiringGroups(GroupRequirement... requirements);
}
