package id.terampil.testkit;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.identity.CohortId;
import id.terampil.core.region.RegionDirectory;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;

/**
 * Generates applicants consistent with the eligibility policy that applies to a cohort of a
 * program ({@code program.eligibilityOf(cohort)}) at a reference date. Every configuration method
 * returns a new arbitrary.
 *
 * <p>Each applicant's age lies within the policy's age rule (the {@linkplain
 * id.terampil.core.eligibility.EligibilityRule#productiveAge() productive age} when there is none), with the boundary ages weighted; the domicile is a village within the regions of the
 * residence rule and of the cohort's {@linkplain id.terampil.core.program.Cohort#regionsServed()
 * regions served}; the applicant belongs to the required target groups (or to one of the
 * program's groups); required documents are valid at the reference date (an AK/I issued within
 * the last two years, the first valid issue date weighted); the NIK agrees with the birth date
 * and sex and is registered in the district of the domicile.
 *
 * <p>The testkit reads the policy's public rule records ({@link
 * id.terampil.core.eligibility.EligibilityRule}) and makes applicants that meet each built-in rule
 * by construction, without filtering: the sex, employment status (a civil servant only where
 * admitted), education, and, where a rule reads the business, a business of an admitted size class
 * (by its annual sales), with a KBLI code of an admitted prefix and a start date an admitted number
 * of months before the reference date. Every generated business carries a start date. A custom
 * rule's predicate cannot be read: give the data it reads with {@link #withCustomRuleData(String,
 * Arbitrary, Arbitrary, BiConsumer)}. Only a custom rule without such data is judged by filtering
 * on the policy's decision, so one that few generated applicants meet makes generation fail with
 * jqwik's too-many-filter-misses error.
 *
 * @since 0.1.0
 */
public interface ApplicantArbitrary extends Arbitrary<Applicant> {

  /**
   * Generates applicants for one cohort instead of a random cohort of the program.
   *
   * @param cohort the id of a cohort of the program, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the program has no such cohort
   */
  ApplicantArbitrary forCohort(CohortId cohort);

  /**
   * Mixes in applicants that break exactly one rule of the policy (age one to three years outside
   * the range, domicile outside the regions, a required target group missing, a required document
   * missing or an AK/I expired, the other sex, an employment status not admitted or a civil
   * servant, education below the minimum, no business, a business of another size class, KBLI or
   * one to three months outside the admitted age, or a custom rule broken by the data given for
   * it) and meet every other rule, custom rules included. When the policy has no rule the testkit
   * can break, all applicants stay eligible.
   *
   * @param share the share of ineligible applicants, 0 to 1
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code share} is outside 0–1
   */
  ApplicantArbitrary ineligibleShare(double share);

  /**
   * Draws domiciles from the current villages of {@code directory} (e.g. the official lists of
   * {@code terampil-regions}), still within the regions the cohort admits; a NIK is registered in
   * the domicile's district, so its prefix is a real district too, except that now and then (one
   * serial in 20) it is a retired code of that district where the directory knows one
   * ({@link RegionDirectory#predecessors}), as NIKs issued before a re-coding are: such an
   * applicant is told apart by {@code directory.isRetired(nik.region())}, and the record checks
   * give it the warning {@code NIK_REGION_RETIRED}. The cohort's regions must then
   * be real places: generating fails with {@link IllegalStateException} if the directory lists no
   * village within them. Without this, domiciles are well-formed codes only.
   *
   * @param directory the directory, not null
   * @return the new arbitrary, not null
   */
  ApplicantArbitrary regionsFrom(RegionDirectory directory);

  /**
   * Gives the data the custom rule {@code code} reads: each applicant takes a value of {@code
   * meeting}, put into its builder by {@code into} before it is built, so that it meets the rule
   * without filtering. For example, for {@code custom("PUNYA_NIB", "memiliki NIB", "holds an NIB",
   * (a, c) -> a.holdsValid(DocumentKind.NIB, c.referenceDate()))}:
   *
   * <pre>{@code
   * applicants(program, close).withCustomRuleData("PUNYA_NIB",
   *     Arbitraries.just(Document.of(DocumentKind.NIB, close.minusYears(1))),
   *     (builder, nib) -> builder.addDocuments(nib));
   * }</pre>
   *
   * <p>{@code into} may add documents and target groups; it must not set an attribute the
   * generator sets (identity, domicile, education, employment, occupation, business), which the
   * builder refuses with {@link IllegalStateException}. Without data for its breach, the rule is
   * not among those {@link #ineligibleShare(double)} breaks.
   *
   * @param <T> the type of the data
   * @param code the code of a custom rule of the program or one of its cohorts, not null
   * @param meeting values that meet the rule, not null
   * @param into puts a value into an applicant's builder, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if no cohort's policy has a custom rule with {@code code}
   */
  <T> ApplicantArbitrary withCustomRuleData(
      String code, Arbitrary<T> meeting, BiConsumer<Applicant.Builder, ? super T> into);

  /**
   * Gives the data the custom rule {@code code} reads, as {@link #withCustomRuleData(String,
   * Arbitrary, BiConsumer)} does, and values that break it: with {@link #ineligibleShare(double)},
   * the rule is one of those broken, each ineligible applicant breaking exactly one rule.
   *
   * @param <T> the type of the data
   * @param code the code of a custom rule of the program or one of its cohorts, not null
   * @param meeting values that meet the rule, not null
   * @param breaking values that break the rule, not null
   * @param into puts a value into an applicant's builder, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if no cohort's policy has a custom rule with {@code code}
   */
  <T> ApplicantArbitrary withCustomRuleData(
      String code,
      Arbitrary<T> meeting,
      Arbitrary<T> breaking,
      BiConsumer<Applicant.Builder, ? super T> into);
}
