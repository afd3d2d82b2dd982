package id.terampil.core.enrollment;

import static id.terampil.core.enrollment.EnrollmentsTest.JAHIT;
import static id.terampil.core.enrollment.EnrollmentsTest.LAS;
import static id.terampil.core.enrollment.EnrollmentsTest.PERIOD;
import static id.terampil.core.enrollment.EnrollmentsTest.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Enrollments of earlier programs give the history admission reads, by one rule per status. */
class ParticipationHistoriesTest {

  private static final LocalDate APPLIED = LocalDate.of(2025, 7, 1);
  private static final LocalDate START = PERIOD.start();
  private static final LocalDate END = PERIOD.endInclusive();
  private static final LocalDate AFTER = END.plusDays(1);
  private static final StatusReason WHY = StatusReason.of(ReasonCode.PERSONAL);

  private static Enrollment active(Nik nik, CohortId cohort) {
    return Enrollment.apply(nik, cohort, APPLIED).select(APPLIED).confirmReRegistration(APPLIED)
        .start(START);
  }

  @Test
  void eachStatusCountsByItsRule() {
    Enrollment completed =
        active(nik(0), LAS).complete(END, CompletionFixtures.satisfied(nik(0), LAS, END));
    Enrollment droppedOut = active(nik(1), LAS).dropOut(START.plusDays(3), WHY);
    Enrollment rejected = Enrollment.apply(nik(2), LAS, APPLIED).reject(APPLIED, WHY);
    Enrollment lapsed = Enrollment.apply(nik(3), LAS, APPLIED).select(APPLIED).lapse(START, WHY);
    Enrollment selected = Enrollment.apply(nik(4), JAHIT, APPLIED).select(APPLIED);
    Map<Nik, ParticipationHistory> h =
        Enrollments.histories(
            List.of(completed, droppedOut, rejected, lapsed, selected),
            List.of(EnrollmentsTest.BLK),
            AFTER);
    assertEquals(
        ParticipationHistory.of(
            PastParticipation.of(LAS, PERIOD, List.of(Skills.SEWING), true)),
        h.get(nik(0)));
    assertEquals(
        ParticipationHistory.of(
            PastParticipation.of(LAS, PERIOD, List.of(Skills.SEWING), false)),
        h.get(nik(1)),
        "a dropout held the seat: it counts for overlap, not as completed");
    assertFalse(h.containsKey(nik(2)), "never seated: no participation");
    assertFalse(h.containsKey(nik(3)), "lapsed before training: no participation");
    assertFalse(h.get(nik(4)).participations().get(0).completed());
  }

  @Test
  void theStatusOnTheDayGiven() {
    Enrollment completed =
        active(nik(0), LAS).complete(END, CompletionFixtures.satisfied(nik(0), LAS, END));
    Map<Nik, ParticipationHistory> during =
        Enrollments.histories(List.of(completed), List.of(EnrollmentsTest.BLK), START);
    assertFalse(during.get(nik(0)).participations().get(0).completed());
    assertTrue(
        Enrollments.histories(List.of(completed), List.of(EnrollmentsTest.BLK), APPLIED.minusDays(1))
            .isEmpty());
  }

  @Test
  void everyStatusIsClassified() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      boolean seat = Enrollments.tookASeat(s);
      assertEquals(
          s == EnrollmentStatus.SELECTED
              || s == EnrollmentStatus.ENROLLED
              || s == EnrollmentStatus.ACTIVE
              || s == EnrollmentStatus.COMPLETED
              || s == EnrollmentStatus.NOT_COMPLETED
              || s == EnrollmentStatus.DROPPED_OUT
              || s == EnrollmentStatus.EXCLUDED,
          seat,
          s.name());
    }
  }

  @Test
  void anEnrollmentInAnUnknownCohortIsRefused() {
    Enrollment elsewhere = Enrollment.apply(nik(0), CohortId.of("LAIN-1"), APPLIED).select(APPLIED);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Enrollments.histories(List.of(elsewhere), List.of(EnrollmentsTest.BLK), AFTER));
    assertTrue(e.getMessage().contains("LAIN-1"), e.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Enrollments.histories(
                    List.of(), List.of(EnrollmentsTest.BLK, EnrollmentsTest.BLK), AFTER));
    assertTrue(twice.getMessage().contains("two programs"), twice.getMessage());
  }

  @Test
  void admissionReadsTheHistoryByTheseRules() {
    Enrollment droppedOut = active(nik(1), LAS).dropOut(START.plusDays(3), WHY);
    Enrollment rejected = Enrollment.apply(nik(2), LAS, APPLIED).reject(APPLIED, WHY);
    Map<Nik, ParticipationHistory> h =
        Enrollments.histories(
            List.of(droppedOut, rejected), List.of(EnrollmentsTest.BLK), START.plusDays(3));
    var admission = EnrollmentsTest.BLK.admission(JAHIT);
    var dropout = EnrollmentsTest.app(1, 0, true, JAHIT).applicant();
    var refused = EnrollmentsTest.app(2, 0, true, JAHIT).applicant();
    var decision = admission.decide(dropout, APPLIED, h.get(nik(1)));
    assertFalse(decision.isEligible(), "a seat left early still overlaps the sewing cohort");
    assertEquals(
        List.of("OVERLAPPING_ENROLLMENT"),
        decision.unmet().stream().map(u -> u.code()).toList());
    assertTrue(
        admission
            .decide(refused, APPLIED, h.getOrDefault(nik(2), ParticipationHistory.empty()))
            .isEligible(),
        "a rejected applicant never took a seat");
  }
}
