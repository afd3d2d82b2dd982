package id.terampil.examples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import id.terampil.examples.seeds.SeedPrograms;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The synthetic applicant pools of the showcase. */
class ApplicantPoolsTest {

  private static final TrainingProgram BLK = SeedPrograms.pekalonganBlk2025();
  private static final LocalDate CLOSE = LocalDate.of(2025, 1, 27);
  private static final ApplicantPool BASE = new SyntheticApplicantPool(250, 0.15, 2025_004L);

  @Test
  void everyNthApplicantWithoutCardDeclaresBeingAJobSeekerAndNothingElseChanges() {
    ImmutableList<Application> before = BASE.applications(BLK, CLOSE);
    ImmutableList<Application> after = new JobSeekersWithoutCard(BASE, 40).applications(BLK, CLOSE);
    assertEquals(before.size(), after.size());
    int changed = 0;
    for (int i = 0; i < before.size(); i++) {
      Application b = before.get(i);
      Application a = after.get(i);
      if (b.equals(a)) {
        continue;
      }
      changed++;
      assertEquals(0, (i + 1) % 40, "only every 40th");
      assertFalse(b.applicant().isMemberOf(TargetGroup.JOB_SEEKER));
      assertFalse(a.applicant().holdsValid(DocumentKind.AK_I, CLOSE));
      Set<TargetGroup> added =
          a.applicant().targetGroups().stream()
              .filter(g -> !b.applicant().targetGroups().contains(g))
              .collect(Collectors.toSet());
      assertEquals(Set.of(TargetGroup.JOB_SEEKER), added);
      assertEquals(b.applicant().nik(), a.applicant().nik());
      assertEquals(b.cohortChoices(), a.cohortChoices());
      assertEquals(b.registeredAt(), a.registeredAt());
    }
    assertTrue(changed > 0 && changed <= before.size() / 40, "changed " + changed);
  }

  @Test
  void poolArgumentsAreChecked() {
    IllegalArgumentException every =
        assertThrows(IllegalArgumentException.class, () -> new JobSeekersWithoutCard(BASE, 0));
    assertEquals("every must be at least 1: 0", every.getMessage());
    NullPointerException base =
        assertThrows(NullPointerException.class, () -> new JobSeekersWithoutCard(null, 5));
    assertEquals("base pool must not be null", base.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SyntheticApplicantPool(0, 0.1, 1L));
    assertThrows(IllegalArgumentException.class, () -> new SyntheticApplicantPool(100, 1.5, 1L));
  }
}
