package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import org.junit.jupiter.api.Test;

/** Values parsed once per batch: exact-text lookups. */
class InternedTest {

  private static Interned interned() {
    ProgramId program = ProgramId.of("PRG-2026-01");
    CohortId cohort = CohortId.of("PRG-2026-01-A");
    return new Interned(
        ImmutableMap.of(program.toString(), program),
        ImmutableMap.of(cohort.toString(), cohort),
        null);
  }

  @Test
  void findsTheProgramAndCohortIdsByTheirCanonicalText() {
    Interned interned = interned();
    assertEquals(ProgramId.of("PRG-2026-01"), interned.programId(ProgramId.of("PRG-2026-01").toString()));
    assertEquals(CohortId.of("PRG-2026-01-A"), interned.cohortId(CohortId.of("PRG-2026-01-A").toString()));
  }

  @Test
  void givesNullForAnyOtherText() {
    Interned interned = interned();
    assertNull(interned.programId("PRG-2026-02"));
    assertNull(interned.cohortId("PRG-2026-01-B"));
  }
}
