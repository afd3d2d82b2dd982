package id.terampil.testkit;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.identity.CohortId;
import id.terampil.core.region.RegionDirectory;
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
 * <p>The testkit learns the built-in rules of a policy through the public API (by evaluating each
 * rule for probe applicants and reading the reported parameters). Custom rules cannot be learnt:
 * applicants that do not meet them are filtered out, so a custom rule that few generated
 * applicants meet makes generation fail with jqwik's too-many-filter-misses error.
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
   * Mixes in applicants that break exactly one learnt rule of the policy (age one to three years
   * outside the range, domicile outside the regions, a required target group missing, a required
   * document missing or an AK/I expired) and meet every other rule, custom rules included. When
   * the policy has no rule the testkit can break, all applicants stay eligible.
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
}
