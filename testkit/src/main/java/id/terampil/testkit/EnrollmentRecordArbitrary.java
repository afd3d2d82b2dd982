package id.terampil.testkit;

import id.terampil.core.identity.CohortId;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid enrollment records of a program, as an agency system sends them: the texts of
 * an applicant that {@link ApplicantArbitrary} generates, with the program id, the cohort id, the
 * registration time and sometimes a score and the business's KBLI code, capital and annual sales.
 * Every configuration method returns a new arbitrary.
 *
 * <p>"Valid" means: {@link #validator()} — a {@link RecordValidator} configured for the program
 * and reference date — reports no finding at all for any generated record (so in particular no
 * error). The ages also lie within that validator's age range, and the records' NIKs are
 * registered in the district of the domicile.
 *
 * @since 0.1.0
 */
public interface EnrollmentRecordArbitrary extends Arbitrary<EnrollmentRecord> {

  /**
   * Generates records for one cohort instead of a random cohort of the program.
   *
   * @param cohort the id of a cohort of the program, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the program has no such cohort
   */
  EnrollmentRecordArbitrary forCohort(CohortId cohort);

  /**
   * Returns rosters: lists of records of one cohort (the one given to {@link #forCohort}, else a
   * random one) with distinct NIKs, from empty to the cohort's capacity ({@code seats().max()});
   * full capacity is weighted.
   *
   * @return the arbitrary of rosters, not null
   */
  Arbitrary<List<EnrollmentRecord>> roster();

  /**
   * Draws domiciles from the current villages of {@code directory} (e.g. the official lists of
   * {@code terampil-regions}), within the regions each cohort admits, so that every record names
   * a real village and its NIK a real district, now and then a retired one (as {@link
   * ApplicantArbitrary#regionsFrom} says; told apart by {@code directory.isRetired}, and reported
   * by the record checks as the warning {@code NIK_REGION_RETIRED}). The program's regions must
   * be real places:
   * generating fails with {@link IllegalStateException} if the directory lists no village within
   * them. Without this, domiciles are well-formed codes only.
   *
   * @param directory the directory, not null
   * @return the new arbitrary, not null
   */
  EnrollmentRecordArbitrary regionsFrom(id.terampil.core.region.RegionDirectory directory);

  /**
   * Returns almost-valid records: each a generated valid record broken in exactly one way, with
   * the {@link id.terampil.validation.code.FindingCode} that {@link #validator()} must report as its
   * only error.
   *
   * @return the arbitrary, not null
   */
  Arbitrary<BrokenRecord> almostValid();

  /**
   * Returns the validator the records are valid for: judging at the reference date, with
   * {@link RecordValidator#DEFAULT_REQUIRED_FIELDS}, village-level domiciles, the age range of
   * the program's own age rule (the {@linkplain id.terampil.core.eligibility.EligibilityRule#productiveAge() productive
   * age} when it has none), the target groups of the
   * program, its cohorts and its policies as known groups, and the documents that the program's
   * own policy requires as required documents. No region directory.
   *
   * @return the validator, not null
   */
  RecordValidator validator();
}
