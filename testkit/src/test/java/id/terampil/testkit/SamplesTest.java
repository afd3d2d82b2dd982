package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import id.terampil.validation.EnrollmentRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Samples are reproducible: same arbitrary, count and seed, same values; plain JUnit works. */
class SamplesTest {

  @Test
  void sameSeedGivesTheSameListAndAnotherSeedAnother() {
    List<Nik> first = Samples.list(TerampilArbitraries.niks(), 50, 42L);
    assertEquals(first, Samples.list(TerampilArbitraries.niks(), 50, 42L));
    assertNotEquals(first, Samples.list(TerampilArbitraries.niks(), 50, 43L));
    assertEquals(50, first.size());
  }

  @Test
  void applicantPoolsOfAFixedProgramAreReproducible() {
    TrainingProgram program = Samples.list(TerampilArbitraries.programs(), 1, 1L).get(0);
    assertEquals(program, Samples.list(TerampilArbitraries.programs(), 1, 1L).get(0));
    LocalDate close = LocalDate.of(program.fiscalYear(), 1, 1);
    List<Applicant> pool = Samples.list(TerampilArbitraries.applicants(program, close), 30, 7L);
    assertEquals(pool, Samples.list(TerampilArbitraries.applicants(program, close), 30, 7L));
  }

  /**
   * The record and application arbitraries keep the arbitraries their flatMaps make (one per
   * cohort, breach, region): drawing again from an instance that already made them must give what
   * a fresh instance gives, or reusing jqwik's generators would change the values.
   */
  @Test
  void anArbitraryDrawnFromAgainGivesWhatAFreshOneGives() {
    TrainingProgram program =
        Samples.list(TerampilArbitraries.programs().withCohorts(4), 1, 3L).get(0);
    LocalDate close = program.period().start();
    EnrollmentRecordArbitrary records = TerampilArbitraries.enrollmentRecords(program, close);
    List<EnrollmentRecord> first = Samples.list(records, 300, 11L);
    assertEquals(first, Samples.list(records, 300, 11L));
    assertEquals(first, Samples.list(TerampilArbitraries.enrollmentRecords(program, close), 300, 11L));
    ApplicationArbitrary applications = TerampilArbitraries.applications(program, close);
    List<Application> drawn = Samples.list(applications, 300, 12L);
    assertEquals(drawn, Samples.list(applications, 300, 12L));
    assertEquals(drawn, Samples.list(TerampilArbitraries.applications(program, close), 300, 12L));
  }

  @Test
  void countZeroIsEmptyAndNegativeIsRejected() {
    assertTrue(Samples.list(TerampilArbitraries.niks(), 0, 1L).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> Samples.list(TerampilArbitraries.niks(), -1, 1L));
  }
}
