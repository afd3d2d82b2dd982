package id.terampil.examples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Application;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionReason;
import id.terampil.core.selection.SelectionResult;
import id.terampil.examples.seeds.SeedPrograms;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts each seed run must show, and the pipeline's bookkeeping. */
class SeedRunTest {

  private static Map<String, RunResult> runs;

  @BeforeAll
  static void runAll() {
    runs = new HashMap<>();
    for (Scenario s : Scenarios.all()) {
      runs.put(s.program().id().toString(), SeedRun.run(s));
    }
  }

  @Test
  void pekalongan2024Has27CohortsAnd1080Seats() {
    RunResult run = runs.get("PKL-DBHCHT-2024");
    assertEquals(27, run.scenario().program().cohorts().size());
    assertEquals(1080, run.indicators().overall().seats().max());
    // Every seat holder lives in the kelurahan of the cohort: the cohorts override residence.
    for (SelectionOutcome o : run.finalSelection().selected()) {
      Cohort c = run.scenario().program().cohort(o.cohort().orElseThrow()).orElseThrow();
      assertTrue(c.serves(o.application().applicant().domicile()), o.toString());
    }
  }

  @Test
  void palangkaRayaRejectsApplicantsFromOutsideBukitBatuAndRakumpitForResidence() {
    RunResult run = runs.get("PLK-ROTAN-2020");
    int outsiders = 0;
    for (Application a : run.applications()) {
      RegionCode home = a.applicant().domicile();
      boolean inside =
          SeedPrograms.KEC_BUKIT_BATU.contains(home) || SeedPrograms.KEC_RAKUMPIT.contains(home);
      SelectionOutcome o = run.selection().outcomeOf(a.applicant().nik()).orElseThrow();
      if (!inside) {
        outsiders++;
        assertEquals(SelectionReason.INELIGIBLE, o.reason());
        assertTrue(
            o.unmet().stream().anyMatch(u -> u.code().equals("RESIDENCE_OUTSIDE_REGIONS")),
            o.toString());
      } else {
        assertFalse(
            o.unmet().stream().anyMatch(u -> u.code().equals("RESIDENCE_OUTSIDE_REGIONS")),
            o.toString());
      }
    }
    assertTrue(outsiders > 0, "the pool must hold applicants from elsewhere");
  }

  @Test
  void blkSelectionNeverExceedsSeatsAndIsOversubscribed() {
    RunResult run = runs.get("PKL-BLK-2025");
    assertTrue(run.indicators().overall().applicants() > 2 * run.indicators().overall().seats().max());
    for (SelectionResult s : new SelectionResult[] {run.selection(), run.finalSelection()}) {
      Map<CohortId, Integer> taken = new HashMap<>();
      s.selected().forEach(o -> taken.merge(o.cohort().orElseThrow(), 1, Integer::sum));
      for (Cohort c : run.scenario().program().cohorts()) {
        assertTrue(taken.getOrDefault(c.id(), 0) <= c.seats().max(), c.id().toString());
      }
    }
    assertEquals(
        ImmutableSet.of("TOBACCO_SECTOR_WORKERS", "TOBACCO_WORKER_HOUSEHOLD"),
        run.selection().policy().tiers().stream().map(t -> t.name()).collect(ImmutableSet.toImmutableSet()));
  }

  @Test
  void kendariSeatsOnlyTheThreeParticipantGroups() {
    RunResult run = runs.get("KENDARI-SENTRA-IKM-2022");
    ImmutableSet<?> roles =
        ImmutableSet.of(
            SeedPrograms.CENTRE_MANAGERS, SeedPrograms.CENTRE_COACHES, SeedPrograms.INDUSTRY_AGENCY_STAFF);
    for (SelectionOutcome o : run.finalSelection().selected()) {
      assertTrue(o.application().applicant().targetGroups().stream().anyMatch(roles::contains));
    }
    assertEquals(25, run.finalSelection().selected().size());
  }

  @Test
  void everyApplicationIsAccountedForAndEveryGraduateHasACertificate() {
    for (RunResult run : runs.values()) {
      String id = run.scenario().program().id().toString();
      assertEquals(run.applications().size(), run.selection().all().size(), id);
      assertEquals(
          run.applications().size(), run.enrollments().size() + run.duplicates().size(), id);
      long completed =
          run.enrollments().stream().filter(e -> e.status() == EnrollmentStatus.COMPLETED).count();
      assertEquals(completed, run.certificates().size(), id);
      assertEquals(completed, run.indicators().overall().counts().completed(), id);
      for (Enrollment e : run.enrollments()) {
        // Nobody is left waiting or selected-but-not-started once training is over.
        assertFalse(
            e.status() == EnrollmentStatus.WAITLISTED
                || e.status() == EnrollmentStatus.SELECTED
                || e.status() == EnrollmentStatus.ACTIVE,
            id + " " + e);
      }
    }
  }

  @Test
  void theSyntheticPoolIsTheSameOnEveryCall() {
    Scenario s = Scenarios.palangkaRaya2020();
    assertEquals(
        s.pool().applications(s.program(), s.registrationCloses()),
        s.pool().applications(s.program(), s.registrationCloses()));
  }
}
