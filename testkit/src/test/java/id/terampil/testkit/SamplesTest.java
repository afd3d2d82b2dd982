package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
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

  @Test
  void countZeroIsEmptyAndNegativeIsRejected() {
    assertTrue(Samples.list(TerampilArbitraries.niks(), 0, 1L).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> Samples.list(TerampilArbitraries.niks(), -1, 1L));
  }
}
