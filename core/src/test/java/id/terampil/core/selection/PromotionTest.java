package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Promotion after a release (issue 34, point 6), on the scenario of the bug report: BLK welding
 * with per-kecamatan quotas and {@code waitlistLimit(10)}, where 8 of the 10 waitlist places went
 * to applicants blocked by their quota and a withdrawal left the seat empty while 13 eligible
 * applicants who chose the cohort and fit the quota had been rejected as beyond the waitlist.
 */
class PromotionTest {

  private static final ProgramId PROGRAM = ProgramId.of("BLK-LAS-2025");
  private static final CohortId LAS = CohortId.of("BLK25-LAS-1");
  private static final CohortId JAHIT = CohortId.of("BLK25-JAHIT-1");
  private static final DateRange PERIOD = DateRange.ofClosed(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 29));
  /** The cohorts' first training day: the period starts on a Friday, training on the Monday. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 8, 4);
  private static final LocalDate REF = LocalDate.of(2025, 7, 15);
  private static final LocalDate BEFORE = LocalDate.of(2025, 7, 28);

  private static Cohort cohort(CohortId id, int seats, RegionCode... regionsServed) {
    return Cohort.builder()
        .addRegionsServed(regionsServed)
        .id(id)
        .addSkills(Skills.SEWING)
        .period(PERIOD)
        .addAllTrainingDays(
            IntStream.range(0, 26)
                .mapToObj(FIRST_DAY::plusDays)
                .filter(PERIOD::contains)
                .collect(Collectors.toList()))
        .seats(Seats.exactly(seats))
        .build();
  }

  private static final TrainingProgram BLK =
      TrainingProgram.builder()
          .id(PROGRAM)
          .title("Pelatihan pengelasan BLK")
          .kind(ProgramKind.JOB_SKILLS)
          .organizer(Organizer.of("UPTD BLK", AgencyKind.DINAS, RegionCode.parse("33.75")))
          .fiscalYear(2025)
          .addFunding(
              Funding.builder().source(FundingSource.APBD_KABUPATEN_KOTA).fiscalYear(2025).build())
          .period(PERIOD)
          .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
          .addCohorts(cohort(LAS, 10), cohort(JAHIT, 2))
          .build();

  /** The n-th applicant (rank n + 1 by registration time), living in kecamatan {@code district}. */
  private static Application app(int n, int district, CohortId choice) {
    Applicant a =
        Applicant.builder()
            .nik(Nik.parse(String.format("337501410190%04d", n + 1)))
            .name(PersonName.of("Peserta Sintetis"))
            .sex(Sex.MALE)
            .birthDate(LocalDate.of(1990, 1, 1))
            .domicile(RegionCode.parse(String.format("33.75.%02d.1001", district + 1)))
            .education(EducationLevel.SMA_SMK)
            .employment(EmploymentStatus.UNEMPLOYED)
            .build();
    return Application.builder()
        .applicant(a)
        .program(PROGRAM)
        .addCohortChoices(choice)
        .registeredAt(LocalDateTime.of(2025, 7, 1, 8, 0).plusMinutes(n))
        .build();
  }

  /**
   * In rank order: 10 from kecamatan 0 (2 seated, 8 blocked by the quota of 2), 8 from
   * kecamatan 1-4 (seated: welding is full), 4 from kecamatan 5-6 for sewing only (2 seated, 2
   * waiting), then 13 for welding from kecamatan 7-13, where nobody is seated yet.
   */
  private static final List<Application> APPS = applications();

  private static List<Application> applications() {
    List<Application> apps = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 10; i++) {
      apps.add(app(n++, 0, LAS));
    }
    for (int d = 1; d <= 4; d++) {
      apps.add(app(n++, d, LAS));
      apps.add(app(n++, d, LAS));
    }
    for (int d = 5; d <= 6; d++) {
      apps.add(app(n++, d, JAHIT));
      apps.add(app(n++, d, JAHIT));
    }
    for (int i = 0; i < 13; i++) {
      apps.add(app(n++, 7 + i / 2, LAS));
    }
    return apps;
  }

  private static SelectionPolicy.Builder policy() {
    return policy(10);
  }

  private static SelectionPolicy.Builder policy(int waitlistLimit) {
    return SelectionPolicy.builder()
        .addRegionQuotas(RegionQuota.perDistrict(2))
        .addTieBreakers(TieBreaker.REGISTRATION_TIME)
        .waitlistLimit(waitlistLimit);
  }

  private static SelectionResult select(SelectionPolicy policy) {
    return policy.select(BLK, REF, APPS);
  }

  private static Nik nik(int n) {
    return APPS.get(n).applicant().nik();
  }

  private static List<Integer> ranks(List<SelectionOutcome> outcomes) {
    return outcomes.stream().map(o -> o.rank().getAsInt()).toList();
  }

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  @Test
  void theScenarioFillsWeldingAndBlocksEightOfKecamatanZero() {
    SelectionResult r = select(policy().build());
    assertEquals(12, r.selected().size());
    assertEquals(0, r.freeSeats(LAS));
    assertEquals(0, r.freeSeats(JAHIT));
    assertEquals(range(3, 10), ranks(r.rejected().subList(0, 8)));
    assertTrue(r.rejected().subList(0, 8).stream().allMatch(o -> o.reason() == SelectionReason.QUOTA_FULL));
    assertEquals(8 + 2 + 13, r.promotionPool().size());
  }

  @Test
  void theWaitlistHoldsNobodyBlockedByTheirQuota() {
    SelectionResult r = select(policy().build());
    // Per cohort the first ten who could be promoted there now: sewing's two, welding's ten.
    assertEquals(range(21, 22), ranks(r.waitlist(JAHIT)));
    assertEquals(range(23, 32), ranks(r.waitlist(LAS)));
    assertEquals(range(21, 32), ranks(r.waitlisted()));
    assertTrue(r.waitlisted().stream().allMatch(o -> o.reason() == SelectionReason.NO_SEATS));
    // Those beyond welding's waitlist are rejected, but remain in the pool.
    List<SelectionOutcome> beyond =
        r.rejected().stream().filter(o -> o.reason() == SelectionReason.NO_SEATS).toList();
    assertEquals(range(33, 35), ranks(beyond));
    assertTrue(r.promotionPool().containsAll(beyond));
  }

  @Test
  void aWithdrawalIsRefilledByTheBestRankedApplicantWhoChoseTheCohortAndFitsTheQuota() {
    SelectionResult r = select(policy().build());
    Nik leaving = nik(10); // rank 11, kecamatan 1, welding
    SelectionResult after = r.releaseAndPromote(leaving, BEFORE);
    assertEquals(0, after.freeSeats(LAS), "the seat is not left empty");
    SelectionOutcome promoted = after.outcomeOf(nik(22)).orElseThrow();
    assertEquals(SelectionStatus.SELECTED, promoted.status());
    assertEquals(SelectionReason.PROMOTED, promoted.reason());
    assertEquals(Optional.of(LAS), promoted.cohort());
    assertEquals(23, promoted.rank().getAsInt());
    // Kecamatan 0 is still full: its blocked applicants, ranked better, are passed over.
    assertEquals(
        SelectionReason.QUOTA_FULL, after.outcomeOf(nik(2)).orElseThrow().reason());
    assertEquals(SelectionStatus.RELEASED, after.outcomeOf(leaving).orElseThrow().status());
  }

  @Test
  void theWaitlistIsRecomputedAfterEachPromotion() {
    SelectionResult r = select(policy().build());
    SelectionResult after = r.releaseAndPromote(nik(10), BEFORE);
    // Rank 23 left the pool; rank 33, rejected before, is now on welding's waitlist.
    assertEquals(range(24, 33), ranks(after.waitlist(LAS)));
    assertEquals(SelectionStatus.WAITLISTED, after.outcomeOf(nik(32)).orElseThrow().status());
    assertEquals(SelectionStatus.REJECTED, r.outcomeOf(nik(32)).orElseThrow().status());
    assertEquals(r.promotionPool().size() - 1, after.promotionPool().size());
    assertEquals(after.all().size(), APPS.size());
  }

  @Test
  void aReleaseInAFullKecamatanLetsItsBestRankedBlockedApplicantIn() {
    SelectionResult r = select(policy().build());
    SelectionResult released = r.release(nik(0)); // rank 1, kecamatan 0
    // After the release kecamatan 0 has room: rank 3 is on the waitlist again, first in line.
    assertEquals(3, released.waitlist(LAS).get(0).rank().getAsInt());
    assertEquals(SelectionReason.NO_SEATS, released.outcomeOf(nik(2)).orElseThrow().reason());
    assertEquals(Optional.of(nik(2)), released.nextInLine(LAS).map(SelectionOutcome::nik));
    SelectionResult after = released.promoteNext(LAS, BEFORE);
    assertEquals(SelectionReason.PROMOTED, after.outcomeOf(nik(2)).orElseThrow().reason());
    assertEquals(after, r.releaseAndPromote(nik(0), BEFORE));
    // Kecamatan 0 is full again: its other blocked applicants leave the waitlist.
    assertEquals(range(23, 32), ranks(after.waitlist(LAS)));
    assertEquals(SelectionReason.QUOTA_FULL, after.outcomeOf(nik(3)).orElseThrow().reason());
  }

  @Test
  void aWaitlistLimitOfZeroPublishesNoWaitlistButStillPromotes() {
    SelectionResult r = select(policy(0).build());
    assertEquals(List.of(), r.waitlisted());
    assertEquals(List.of(), r.waitlist(LAS));
    SelectionResult after = r.releaseAndPromote(nik(10), BEFORE);
    assertEquals(SelectionReason.PROMOTED, after.outcomeOf(nik(22)).orElseThrow().reason());
  }

  @Test
  void byDefaultPromotionIsOpenThroughTheFirstTrainingDay() {
    SelectionResult r = select(policy().build());
    assertEquals(Optional.of(FIRST_DAY), r.promotionCutOff(LAS));
    assertTrue(r.isPromotionOpen(LAS, FIRST_DAY));
    assertFalse(r.isPromotionOpen(LAS, FIRST_DAY.plusDays(1)));

    SelectionResult onTheDay = r.releaseAndPromote(nik(10), FIRST_DAY);
    assertEquals(SelectionReason.PROMOTED, onTheDay.outcomeOf(nik(22)).orElseThrow().reason());

    SelectionResult late = r.releaseAndPromote(nik(10), FIRST_DAY.plusDays(1));
    assertEquals(SelectionStatus.RELEASED, late.outcomeOf(nik(10)).orElseThrow().status());
    assertEquals(1, late.freeSeats(LAS), "after the cut-off the seat stays free");
    assertNotEquals(SelectionStatus.SELECTED, late.outcomeOf(nik(22)).orElseThrow().status());
    assertSame(late, late.promoteNext(LAS, FIRST_DAY.plusDays(1)));
    assertSame(late, late.promoteNext(FIRST_DAY.plusDays(1)));
    assertEquals(
        SelectionReason.PROMOTED,
        late.promoteNext(FIRST_DAY).outcomeOf(nik(22)).orElseThrow().reason(),
        "a date within the cut-off still promotes");
  }

  @Test
  void theCutOffIsConfigurableInDaysAfterTheFirstTrainingDay() {
    SelectionResult three = select(policy().promotionClosesAfterDays(3).build());
    assertEquals(Optional.of(FIRST_DAY.plusDays(3)), three.promotionCutOff(LAS));
    assertEquals(0, three.releaseAndPromote(nik(10), FIRST_DAY.plusDays(3)).freeSeats(LAS));
    assertEquals(1, three.releaseAndPromote(nik(10), FIRST_DAY.plusDays(4)).freeSeats(LAS));

    SelectionResult weekBefore = select(policy().promotionClosesAfterDays(-7).build());
    assertEquals(Optional.of(FIRST_DAY.minusDays(7)), weekBefore.promotionCutOff(LAS));
    assertEquals(0, weekBefore.releaseAndPromote(nik(10), FIRST_DAY.minusDays(7)).freeSeats(LAS));
    assertEquals(1, weekBefore.releaseAndPromote(nik(10), FIRST_DAY.minusDays(6)).freeSeats(LAS));

    IllegalArgumentException far =
        assertThrows(
            IllegalArgumentException.class, () -> policy().promotionClosesAfterDays(367).build());
    assertTrue(far.getMessage().contains("promotionClosesAfterDays"), far.getMessage());
    assertThrows(IllegalArgumentException.class, () -> policy().promotionClosesAfterDays(-367).build());
    assertEquals(366, policy().promotionClosesAfterDays(366).build().promotionClosesAfterDays());
    assertEquals(-366, policy().promotionClosesAfterDays(-366).build().promotionClosesAfterDays());
    assertEquals(0, SelectionPolicy.builder().build().promotionClosesAfterDays());
  }

  @Test
  void aSelectionWithoutAProgramHasNoCutOff() {
    SelectionPolicy p = SelectionPolicy.builder().putSeatsPerCohort(LAS, 1).build();
    SelectionResult r = p.select(List.of(APPS.get(0), APPS.get(30)));
    assertEquals(Optional.empty(), r.promotionCutOff(LAS));
    assertTrue(r.isPromotionOpen(LAS, LocalDate.of(2099, 1, 1)));
    Nik seated = r.selected().get(0).nik();
    Nik waiting = r.waitlisted().get(0).nik();
    SelectionResult after = r.releaseAndPromote(seated, LocalDate.of(2099, 1, 1));
    assertEquals(Set.of(waiting), after.selected().stream().map(SelectionOutcome::nik).collect(Collectors.toSet()));
  }

  /**
   * The case jqwik shrank {@code SelectionProperties} to: three cohorts under {@code
   * totalSeats(2)}, the third serving one village only, {@code waitlistLimit(1)}. Rank 1 (the only
   * one admitted to the third cohort) and rank 2 are seated; the total is full.
   */
  private static final CohortId A1 = CohortId.of("A1");
  private static final CohortId A2 = CohortId.of("A2");
  private static final CohortId A3 = CohortId.of("A3");
  private static final RegionCode SERVED_VILLAGE = RegionCode.parse("33.75.01.1003");
  private static final RegionCode OTHER_VILLAGE = RegionCode.parse("33.75.02.1001");

  private static final TrainingProgram THREE_COHORTS =
      TrainingProgram.builder()
          .id(PROGRAM)
          .title("Pelatihan menjahit")
          .kind(ProgramKind.JOB_SKILLS)
          .organizer(Organizer.of("UPTD BLK", AgencyKind.DINAS, RegionCode.parse("33.75")))
          .fiscalYear(2025)
          .addFunding(
              Funding.builder().source(FundingSource.APBD_KABUPATEN_KOTA).fiscalYear(2025).build())
          .period(PERIOD)
          .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
          .addCohorts(
              cohort(A1, 2),
              cohort(A2, 2),
              cohort(A3, 2, SERVED_VILLAGE))
          .build();

  /** The n-th applicant of {@link #THREE_COHORTS} (rank n + 1), living in {@code village}. */
  private static Application threeCohortApp(int n, RegionCode village, CohortId... choices) {
    Applicant a =
        Applicant.builder()
            .nik(Nik.parse(String.format("337502410190%04d", n + 1)))
            .name(PersonName.of("Peserta Sintetis"))
            .sex(Sex.FEMALE)
            .birthDate(LocalDate.of(1990, 1, 1))
            .domicile(village)
            .education(EducationLevel.SMA_SMK)
            .employment(EmploymentStatus.UNEMPLOYED)
            .build();
    return Application.builder()
        .applicant(a)
        .program(PROGRAM)
        .addCohortChoices(choices)
        .registeredAt(LocalDateTime.of(2025, 7, 1, 8, 0).plusMinutes(n))
        .build();
  }

  private static final List<Application> FOUR =
      List.of(
          threeCohortApp(0, SERVED_VILLAGE, A3),
          threeCohortApp(1, OTHER_VILLAGE, A2, A3),
          threeCohortApp(2, OTHER_VILLAGE, A2, A1, A3),
          threeCohortApp(3, OTHER_VILLAGE, A2, A3, A1));

  private static Nik four(int n) {
    return FOUR.get(n).applicant().nik();
  }

  @Test
  void underATotalAReleasedSeatNobodyFitsStaysFreeUntilPromoteNextFillsItElsewhere() {
    SelectionPolicy policy =
        SelectionPolicy.builder()
            .totalSeats(2)
            .waitlistLimit(1)
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build();
    LocalDate asOf = PERIOD.start();
    SelectionResult r = policy.select(THREE_COHORTS, PERIOD.start(), FOUR);
    assertEquals(List.of(four(0), four(1)), r.selected().stream().map(SelectionOutcome::nik).toList());
    assertEquals(Optional.of(A3), r.selected().get(0).cohort());
    assertEquals(Optional.of(A2), r.selected().get(1).cohort());
    assertEquals(List.of(A2, A1), r.outcomeOf(four(2)).orElseThrow().eligibleChoices());
    assertTrue(r.isPromotionOpen(A2, asOf) && r.isPromotionOpen(A3, asOf));

    // Rank 1 leaves A3. Nobody left in the pool may sit in A3, so nobody is promoted: not into
    // A2 either, though the release freed a place in the total and A2 has room for it.
    SelectionResult first = r.releaseAndPromote(four(0), asOf);
    assertEquals(List.of(four(1)), first.selected().stream().map(SelectionOutcome::nik).toList());
    assertEquals(1, first.freeSeats(A3));
    assertEquals(List.of(), first.waitlist(A3));
    assertEquals(1, first.freeSeats(A2), "A2's own seats and the total both have room");
    assertEquals(List.of(four(2)), first.waitlist(A2).stream().map(SelectionOutcome::nik).toList());

    // Rank 2 leaves A2: its seat goes to rank 3, the best ranked who chose A2. The place in the
    // total that rank 1 freed is still free, so A2 shows a free seat while rank 4 waits for it.
    SelectionResult second = first.releaseAndPromote(four(1), asOf);
    assertEquals(List.of(four(2)), second.selected().stream().map(SelectionOutcome::nik).toList());
    SelectionOutcome promoted = second.selected().get(0);
    assertEquals(SelectionReason.PROMOTED, promoted.reason());
    assertEquals(Optional.of(A2), promoted.cohort());
    assertEquals(
        List.of(four(0), four(1)), second.released().stream().map(SelectionOutcome::nik).toList());
    assertEquals(1, second.freeSeats(A2));
    assertEquals(List.of(four(3)), second.waitlist(A2).stream().map(SelectionOutcome::nik).toList());

    // That place is filled by promoteNext(asOf), which gives any open free seat to the best placed.
    SelectionResult drained = second.promoteNext(asOf);
    assertEquals(
        List.of(four(2), four(3)), drained.selected().stream().map(SelectionOutcome::nik).toList());
    assertEquals(Optional.of(A2), drained.outcomeOf(four(3)).orElseThrow().cohort());
    assertEquals(0, drained.freeSeats(A2));
    assertSame(drained, drained.promoteNext(asOf));
    // Draining after the first release instead takes rank 3 into A2 at once.
    assertEquals(
        Optional.of(A2), first.promoteNext(asOf).outcomeOf(four(2)).orElseThrow().cohort());
  }
}
