package id.terampil.testkit.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A consumer's plain JUnit test that samples the testkit, run by {@link WorkingDirectoryProbe}. */
class ProbeTest {

  @Test
  void samplesApplicants() {
    assertEquals(50, WorkingDirectoryProbe.drawApplicants(2L));
  }
}
