package id.terampil.core.enrollment;

import static id.terampil.core.enrollment.EnrollmentTest.COHORT;
import static id.terampil.core.enrollment.EnrollmentTest.D1;
import static id.terampil.core.enrollment.EnrollmentTest.D2;
import static id.terampil.core.enrollment.EnrollmentTest.D3;
import static id.terampil.core.enrollment.EnrollmentTest.D4;
import static id.terampil.core.enrollment.EnrollmentTest.NIK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.attendance.Completion;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Completion is earned: a satisfied completion of this person and cohort, or a recorded override. */
class EarnedCompletionTest {

  private static final Nik OTHER_NIK =
      Nik.of(RegionCode.ofDistrict(62, 71, 2), LocalDate.of(1991, 4, 2), Sex.MALE, 18);
  private static final StatusReason OVERRIDE =
      StatusReason.of(ReasonCode.COMPLETION_OVERRIDE, "RPL: sertifikat kompetensi BNSP 2023");

  private static Enrollment active() {
    return Enrollment.apply(NIK, COHORT, D1).select(D2).confirmReRegistration(D2).start(D3);
  }

  private static List<EnrollmentEvent> activeHistoryPlus(EnrollmentEvent last) {
    List<EnrollmentEvent> events = new ArrayList<>(active().history());
    events.add(last);
    return events;
  }

  @Test
  void aSatisfiedCompletionEarnsCompletedAndIsKept() {
    Completion c = CompletionFixtures.satisfied(NIK, COHORT, D4);
    Enrollment done = active().complete(D4, c);
    assertEquals(EnrollmentStatus.COMPLETED, done.status());
    assertEquals(Optional.of(c), done.completion());
    assertEquals(Optional.of(c), done.history().get(3).completion());
    assertEquals(Optional.empty(), active().completion());
    assertTrue(done.history().get(3).toString().endsWith("[completion satisfied]"));
  }

  @Test
  void anUnsatisfiedCompletionIsRefused() {
    Completion c = CompletionFixtures.unsatisfied(NIK, COHORT, D4);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> active().complete(D4, c));
    assertTrue(e.getMessage().contains("completion must be satisfied"), e.getMessage());
  }

  @Test
  void aCompletionOfAnotherPersonOrCohortIsRefused() {
    IllegalArgumentException person =
        assertThrows(
            IllegalArgumentException.class,
            () -> active().complete(D4, CompletionFixtures.satisfied(OTHER_NIK, COHORT, D4)));
    assertTrue(person.getMessage().contains("not for this enrollment"), person.getMessage());
    assertFalse(person.getMessage().contains(OTHER_NIK.toString()), "NIK must be masked");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            active()
                .complete(D4, CompletionFixtures.satisfied(NIK, CohortId.of("LAIN-1"), D4)));
  }

  @Test
  void completedWithoutProofIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> active().transition(EnrollmentStatus.COMPLETED, D4));
    assertTrue(e.getMessage().contains("needs a satisfied completion"), e.getMessage());
    IllegalArgumentException wrongReason =
        assertThrows(
            IllegalArgumentException.class,
            () -> active().completeByOverride(D4, StatusReason.of(ReasonCode.FOUND_WORK)));
    assertTrue(wrongReason.getMessage().contains("not FOUND_WORK"), wrongReason.getMessage());
  }

  @Test
  void anOverrideIsRecordedWithItsNote() {
    Enrollment done = active().completeByOverride(D4, OVERRIDE);
    assertEquals(EnrollmentStatus.COMPLETED, done.status());
    assertEquals(Optional.of(OVERRIDE), done.statusReason());
    assertEquals(Optional.empty(), done.completion());
    assertEquals(done, active().transition(EnrollmentStatus.COMPLETED, D4, OVERRIDE));
  }

  @Test
  void anOverrideNeedsANote() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StatusReason.of(ReasonCode.COMPLETION_OVERRIDE));
    assertTrue(e.getMessage().contains("COMPLETION_OVERRIDE"), e.getMessage());
    assertTrue(ReasonCode.COMPLETION_OVERRIDE.requiresNote());
    assertTrue(ReasonCode.OTHER.requiresNote());
    assertFalse(ReasonCode.FOUND_WORK.requiresNote());
  }

  @Test
  void replayRefusesACompletedStepWithNeitherCompletionNorOverride() {
    List<EnrollmentEvent> bare =
        activeHistoryPlus(
            EnrollmentEvent.of(D4, EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED));
    ReplayResult r = Enrollment.tryReplay(NIK, COHORT, D1, bare);
    assertEquals(
        Optional.of(ReplayProblem.COMPLETION_UNPROVEN), r.invalidStep().map(InvalidStep::problem));
    assertThrows(IllegalArgumentException.class, () -> Enrollment.replay(NIK, COHORT, D1, bare));
    List<EnrollmentEvent> reasoned =
        activeHistoryPlus(
            EnrollmentEvent.of(
                D4,
                EnrollmentStatus.ACTIVE,
                EnrollmentStatus.COMPLETED,
                StatusReason.of(ReasonCode.PERSONAL)));
    assertEquals(
        Optional.of(ReplayProblem.COMPLETION_UNPROVEN),
        Enrollment.tryReplay(NIK, COHORT, D1, reasoned).invalidStep().map(InvalidStep::problem));
  }

  @Test
  void replayRefusesAnotherPersonsCompletion() {
    List<EnrollmentEvent> foreign =
        activeHistoryPlus(
            EnrollmentEvent.of(
                D4,
                EnrollmentStatus.ACTIVE,
                EnrollmentStatus.COMPLETED,
                CompletionFixtures.satisfied(OTHER_NIK, COHORT, D4)));
    assertEquals(
        Optional.of(ReplayProblem.COMPLETION_MISMATCH),
        Enrollment.tryReplay(NIK, COHORT, D1, foreign).invalidStep().map(InvalidStep::problem));
  }

  @Test
  void replayAcceptsEitherProofAndRoundTrips() {
    Enrollment earned = active().complete(D4, CompletionFixtures.satisfied(NIK, COHORT, D4));
    Enrollment overridden = active().completeByOverride(D4, OVERRIDE);
    for (Enrollment e : List.of(earned, overridden)) {
      assertEquals(e, Enrollment.replay(NIK, COHORT, D1, e.history()));
      assertTrue(Enrollment.tryReplay(NIK, COHORT, D1, e.history()).invalidStep().isEmpty());
    }
  }

  @Test
  void anEventCarriesACompletionOnlyIntoCompletedAndWithoutAReason() {
    Completion c = CompletionFixtures.satisfied(NIK, COHORT, D4);
    IllegalArgumentException into =
        assertThrows(
            IllegalArgumentException.class,
            () -> EnrollmentEvent.of(D4, EnrollmentStatus.ACTIVE, EnrollmentStatus.DROPPED_OUT, c));
    assertTrue(into.getMessage().contains("DROPPED_OUT"), into.getMessage());
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImmutableEnrollmentEvent.builder()
                    .date(D4)
                    .from(EnrollmentStatus.ACTIVE)
                    .to(EnrollmentStatus.COMPLETED)
                    .completion(c)
                    .reason(OVERRIDE)
                    .build());
    assertTrue(both.getMessage().contains("exclude each other"), both.getMessage());
  }

  @Test
  void onlyTheMoveIntoCompletedNeedsProof() {
    for (Transition t : EnrollmentTransitions.table()) {
      assertEquals(t.to() == EnrollmentStatus.COMPLETED, t.proofRequired(), t.toString());
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Transition.of(
                    EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED, true, true, false, "x"));
    assertTrue(e.getMessage().contains("proofRequired"), e.getMessage());
  }
}
