package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.ProgramId;
import id.terampil.core.region.RegionCode;
import id.terampil.validation.internal.FieldRules;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Values parsed once per batch: exact-text lookups, and a bounded region cache. */
class InternedTest {

  private static final String REGION = "33.75.01.1001";

  private static Interned interned() {
    ProgramId program = ProgramId.of("PRG-2026-01");
    CohortId cohort = CohortId.of("PRG-2026-01-A");
    return new Interned(
        ImmutableMap.of(program.toString(), program), ImmutableMap.of(cohort.toString(), cohort));
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

  @Test
  void parsesARegionAsFieldRulesDoesAndOnlyOnce() {
    Interned interned = interned();
    Optional<RegionCode> first = interned.region(REGION);
    assertEquals(FieldRules.parseRegion(REGION), first);
    assertTrue(first.isPresent());
    assertSame(first, interned.region(REGION), "the second lookup reuses the first parse");
    assertEquals(Optional.empty(), interned.region("33.75.xx"));
  }

  @Test
  void stopsCachingAfterTheLimitButStillParses() {
    Interned interned = interned();
    for (int i = 0; i < Interned.MAX_REGIONS; i++) {
      assertEquals(Optional.empty(), interned.region("junk-" + i));
    }
    Optional<RegionCode> first = interned.region(REGION);
    assertEquals(FieldRules.parseRegion(REGION), first);
    assertNotSame(first, interned.region(REGION), "a full cache keeps nothing more");
  }

  @Test
  void cachesTheLastEntryBeforeTheLimit() {
    Interned interned = interned();
    for (int i = 0; i < Interned.MAX_REGIONS - 1; i++) {
      interned.region("junk-" + i);
    }
    Optional<RegionCode> first = interned.region(REGION);
    assertSame(first, interned.region(REGION));
  }
}
