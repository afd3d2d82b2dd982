package id.terampil.testkit;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.CohortId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;

/**
 * Generates applications to a program: an applicant as {@link ApplicantArbitrary} generates them
 * for the first-choice cohort, with up to two further choices among the other cohorts that serve
 * the applicant's domicile. Every configuration method returns a new arbitrary. Without
 * configuration the registration time lies in the 30 days up to the end of the reference date
 * (both ends weighted) and there is no score.
 *
 * @since 0.1.0
 */
public interface ApplicationArbitrary extends Arbitrary<Application> {

  /**
   * Makes {@code cohort} the first choice of every application.
   *
   * @param cohort the id of a cohort of the program, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the program has no such cohort
   */
  ApplicationArbitrary forCohort(CohortId cohort);

  /**
   * Restricts the registration times to a range, both ends included and weighted.
   *
   * @param earliest the earliest time, not null
   * @param latest the latest time, not null, not before {@code earliest}
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code latest} is before {@code earliest}
   */
  ApplicationArbitrary registeredBetween(LocalDateTime earliest, LocalDateTime latest);

  /**
   * Gives every application a selection score from 0.00 to 100.00 (two decimals).
   *
   * @return the new arbitrary, not null
   */
  ApplicationArbitrary withScores();

  /**
   * Mixes in applications of ineligible applicants, as {@link
   * ApplicantArbitrary#ineligibleShare(double)}.
   *
   * @param share the share of ineligible applicants, 0 to 1
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code share} is outside 0–1
   */
  ApplicationArbitrary ineligibleShare(double share);

  /**
   * Returns pools of up to {@code maxSize} applications, as one registration channel exports them,
   * in which some people apply more than once: a repeated application carries the same applicant
   * (so the same NIK) and cohort choices as an earlier one, with its own registration time and
   * score, at any position of the list. Roughly one application in eight is such a repeat; pools
   * shrink toward the empty list, and repeats toward none.
   *
   * @param maxSize the largest pool, 0 to 100,000
   * @return the arbitrary of pools, not null
   * @throws IllegalArgumentException if {@code maxSize} is out of range
   */
  Arbitrary<List<Application>> poolsWithRepeats(int maxSize);

  /**
   * Gives the data the custom rule {@code code} reads, as {@link
   * ApplicantArbitrary#withCustomRuleData(String, Arbitrary, BiConsumer)} does for applicants.
   *
   * @param <T> the type of the data
   * @param code the code of a custom rule of the program or one of its cohorts, not null
   * @param meeting values that meet the rule, not null
   * @param into puts a value into an applicant's builder, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if no cohort's policy has a custom rule with {@code code}
   */
  <T> ApplicationArbitrary withCustomRuleData(
      String code, Arbitrary<T> meeting, BiConsumer<Applicant.Builder, ? super T> into);

  /**
   * Gives the data the custom rule {@code code} reads and values that break it, as {@link
   * ApplicantArbitrary#withCustomRuleData(String, Arbitrary, Arbitrary, BiConsumer)} does.
   *
   * @param <T> the type of the data
   * @param code the code of a custom rule of the program or one of its cohorts, not null
   * @param meeting values that meet the rule, not null
   * @param breaking values that break the rule, not null
   * @param into puts a value into an applicant's builder, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if no cohort's policy has a custom rule with {@code code}
   */
  <T> ApplicationArbitrary withCustomRuleData(
      String code,
      Arbitrary<T> meeting,
      Arbitrary<T> breaking,
      BiConsumer<Applicant.Builder, ? super T> into);
}
