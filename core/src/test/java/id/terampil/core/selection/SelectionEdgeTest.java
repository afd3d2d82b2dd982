package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of selection with exact expected outcomes: which of one NIK's applications is kept,
 * scores that do not fit in a long, promotion while a reservation is open and the rank order after
 * it, and the value contracts of results, outcomes, policies, quotas and tiers.
 */
class SelectionEdgeTest {

  private static final ProgramId PROGRAM = ProgramId.of("PKL-2026");
  private static final CohortId LAS = CohortId.of("BLK26-LAS-1");
  private static final CohortId LAS2 = CohortId.of("BLK26-LAS-2");
  private static final LocalDateTime OPEN = LocalDateTime.of(2026, 2, 2, 8, 0);
  /** The date of releases and promotions; without a program there is no cut-off. */
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
  private static final LocalDate BIRTH = LocalDate.of(1990, 5, 17);

  private static RegionCode village(int i) {
    return RegionCode.parse("33.75.0" + (i + 1) + ".1001");
  }

  private static Applicant applicant(int serial, int village, TargetGroup... groups) {
    return Applicant.builder()
        .nik(Nik.of(RegionCode.parse("33.75.01"), BIRTH, Sex.MALE, serial))
        .name(PersonName.of("Peserta Uji"))
        .sex(Sex.MALE)
        .birthDate(BIRTH)
        .domicile(village(village))
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.UNEMPLOYED)
        .addTargetGroups(groups)
        .build();
  }

  private static Application app(Applicant applicant, ProgramId program, CohortId choice, int minute, String score) {
    Application.Builder b =
        Application.builder().applicant(applicant).program(program).addCohortChoices(choice).registeredAt(OPEN.plusMinutes(minute));
    if (!score.isEmpty()) {
      b.score(new BigDecimal(score));
    }
    return b.build();
  }

  private static Application app(int serial, int village, int minute, TargetGroup... groups) {
    return app(applicant(serial, village, groups), PROGRAM, LAS, minute, "");
  }

  /** An application registered at {@link #OPEN} with an application number. */
  private static Application numbered(Applicant applicant, CohortId choice, String score, long number) {
    Application.Builder b =
        Application.builder()
            .applicant(applicant)
            .program(PROGRAM)
            .addCohortChoices(choice)
            .registeredAt(OPEN)
            .applicationNumber(number);
    if (!score.isEmpty()) {
      b.score(new BigDecimal(score));
    }
    return b.build();
  }

  private static SelectionPolicy.Builder bothCohorts() {
    return SelectionPolicy.builder().putSeatsPerCohort(LAS, 3).putSeatsPerCohort(LAS2, 3);
  }

  private static List<Application> selectedApps(SelectionResult r) {
    return r.selected().stream().map(SelectionOutcome::application).toList();
  }

  // --- which application of one NIK is kept ---

  @Test
  void ofEqualApplicationsOfOneNikTheFirstInTheInputIsKept() {
    Applicant one = applicant(1, 0);
    Application first = app(one, PROGRAM, LAS, 0, "");
    Application second = app(one, PROGRAM, LAS, 0, "");
    assertEquals(first, second);
    SelectionResult r = bothCohorts().build().select(List.of(first, second));
    assertSame(first, r.selected().get(0).application());
    assertSame(second, r.rejected().get(0).application());
    assertEquals(SelectionReason.DUPLICATE_NIK, r.rejected().get(0).reason());
  }

  @Test
  void differentApplicationsOfOneNikRegisteredAtOnceConflictAndNeitherIsRanked() {
    Applicant one = applicant(1, 0);
    Application programB = app(one, ProgramId.of("PKL-B"), LAS, 0, "");
    Application programA = app(one, ProgramId.of("PKL-A"), LAS2, 0, "");
    SelectionResult r = bothCohorts().build().select(List.of(programB, programA));
    assertEquals(List.of(), r.selected());
    assertEquals(2, r.rejected().size());
    assertTrue(r.rejected().stream().allMatch(o -> o.reason() == SelectionReason.DUPLICATE_NIK_CONFLICT));
    assertTrue(r.rejected().stream().allMatch(o -> o.rank().isEmpty()));
    assertEquals(
        SelectionReason.DUPLICATE_NIK_CONFLICT, r.outcomeOf(one.nik()).orElseThrow().reason());
  }

  @Test
  void theLowerApplicationNumberOrdersApplicationsOfOneNikRegisteredAtOnce() {
    Applicant one = applicant(1, 0);
    Application seven = numbered(one, LAS, "50", 7);
    Application twelve = numbered(one, LAS2, "", 12);
    SelectionResult r = bothCohorts().build().select(List.of(twelve, seven));
    assertSame(seven, r.outcomeOf(one.nik()).orElseThrow().application());
    assertEquals(SelectionStatus.SELECTED, r.outcomeOf(one.nik()).orElseThrow().status());
    assertSame(twelve, r.rejected().get(0).application());
    assertEquals(SelectionReason.DUPLICATE_NIK, r.rejected().get(0).reason());
  }

  @Test
  void applicationNumbersThatDoNotOrderEveryApplicationLeaveAConflict() {
    Applicant one = applicant(1, 0);
    Application nine = numbered(one, LAS, "9", 3);
    Application ten = app(one, PROGRAM, LAS, 0, "10");
    Application tenNumbered = numbered(one, LAS, "10", 3);
    for (List<Application> pair : List.of(List.of(ten, nine), List.of(tenNumbered, nine))) {
      SelectionResult r = bothCohorts().build().select(pair);
      assertEquals(List.of(), r.selected(), pair.toString());
      assertEquals(
          List.of(SelectionReason.DUPLICATE_NIK_CONFLICT, SelectionReason.DUPLICATE_NIK_CONFLICT),
          r.rejected().stream().map(SelectionOutcome::reason).toList());
    }
  }

  // --- scores ---

  /** Selects one applicant per score (empty: none) by SCORE_DESC; returns the scores in rank order. */
  private static List<String> rankScores(String... scores) {
    SelectionPolicy policy =
        SelectionPolicy.builder().putSeatsPerCohort(LAS, scores.length).addTieBreakers(TieBreaker.SCORE_DESC).build();
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      apps.add(app(applicant(i + 1, 0), PROGRAM, LAS, 0, scores[i]));
    }
    return selectedApps(policy.select(apps)).stream()
        .map(a -> a.score().map(BigDecimal::toPlainString).orElse("none"))
        .toList();
  }

  @Test
  void scoresOfMoreThanEighteenDigitsAreRankedExactly() {
    // 19 digits, and 3E+19, which as a long would wrap to a negative number.
    assertEquals(
        List.of("30000000000000000000", "1234567890123456789", "none"),
        rankScores("1234567890123456789", "3E+19", ""));
  }

  @Test
  void aLargeScoreBesideASmallOneIsRankedExactly() {
    assertEquals(List.of("30000000000000000000", "5", "none"), rankScores("5", "3E+19", ""));
  }

  @Test
  void scoresAtOneScaleAndAcrossScalesAreRankedExactly() {
    assertEquals(
        List.of("2000", "80.001", "80", "79.99", "0.005", "-3"),
        rankScores("79.99", "80", "-3", "2E+3", "80.001", "0.5E-2"));
  }

  @Test
  void scoresRankNothingWithoutTheScoreTieBreaker() {
    Application seekerLowScore = app(applicant(1, 0, TargetGroup.JOB_SEEKER), PROGRAM, LAS, 5, "10");
    Application otherHighScore = app(applicant(2, 0), PROGRAM, LAS, 1, "90");
    SelectionResult r =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 2)
            .addTiers(PriorityTier.memberOf(TargetGroup.JOB_SEEKER))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(List.of(otherHighScore, seekerLowScore));
    assertEquals(List.of(seekerLowScore, otherHighScore), selectedApps(r));
  }

  // --- promotion ---

  @Test
  void aPromotedApplicantTakesTheirRankPlaceAmongTheSelected() {
    Application a = app(1, 0, 0);
    Application blocked = app(2, 0, 1);
    Application c = app(3, 1, 2);
    SelectionResult r =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 2)
            .addRegionQuotas(RegionQuota.perVillage(1))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(List.of(c, blocked, a));
    assertEquals(List.of(a, c), selectedApps(r));
    SelectionResult after = r.releaseAndPromote(a.applicant().nik(), DAY);
    assertEquals(List.of(blocked, c), selectedApps(after));
    assertEquals(SelectionReason.PROMOTED, after.selected().get(0).reason());
    assertEquals(2, after.selected().get(0).rank().getAsInt());
  }

  @Test
  void promotingIntoAFreeCohortThatNobodyWaitingChoseChangesNothing() {
    Application first = app(1, 0, 0);
    Application second = app(2, 1, 1);
    SelectionResult r =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 1)
            .putSeatsPerCohort(LAS2, 1)
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(List.of(second, first));
    assertEquals(List.of(first), selectedApps(r));
    assertEquals(1, r.freeSeats(LAS2));
    assertEquals(Optional.empty(), r.nextInLine(LAS2));
    assertSame(r, r.promoteNext(LAS2, DAY));
    IllegalStateException full = assertThrows(IllegalStateException.class, () -> r.promoteNext(LAS, DAY));
    assertEquals("cohort BLK26-LAS-1 has no free seat", full.getMessage());
    assertEquals(Optional.empty(), r.nextInLine(LAS));
    NullPointerException none = assertThrows(NullPointerException.class, () -> r.promoteNext(null, DAY));
    assertEquals("cohort must not be null", none.getMessage());
  }

  /**
   * Youth and disability reservations of one seat each, one seat per village: the youth member
   * takes village 0's place, so the disability member (also village 0) waits behind a
   * non-member while the disability reservation stays open.
   */
  private static final Application YOUTH = app(1, 0, 0, TargetGroup.YOUTH);
  private static final Application B = app(2, 1, 1);
  private static final Application X = app(3, 2, 2);
  private static final Application MEMBER = app(4, 0, 3, TargetGroup.PERSON_WITH_DISABILITY);

  private static SelectionResult openReservation() {
    return SelectionPolicy.builder()
        .putSeatsPerCohort(LAS, 2)
        .addRegionQuotas(RegionQuota.perVillage(1))
        .addReservations(
            TargetGroupReservation.of(TargetGroup.YOUTH, 1),
            TargetGroupReservation.of(TargetGroup.PERSON_WITH_DISABILITY, 1))
        .addTieBreakers(TieBreaker.REGISTRATION_TIME)
        .build()
        .select(List.of(MEMBER, X, B, YOUTH));
  }

  @Test
  void whileAReservationIsOpenAFittingMemberIsPromotedBeforeBetterRankedOthers() {
    SelectionResult r = openReservation();
    assertEquals(List.of(YOUTH, B), selectedApps(r));
    assertEquals(SelectionReason.SELECTED_RESERVED, r.selected().get(0).reason());
    // MEMBER's village quota is full: not on the waitlist, but in the pool.
    assertEquals(List.of(X), r.waitlisted().stream().map(SelectionOutcome::application).toList());
    assertEquals(SelectionReason.QUOTA_FULL, r.outcomeOf(MEMBER.applicant().nik()).orElseThrow().reason());
    assertEquals(List.of(X, MEMBER), r.promotionPool().stream().map(SelectionOutcome::application).toList());

    SelectionResult released = r.release(YOUTH.applicant().nik());
    assertEquals(Optional.of(MEMBER), released.nextInLine(LAS).map(SelectionOutcome::application));
    SelectionResult promoted = released.promoteNext(DAY);
    assertEquals(List.of(B, MEMBER), selectedApps(promoted));
    assertEquals(List.of(X), promoted.waitlisted().stream().map(SelectionOutcome::application).toList());
    assertEquals(promoted, r.releaseAndPromote(YOUTH.applicant().nik(), DAY));
  }

  @Test
  void whileAReservationIsOpenButNoMemberFitsTheBestRankedFittingApplicantIsPromoted() {
    SelectionResult promoted = openReservation().releaseAndPromote(B.applicant().nik(), DAY);
    assertEquals(List.of(YOUTH, X), selectedApps(promoted));
    assertEquals(SelectionReason.PROMOTED, promoted.selected().get(1).reason());
    assertEquals(SelectionStatus.REJECTED, promoted.outcomeOf(MEMBER.applicant().nik()).orElseThrow().status());
    assertEquals(SelectionReason.QUOTA_FULL, promoted.outcomeOf(MEMBER.applicant().nik()).orElseThrow().reason());
  }

  @Test
  void theLedgerOffersNoSeatToAnApplicantWhoseQuotaIsFullEvenWhereSeatsAreFree() {
    // The promotions check the quota before asking the ledger for a seat; the ledger's own
    // answer must not depend on that.
    SelectionPolicy policy = bothCohorts().addRegionQuotas(RegionQuota.perVillage(1)).build();
    Ledger ledger = new Ledger(policy, policy.seatsPerCohort());
    Application seated = app(1, 0, 0);
    Application sameVillage = app(2, 0, 1);
    Application otherVillage = app(3, 1, 2);
    assertEquals(LAS, ledger.seatFor(seated.applicant(), seated.cohortChoices()));
    ledger.take(seated, LAS);
    assertEquals(2, ledger.freeSeats(LAS), "seats are still free in the chosen cohort");
    assertNull(ledger.seatFor(sameVillage.applicant(), sameVillage.cohortChoices()), "village 0's quota of one is taken");
    assertEquals(LAS, ledger.seatFor(otherVillage.applicant(), otherVillage.cohortChoices()));
  }

  @Test
  void releasingAnUnknownNikIsRefusedWithTheNikMasked() {
    SelectionResult r = openReservation();
    Nik stranger = applicant(99, 0).nik();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.release(stranger));
    assertEquals("no selected applicant with NIK " + stranger.masked(), e.getMessage());
  }

  // --- result values ---

  @Test
  void resultsAreEqualExactlyWhenTheirOutcomesAre() {
    SelectionResult r = openReservation();
    SelectionResult again = openReservation();
    assertEquals(r, again);
    assertEquals(r.hashCode(), again.hashCode());
    SelectionResult released = r.release(B.applicant().nik());
    assertNotEquals(r, released);
    assertNotEquals(r.hashCode(), released.hashCode());
    assertFalse(r.equals(r.toString()));
  }

  @Test
  void aReleasedSeatIsListedWithItsCohortAndRankAndCounted() {
    SelectionResult released = openReservation().release(B.applicant().nik());
    SelectionOutcome gone = released.released().get(0);
    assertEquals(List.of(gone), released.released());
    assertSame(B, gone.application());
    assertEquals(SelectionStatus.RELEASED, gone.status());
    assertEquals(SelectionReason.SEAT_RELEASED, gone.reason());
    assertEquals(Optional.of(LAS), gone.cohort());
    assertEquals(2, gone.rank().getAsInt());
    assertEquals("SelectionResult{selected=1, waitlisted=1, rejected=1, released=1}", released.toString());
  }

  // --- outcome values ---

  @Test
  void outcomesDescribeThemselvesWithTheNikMasked() {
    SelectionResult r =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 1)
            .addTiers(PriorityTier.memberOf(TargetGroup.JOB_SEEKER))
            .build()
            .select(List.of(app(1, 0, 0, TargetGroup.JOB_SEEKER), app(2, 0, 1)));
    assertEquals(
        "SelectionOutcome{nik=3375********0001, status=SELECTED, reason=SELECTED, rank=1, cohort=BLK26-LAS-1, tier=JOB_SEEKER}",
        r.selected().get(0).toString());
    assertEquals(
        "SelectionOutcome{nik=3375********0002, status=WAITLISTED, reason=NO_SEATS, rank=2}",
        r.waitlisted().get(0).toString());
    UnmetRule young = UnmetRule.of(EligibilityReason.AGE_BELOW_MIN, ImmutableMap.of("minAge", "15"));
    SelectionOutcome ineligible =
        SelectionOutcome.builder()
            .application(app(3, 0, 0))
            .status(SelectionStatus.REJECTED)
            .reason(SelectionReason.INELIGIBLE)
            .addUnmet(young)
            .build();
    assertEquals(
        "SelectionOutcome{nik=3375********0003, status=REJECTED, reason=INELIGIBLE, unmet=[" + young + "]}",
        ineligible.toString());
  }

  private static ImmutableSelectionOutcome.Builder draft(SelectionStatus status, SelectionReason reason) {
    return SelectionOutcome.builder().application(app(1, 0, 0)).status(status).reason(reason);
  }

  private static void assertRefused(String message, ImmutableSelectionOutcome.Builder draft) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, draft::build).getMessage());
  }

  @Test
  void anOutcomeRejectsAReasonThatDoesNotExplainItsStatus() {
    assertFalse(SelectionReason.NO_SEATS.explains(SelectionStatus.SELECTED));
    assertTrue(SelectionReason.NO_SEATS.explains(SelectionStatus.REJECTED));
    assertRefused(
        "reason NO_SEATS does not explain status SELECTED",
        draft(SelectionStatus.SELECTED, SelectionReason.NO_SEATS).cohort(LAS));
  }

  @Test
  void anOutcomeHasACohortExactlyWhenSeated() {
    assertRefused(
        "cohort must be present exactly when seated: WAITLISTED",
        draft(SelectionStatus.WAITLISTED, SelectionReason.NO_SEATS).cohort(LAS));
    assertRefused(
        "cohort must be present exactly when seated: SELECTED",
        draft(SelectionStatus.SELECTED, SelectionReason.SELECTED));
    assertEquals(Optional.of(LAS), draft(SelectionStatus.SELECTED, SelectionReason.SELECTED).cohort(LAS).build().cohort());
  }

  @Test
  void anOutcomeHasUnmetRulesExactlyWhenIneligible() {
    UnmetRule young = UnmetRule.of(EligibilityReason.AGE_BELOW_MIN, ImmutableMap.of("minAge", "15"));
    assertRefused(
        "unmet rules must be given exactly for INELIGIBLE: INELIGIBLE",
        draft(SelectionStatus.REJECTED, SelectionReason.INELIGIBLE));
    assertRefused(
        "unmet rules must be given exactly for INELIGIBLE: NO_SEATS",
        draft(SelectionStatus.REJECTED, SelectionReason.NO_SEATS).addUnmet(young));
  }

  // --- policy values ---


  @Test
  void aPolicyRejectsTwoReservationsForOneGroup() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> bothCohorts()
                .addReservations(
                    TargetGroupReservation.of(TargetGroup.YOUTH, 1), TargetGroupReservation.of(TargetGroup.YOUTH, 2))
                .build());
    assertTrue(e.getMessage().startsWith("reservations must not repeat an entry"), e.getMessage());
  }

  @Test
  void aQuotaOverrideMustNotBeNegative() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionQuota.perVillage(2).withOverrides(Map.of(village(0), -1)));
    assertEquals("quota override must not be negative: -1", e.getMessage());
    assertEquals(0, RegionQuota.perVillage(2).withOverrides(Map.of(village(0), 0)).limitFor(village(0)));
  }

  @Test
  void aTierIsShownByItsName() {
    assertEquals("TOBACCO_WORKERS", PriorityTier.of("TOBACCO_WORKERS", a -> true).toString());
  }
}
