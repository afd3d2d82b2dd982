package id.terampil.core.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

  static final Nik NIK =
      Nik.of(RegionCode.ofDistrict(62, 71, 2), LocalDate.of(1990, 3, 14), Sex.FEMALE, 17);
  static final CohortId COHORT = CohortId.of("PKY-ROTAN-1");
  static final LocalDate D1 = LocalDate.of(2024, 8, 1);
  static final LocalDate D2 = LocalDate.of(2024, 8, 10);
  static final LocalDate D3 = LocalDate.of(2024, 8, 24);
  static final LocalDate D4 = LocalDate.of(2024, 8, 28);

  private static Enrollment applied() {
    return Enrollment.apply(NIK, COHORT, D1);
  }

  @Test
  void happyPathKeepsEveryStepWithItsDate() {
    Enrollment e = applied().select(D2).confirmReRegistration(D2).start(D3).complete(D4, CompletionFixtures.satisfied(NIK, COHORT, D4));
    assertEquals(EnrollmentStatus.COMPLETED, e.status());
    assertEquals(D4, e.statusSince());
    assertEquals(4, e.history().size());
    assertEquals(
        EnrollmentEvent.of(D2, EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED),
        e.history().get(0));
    assertEquals(Optional.of(EnrollmentStatus.ACTIVE), e.statusOn(D3));
    assertEquals(Optional.of(EnrollmentStatus.APPLIED), e.statusOn(D1));
    assertEquals(Optional.empty(), e.statusOn(D1.minusDays(1)));
  }

  @Test
  void enrollmentIsImmutable() {
    Enrollment a = applied();
    Enrollment b = a.select(D2);
    assertEquals(EnrollmentStatus.APPLIED, a.status());
    assertTrue(a.history().isEmpty());
    assertEquals(EnrollmentStatus.SELECTED, b.status());
  }

  @Test
  void illegalTransitionThrowsNamingBothStates() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> applied().start(D2));
    assertTrue(e.getMessage().contains("from APPLIED to ACTIVE"), e.getMessage());
    assertTrue(e.getMessage().contains("allowed from APPLIED: SELECTED"), e.getMessage());
  }

  @Test
  void completedIsFinal() {
    Enrollment done = applied().select(D2).confirmReRegistration(D2).start(D3).complete(D4, CompletionFixtures.satisfied(NIK, COHORT, D4));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> done.withdraw(D4, StatusReason.of(ReasonCode.PERSONAL)));
    assertTrue(e.getMessage().contains("COMPLETED"), e.getMessage());
    assertTrue(e.getMessage().contains("WITHDRAWN"), e.getMessage());
    IllegalStateException r =
        assertThrows(
            IllegalStateException.class,
            () -> done.reopen(D4, StatusReason.of(ReasonCode.RECORDING_ERROR)));
    assertTrue(r.getMessage().contains("COMPLETED"), r.getMessage());
  }

  @Test
  void activeParticipantCannotWithdrawButDropsOut() {
    Enrollment active = applied().select(D2).confirmReRegistration(D2).start(D3);
    StatusReason work = StatusReason.of(ReasonCode.FOUND_WORK, "diterima kerja di pabrik");
    assertThrows(IllegalStateException.class, () -> active.withdraw(D3, work));
    Enrollment out = active.dropOut(D3, work);
    assertEquals(EnrollmentStatus.DROPPED_OUT, out.status());
    assertEquals(Optional.of(work), out.statusReason());
  }

  @Test
  void negativeStatesNeedAReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> applied().transition(EnrollmentStatus.REJECTED, D2));
    assertTrue(e.getMessage().contains("reason is required"), e.getMessage());
    assertTrue(e.getMessage().contains("APPLIED to REJECTED"), e.getMessage());
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      if (s.isNegative()) {
        assertTrue(
            EnrollmentTransitions.table().stream()
                .filter(t -> t.to() == s)
                .allMatch(Transition::reasonRequired),
            s.name());
      }
    }
  }

  @Test
  void waitlistNeedsAReasonAndPromotesToSelected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> applied().transition(EnrollmentStatus.WAITLISTED, D2));
    Enrollment w = applied().waitlist(D2, StatusReason.of(ReasonCode.QUOTA_FULL));
    assertEquals(EnrollmentStatus.WAITLISTED, w.status());
    Enrollment promoted = w.select(D3);
    assertEquals(EnrollmentStatus.SELECTED, promoted.status());
    assertEquals(
        EnrollmentStatus.REJECTED,
        w.reject(D3, StatusReason.of(ReasonCode.WAITLIST_CLOSED)).status());
  }

  @Test
  void missedReRegistrationLapsesAndCanBeRestoredWithAReason() {
    Enrollment lapsed =
        applied().select(D2).lapse(D3, StatusReason.of(ReasonCode.MISSED_RE_REGISTRATION));
    assertEquals(EnrollmentStatus.LAPSED, lapsed.status());
    assertThrows(IllegalStateException.class, () -> lapsed.confirmReRegistration(D3));
    Enrollment restored = lapsed.reopen(D3, StatusReason.of(ReasonCode.DEADLINE_EXTENDED));
    assertEquals(EnrollmentStatus.SELECTED, restored.status());
    assertEquals(EnrollmentStatus.ENROLLED, restored.confirmReRegistration(D3).status());
  }

  @Test
  void wronglyRejectedApplicantIsReopenedWithAReason() {
    Enrollment rejected = applied().reject(D2, StatusReason.of(ReasonCode.INELIGIBLE));
    assertThrows(IllegalStateException.class, () -> rejected.select(D3));
    assertThrows(
        IllegalArgumentException.class,
        () -> rejected.transition(EnrollmentStatus.APPLIED, D3));
    Enrollment reopened =
        rejected.reopen(D3, StatusReason.of(ReasonCode.WRONGLY_DECIDED, "domisili salah baca"));
    assertEquals(EnrollmentStatus.APPLIED, reopened.status());
    assertEquals(EnrollmentStatus.SELECTED, reopened.select(D3).status());
    assertThrows(
        IllegalStateException.class,
        () -> reopened.reopen(D3, StatusReason.of(ReasonCode.WRONGLY_DECIDED)));
  }

  @Test
  void everyNegativeStatusCanBeLeftByReopening() {
    StatusReason why = StatusReason.of(ReasonCode.OTHER, "uji");
    Enrollment active = applied().select(D2).confirmReRegistration(D2).start(D3);
    List<Enrollment> negatives =
        List.of(
            applied().reject(D2, why),
            applied().withdraw(D2, why),
            applied().select(D2).lapse(D2, why),
            active.exclude(D3, why),
            active.dropOut(D3, why),
            active.failToComplete(D4, why));
    for (Enrollment n : negatives) {
      assertTrue(n.status().isNegative(), n.toString());
      Enrollment back = n.reopen(D4, why);
      assertFalse(back.status().isNegative(), back.toString());
    }
  }

  @Test
  void datesMustNotDecrease() {
    Enrollment s = applied().select(D3);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> s.confirmReRegistration(D2));
    assertTrue(e.getMessage().contains(D2.toString()), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> applied().select(D1.minusDays(1)));
    assertEquals(EnrollmentStatus.ENROLLED, s.confirmReRegistration(D3).status());
  }

  @Test
  void replayRebuildsAnEqualEnrollment() {
    Enrollment e =
        applied()
            .waitlist(D2, StatusReason.of(ReasonCode.QUOTA_FULL))
            .select(D3)
            .confirmReRegistration(D3);
    Enrollment again = Enrollment.replay(NIK, COHORT, D1, e.history());
    assertEquals(e, again);
    assertEquals(e.hashCode(), again.hashCode());
    ReplayResult r = Enrollment.tryReplay(NIK, COHORT, D1, e.history());
    assertTrue(r.isValid());
    assertEquals(Optional.of(e), r.enrollment());
  }

  @Test
  void replayReportsTheFirstInvalidStep() {
    List<EnrollmentEvent> history =
        ImmutableList.of(
            EnrollmentEvent.of(D2, EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED),
            EnrollmentEvent.of(D3, EnrollmentStatus.SELECTED, EnrollmentStatus.ACTIVE),
            EnrollmentEvent.of(D1, EnrollmentStatus.ACTIVE, EnrollmentStatus.APPLIED));
    ReplayResult r = Enrollment.tryReplay(NIK, COHORT, D1, history);
    assertFalse(r.isValid());
    assertTrue(r.enrollment().isEmpty());
    InvalidStep step = r.invalidStep().orElseThrow();
    assertEquals(1, step.index());
    assertEquals(ReplayProblem.ILLEGAL_TRANSITION, step.problem());
    assertTrue(step.message().contains("from SELECTED to ACTIVE"), step.message());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Enrollment.replay(NIK, COHORT, D1, history));
    assertEquals(step.message(), e.getMessage());
  }

  @Test
  void replayDetectsEachKindOfProblem() {
    assertProblem(
        ReplayProblem.FROM_MISMATCH,
        EnrollmentEvent.of(D2, EnrollmentStatus.SELECTED, EnrollmentStatus.ENROLLED));
    assertProblem(
        ReplayProblem.REASON_MISSING,
        EnrollmentEvent.of(D2, EnrollmentStatus.APPLIED, EnrollmentStatus.REJECTED));
    assertProblem(
        ReplayProblem.DATE_OUT_OF_ORDER,
        EnrollmentEvent.of(D1.minusDays(1), EnrollmentStatus.APPLIED, EnrollmentStatus.SELECTED));
    assertProblem(
        ReplayProblem.ILLEGAL_TRANSITION,
        EnrollmentEvent.of(D2, EnrollmentStatus.APPLIED, EnrollmentStatus.COMPLETED));
  }

  private static void assertProblem(ReplayProblem expected, EnrollmentEvent event) {
    ReplayResult r = Enrollment.tryReplay(NIK, COHORT, D1, List.of(event));
    assertEquals(expected, r.invalidStep().orElseThrow().problem(), event.toString());
    assertEquals(0, r.invalidStep().orElseThrow().index());
  }

  @Test
  void eventRejectsAMoveToTheSameStatus() {
    assertThrows(
        IllegalArgumentException.class,
        () -> EnrollmentEvent.of(D1, EnrollmentStatus.ACTIVE, EnrollmentStatus.ACTIVE));
  }

  @Test
  void reasonOtherNeedsANoteAndNotesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> StatusReason.of(ReasonCode.OTHER));
    assertThrows(IllegalArgumentException.class, () -> StatusReason.of(ReasonCode.ABSENT, "  "));
    assertThrows(
        IllegalArgumentException.class, () -> StatusReason.of(ReasonCode.ABSENT, "a\u0000b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> StatusReason.of(ReasonCode.ABSENT, "x".repeat(StatusReason.MAX_NOTE_LENGTH + 1)));
    assertEquals("MOVED_AWAY (pindah ke Sampit)",
        StatusReason.of(ReasonCode.MOVED_AWAY, "pindah ke Sampit").toString());
  }

  @Test
  void toStringMasksTheNik() {
    String text = applied().select(D2).toString();
    assertFalse(text.contains(NIK.toString()), text);
    assertTrue(text.contains(NIK.masked()), text);
    assertTrue(text.contains("SELECTED"), text);
  }
}
