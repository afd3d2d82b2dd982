package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelectionPolicyTest {

  private static final ProgramId PROGRAM = ProgramId.of("PKL-2025");
  private static final CohortId LAS = CohortId.of("BLK25-LAS-1");
  private static final CohortId LAS2 = CohortId.of("BLK25-LAS-2");
  private static final LocalDateTime OPEN = LocalDateTime.of(2025, 6, 2, 8, 0);
  /** The date of releases and promotions; without a program there is no cut-off. */
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
  private static final RegionCode DISTRICT = RegionCode.parse("33.75.01");
  private static final PersonName NAME = PersonName.of("Peserta Uji");
  private static final Map<String, RegionCode> VILLAGES = new java.util.concurrent.ConcurrentHashMap<>();

  /** Builds a synthetic application: the NIK is derived from {@code id} (unique per id). */
  private static Application app(
      int id, String village, int minute, List<CohortId> choices, TargetGroup... groups) {
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(id / 9999);
    Applicant applicant =
        Applicant.builder()
            .nik(Nik.of(DISTRICT, birth, Sex.MALE, id % 9999 + 1))
            .name(NAME)
            .sex(Sex.MALE)
            .birthDate(birth)
            .domicile(VILLAGES.computeIfAbsent(village, RegionCode::parse))
            .education(EducationLevel.SMA_SMK)
            .employment(EmploymentStatus.UNEMPLOYED)
            .addTargetGroups(groups)
            .build();
    return Application.builder()
        .applicant(applicant)
        .program(PROGRAM)
        .addAllCohortChoices(choices)
        .registeredAt(OPEN.plusMinutes(minute))
        .build();
  }

  private static Application app(int id, String village, int minute, TargetGroup... groups) {
    return app(id, village, minute, List.of(LAS), groups);
  }

  private static String village(int index) {
    // 27 synthetic kelurahan in the four districts of Kota Pekalongan (33.75.01 to 33.75.04).
    return String.format("33.75.%02d.%04d", index % 4 + 1, 1001 + index / 4);
  }

  private static Map<RegionCode, Long> perVillage(List<SelectionOutcome> outcomes) {
    return outcomes.stream()
        .collect(Collectors.groupingBy(o -> o.application().applicant().domicile(), Collectors.counting()));
  }

  @Test
  void twentySevenKelurahanFortyEachFillEveryKelurahanQuotaExactly() {
    List<Application> apps = new ArrayList<>();
    int id = 0;
    for (int v = 0; v < 27; v++) {
      int applicants = v == 0 ? 30 : 50; // one kelurahan under-subscribed
      for (int i = 0; i < applicants; i++) {
        apps.add(app(id++, village(v), i));
      }
    }
    SelectionPolicy policy =
        SelectionPolicy.builder()
            .totalSeats(27 * 40)
            .addRegionQuotas(RegionQuota.perVillage(40))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build();
    SelectionResult result = policy.select(apps);
    Map<RegionCode, Long> counts = perVillage(result.selected());
    assertEquals(27, counts.size());
    assertEquals(30L, counts.get(RegionCode.parse(village(0))));
    for (int v = 1; v < 27; v++) {
      assertEquals(40L, counts.get(RegionCode.parse(village(v))), village(v));
    }
    assertEquals(30 + 26 * 40, result.selected().size());
    // Every unseated applicant is blocked by their full kelurahan quota: none is published on the
    // waitlist, all stay in the promotion pool.
    assertEquals(List.of(), result.waitlisted());
    assertEquals(26 * 10, result.rejected().size());
    assertTrue(result.rejected().stream().allMatch(o -> o.reason() == SelectionReason.QUOTA_FULL));
    assertEquals(result.rejected(), result.promotionPool());
  }

  @Test
  void anOversubscribedBlkCohortServesTiersFirstThenEarliestRegistration() {
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 34; i++) {
      apps.add(app(i, village(i % 27), i, TargetGroup.JOB_SEEKER));
    }
    for (int i = 34; i < 40; i++) { // tobacco-sector workers registering last
      apps.add(app(i, village(i % 27), 100 + i, TargetGroup.CIGARETTE_FACTORY_WORKER));
    }
    SelectionPolicy policy =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 16)
            .addTiers(PriorityTier.memberOf(TargetGroup.CIGARETTE_FACTORY_WORKER))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .waitlistLimit(10)
            .build();
    SelectionResult result = policy.select(apps);

    assertEquals(16, result.selected().size());
    List<SelectionOutcome> selected = result.selected();
    for (int r = 0; r < 6; r++) {
      assertEquals("CIGARETTE_FACTORY_WORKER", selected.get(r).tier().orElseThrow());
      assertEquals(r + 1, selected.get(r).rank().getAsInt());
    }
    assertEquals(apps.get(0), selected.get(6).application(), "earliest job seeker after the tier");
    assertEquals(apps.get(9), selected.get(15).application());
    assertTrue(selected.stream().allMatch(o -> o.cohort().orElseThrow().equals(LAS)));

    assertEquals(10, result.waitlisted().size());
    assertEquals(apps.get(10), result.waitlisted().get(0).application());
    assertEquals(17, result.waitlisted().get(0).rank().getAsInt());
    assertEquals(14, result.rejected().size());
    assertTrue(result.rejected().stream().allMatch(o -> o.reason() == SelectionReason.NO_SEATS));
  }

  @Test
  void aLaterApplicationWithTheSameNikIsRejectedAsDuplicate() {
    Application first = app(1, village(0), 5);
    Application again = app(1, village(0), 9, List.of(LAS2));
    Application other = app(2, village(0), 7);
    SelectionPolicy policy =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 5)
            .putSeatsPerCohort(LAS2, 5)
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build();
    SelectionResult result = policy.select(List.of(again, other, first));
    assertEquals(List.of(first, other), result.selected().stream().map(SelectionOutcome::application).toList());
    assertEquals(1, result.rejected().size());
    assertEquals(SelectionReason.DUPLICATE_NIK, result.rejected().get(0).reason());
    assertEquals(again, result.rejected().get(0).application());
    assertTrue(result.rejected().get(0).rank().isEmpty());
    assertEquals(first, result.outcomeOf(first.applicant().nik()).orElseThrow().application());
  }

  @Test
  void ineligibleApplicantsAreRejectedWithEveryUnmetRule() {
    Application young = app(1, village(0), 1);
    Application fine = app(2, village(0), 2);
    List<UnmetRule> unmet =
        List.of(
            UnmetRule.of(EligibilityReason.AGE_BELOW_MIN, ImmutableMap.of("age", "14", "minAge", "15")),
            UnmetRule.of(EligibilityReason.DOCUMENT_MISSING, ImmutableMap.of("document", "AK_I")));
    Function<Application, EligibilityDecision> evaluator =
        a -> a.equals(young) ? EligibilityDecision.of(unmet) : EligibilityDecision.eligible();
    SelectionResult result =
        SelectionPolicy.builder().putSeatsPerCohort(LAS, 5).build().select(List.of(young, fine), evaluator);
    assertEquals(1, result.selected().size());
    SelectionOutcome rejected = result.rejected().get(0);
    assertEquals(SelectionReason.INELIGIBLE, rejected.reason());
    assertEquals(unmet, rejected.unmet());
    assertFalse(rejected.toString().contains(young.applicant().nik().toString()), rejected.toString());
  }

  @Test
  void aFullFirstChoiceFallsBackToTheNextRankedAlternative() {
    Application a = app(1, village(0), 1, List.of(LAS, LAS2));
    Application b = app(2, village(0), 2, List.of(LAS, LAS2));
    Application c = app(3, village(0), 3, List.of(CohortId.of("NOT-OFFERED")));
    SelectionResult result =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 1)
            .putSeatsPerCohort(LAS2, 1)
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(List.of(c, b, a));
    assertEquals(LAS, result.outcomeOf(a.applicant().nik()).orElseThrow().cohort().orElseThrow());
    assertEquals(LAS2, result.outcomeOf(b.applicant().nik()).orElseThrow().cohort().orElseThrow());
    assertEquals(SelectionReason.COHORT_NOT_OFFERED, result.outcomeOf(c.applicant().nik()).orElseThrow().reason());
  }

  @Test
  void reservedSeatsGoToGroupMembersEvenWhenRankedLower() {
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      apps.add(app(i, village(i), i));
    }
    for (int i = 20; i < 25; i++) {
      apps.add(app(i, village(i), i, TargetGroup.PERSON_WITH_DISABILITY));
    }
    SelectionResult result =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 10)
            .addReservations(TargetGroupReservation.of(TargetGroup.PERSON_WITH_DISABILITY, 3))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(apps);
    assertEquals(10, result.selected().size());
    assertEquals(
        3,
        result.selected().stream().filter(o -> o.reason() == SelectionReason.SELECTED_RESERVED).count());
    assertEquals(apps.subList(0, 7), result.selected().subList(0, 7).stream().map(SelectionOutcome::application).toList());
    assertEquals(apps.get(7), result.waitlisted().get(0).application());
  }

  @Test
  void scoreDescendingPutsUnscoredApplicationsLast() {
    Application low = app(1, village(0), 1);
    Application high = withScore(app(2, village(0), 2), "91.5");
    Application mid = withScore(app(3, village(0), 3), "80");
    Application lower = withScore(app(4, village(0), 4), "79.99");
    SelectionResult result =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 2)
            .addTieBreakers(TieBreaker.SCORE_DESC)
            .build()
            .select(List.of(low, lower, mid, high));
    assertEquals(List.of(high, mid), result.selected().stream().map(SelectionOutcome::application).toList());
    assertEquals(List.of(lower, low), result.waitlisted().stream().map(SelectionOutcome::application).toList());
  }

  private static Application withScore(Application a, String score) {
    return Application.builder()
        .applicant(a.applicant())
        .program(a.program())
        .addAllCohortChoices(a.cohortChoices())
        .registeredAt(a.registeredAt())
        .score(new BigDecimal(score))
        .build();
  }

  @Test
  void theLotteryIsAStableFunctionOfNikAndSeed() {
    Nik nik = Nik.parse("3375010101800001");
    assertEquals(SelectionPolicy.lotteryNumber(nik, 2025L), SelectionPolicy.lotteryNumber(nik, 2025L));
    assertTrue(SelectionPolicy.lotteryNumber(nik, 2025L) >= 0);
    assertFalse(SelectionPolicy.lotteryNumber(nik, 2025L) == SelectionPolicy.lotteryNumber(nik, 2026L));
    assertEquals(PINNED_LOTTERY, SelectionPolicy.lotteryNumber(nik, 2025L), "the draw must not change between versions");
  }

  // fmix64(3375010101800001 ^ fmix64(2025)) >>> 1, computed independently of the library.
  private static final long PINNED_LOTTERY = 728652939318822715L;

  @Test
  void aLotteryDrawDoesNotDependOnInputOrder() {
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      apps.add(app(i, village(i % 27), 0)); // everyone registered at the same minute
    }
    SelectionPolicy policy =
        SelectionPolicy.builder().putSeatsPerCohort(LAS, 30).addTieBreakers(TieBreaker.LOTTERY).lotterySeed(77L).build();
    SelectionResult expected = policy.select(apps);
    List<Application> shuffled = new ArrayList<>(apps);
    Collections.shuffle(shuffled, new Random(5));
    assertEquals(expected, policy.select(shuffled));
    SelectionResult otherSeed =
        SelectionPolicy.builder().putSeatsPerCohort(LAS, 30).addTieBreakers(TieBreaker.LOTTERY).lotterySeed(78L).build().select(apps);
    assertFalse(expected.selected().equals(otherSeed.selected()), "another seed draws others");
  }

  @Test
  void releasingASeatPromotesTheNextWaitlistedApplicantWhoseQuotaAllows() {
    // Quota 2 per kelurahan; village 0 fills its quota, so its third applicant waits behind it.
    Application a0 = app(0, village(0), 0);
    Application a1 = app(1, village(0), 1);
    Application a2 = app(2, village(1), 2);
    Application blocked = app(3, village(0), 3);
    Application next = app(4, village(2), 4);
    SelectionPolicy policy =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 3)
            .addRegionQuotas(RegionQuota.perVillage(2))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build();
    SelectionResult result = policy.select(List.of(a0, a1, a2, blocked, next));
    assertEquals(List.of(a0, a1, a2), result.selected().stream().map(SelectionOutcome::application).toList());
    // The village-0 applicant is blocked by the quota: rejected, not waitlisted, but in the pool.
    assertEquals(List.of(next), result.waitlisted().stream().map(SelectionOutcome::application).toList());
    assertEquals(SelectionReason.NO_SEATS, result.waitlisted().get(0).reason());
    SelectionOutcome blockedOutcome = result.outcomeOf(blocked.applicant().nik()).orElseThrow();
    assertEquals(SelectionStatus.REJECTED, blockedOutcome.status());
    assertEquals(SelectionReason.QUOTA_FULL, blockedOutcome.reason());
    assertEquals(2, result.promotionPool().size());

    // a2 (village 1) leaves: village 0 is still full, so "next" (village 2) is promoted.
    SelectionResult afterA2 = result.releaseAndPromote(a2.applicant().nik(), DAY);
    assertEquals(SelectionReason.PROMOTED, afterA2.outcomeOf(next.applicant().nik()).orElseThrow().reason());
    assertEquals(SelectionReason.QUOTA_FULL, afterA2.outcomeOf(blocked.applicant().nik()).orElseThrow().reason());
    assertEquals(SelectionStatus.RELEASED, afterA2.outcomeOf(a2.applicant().nik()).orElseThrow().status());
    assertEquals(5, afterA2.all().size());

    // a0 (village 0) leaves: the village-0 applicant now fits its quota.
    SelectionResult afterA0 = afterA2.releaseAndPromote(a0.applicant().nik(), DAY);
    SelectionOutcome promoted = afterA0.outcomeOf(blocked.applicant().nik()).orElseThrow();
    assertEquals(SelectionStatus.SELECTED, promoted.status());
    assertEquals(LAS, promoted.cohort().orElseThrow());
    assertEquals(4, promoted.rank().getAsInt());
    assertTrue(afterA0.waitlisted().isEmpty());
    assertEquals(0, afterA0.freeSeats(LAS));
  }

  @Test
  void promotionNeedsAFreeSeatAndASelectedApplicantToRelease() {
    Application a = app(0, village(0), 0);
    Application b = app(1, village(0), 1);
    SelectionResult result = SelectionPolicy.builder().putSeatsPerCohort(LAS, 1).build().select(List.of(a, b));
    assertThrows(IllegalStateException.class, () -> result.promoteNext(LAS, DAY));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> result.release(b.applicant().nik()));
    assertFalse(e.getMessage().contains(b.applicant().nik().toString()), e.getMessage());
    assertEquals(result, result.promoteNext(DAY), "no free seat: nothing changes");
    SelectionResult released = result.release(a.applicant().nik());
    assertEquals(1, released.freeSeats(LAS));
    SelectionResult promoted = released.promoteNext(DAY);
    assertEquals(b, promoted.selected().get(0).application());
  }

  @Test
  void withoutAProgramThePolicyStatesItsSeatsAndReservesNoMoreThanItsCohortsHave() {
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> SelectionPolicy.builder().build().select(List.of()));
    assertEquals("selection without a program needs seatsPerCohort or totalSeats", none.getMessage());
    IllegalArgumentException over =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SelectionPolicy.builder()
                    .putSeatsPerCohort(LAS, 2)
                    .addReservations(TargetGroupReservation.of(TargetGroup.YOUTH, 3))
                    .build()
                    .select(List.of()));
    assertEquals("reserved seats must not exceed the 2 seats: 3", over.getMessage());
    assertEquals(
        List.of(),
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 2)
            .addReservations(TargetGroupReservation.of(TargetGroup.YOUTH, 2))
            .build()
            .select(List.of())
            .selected());
    assertEquals(
        List.of(),
        SelectionPolicy.builder()
            .totalSeats(2)
            .addReservations(TargetGroupReservation.of(TargetGroup.YOUTH, 2))
            .build()
            .select(List.of())
            .selected(),
        "with total seats alone the reservations are checked against the total");
  }

  @Test
  void policyRejectsImpossibleSettings() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SelectionPolicy.builder().build().select(List.of()),
        "without a program the policy must state its seats");
    assertThrows(IllegalArgumentException.class, () -> SelectionPolicy.builder().putSeatsPerCohort(LAS, 0).build());
    assertThrows(IllegalArgumentException.class, () -> SelectionPolicy.builder().totalSeats(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> SelectionPolicy.builder().totalSeats(2).addReservations(TargetGroupReservation.of(TargetGroup.YOUTH, 3)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> SelectionPolicy.builder().totalSeats(2).addTieBreakers(TieBreaker.LOTTERY, TieBreaker.LOTTERY).build());
    assertThrows(IllegalArgumentException.class, () -> SelectionPolicy.builder().totalSeats(2).waitlistLimit(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> SelectionPolicy.builder().totalSeats(2).addRegionQuotas(RegionQuota.perVillage(2), RegionQuota.perVillage(3)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> SelectionPolicy.builder().totalSeats(2).addTiers(PriorityTier.memberOf(TargetGroup.YOUTH), PriorityTier.memberOf(TargetGroup.YOUTH)).build());
    assertThrows(IllegalArgumentException.class, () -> RegionQuota.perVillage(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionQuota.perVillage(3).withOverrides(Map.of(RegionCode.parse("33.75.01"), 1)));
    assertThrows(IllegalArgumentException.class, () -> TargetGroupReservation.of(TargetGroup.YOUTH, 0));
    assertThrows(IllegalArgumentException.class, () -> PriorityTier.of("not a name", a -> true));
  }

  @Test
  void quotaOverridesCanCloseOrWidenARegion() {
    RegionQuota quota =
        RegionQuota.of(RegionLevel.DISTRICT, 2)
            .withOverrides(Map.of(RegionCode.parse("33.75.01"), 0, RegionCode.parse("33.75.02"), 3));
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      apps.add(app(i, village(i), i)); // districts 01..04 in turn, three each
    }
    SelectionResult result =
        SelectionPolicy.builder().totalSeats(12).addRegionQuotas(quota).build().select(apps);
    Map<RegionCode, Long> byDistrict =
        result.selected().stream()
            .collect(Collectors.groupingBy(o -> o.application().applicant().domicile().truncateTo(RegionLevel.DISTRICT), Collectors.counting()));
    assertEquals(Map.of(RegionCode.parse("33.75.02"), 3L, RegionCode.parse("33.75.03"), 2L, RegionCode.parse("33.75.04"), 2L), byDistrict);
  }

  @Test
  void oneHundredThousandApplicationsAreSelectedInOneSort() {
    List<Application> apps = new ArrayList<>(100_000);
    for (int i = 0; i < 100_000; i++) {
      apps.add(app(i, village(i % 27), i % 5000, i % 10 == 0 ? new TargetGroup[] {TargetGroup.JOB_SEEKER} : new TargetGroup[0]));
    }
    SelectionPolicy policy =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 1000)
            .addTiers(PriorityTier.memberOf(TargetGroup.JOB_SEEKER))
            .addRegionQuotas(RegionQuota.perVillage(40))
            .addReservations(TargetGroupReservation.of(TargetGroup.JOB_SEEKER, 100))
            .addTieBreakers(TieBreaker.REGISTRATION_TIME, TieBreaker.LOTTERY)
            .lotterySeed(2025L)
            .build();
    SelectionResult result = policy.select(apps);
    assertEquals(1000, result.selected().size());
    assertEquals(100_000, result.all().size());
    assertEquals(99_000, result.promotionPool().size());
    long blocked = result.rejected().stream().filter(o -> o.reason() == SelectionReason.QUOTA_FULL).count();
    assertTrue(blocked > 0, "some kelurahan quotas are full");
    assertEquals(99_000, result.waitlisted().size() + blocked);
    assertTrue(result.waitlisted().stream().allMatch(o -> o.reason() == SelectionReason.NO_SEATS));
    SelectionResult promoted = result.releaseAndPromote(result.selected().get(0).nik(), DAY);
    assertEquals(1000, promoted.selected().size());
  }

  @Test
  void aResidenceTierServesItsRegionFirst() {
    Application early = app(0, village(1), 0); // district 02
    Application local = app(1, village(0), 9); // district 01
    PriorityTier barat = PriorityTier.residentOf("PEKALONGAN_BARAT", RegionCode.parse("33.75.01"));
    assertTrue(barat.admits(local, null, null));
    assertFalse(barat.admits(early, null, null));
    SelectionResult result =
        SelectionPolicy.builder()
            .putSeatsPerCohort(LAS, 1)
            .addTiers(barat)
            .addTieBreakers(TieBreaker.REGISTRATION_TIME)
            .build()
            .select(List.of(early, local));
    assertEquals(local, result.selected().get(0).application());
    assertEquals("PEKALONGAN_BARAT", result.selected().get(0).tier().orElseThrow());
    assertTrue(result.waitlisted().get(0).tier().isEmpty());
  }

  @Test
  void tiersBuiltFromTheSameArgumentsAreEqual() {
    RegionCode timur = RegionCode.parse("33.75.02");
    assertEquals(PriorityTier.memberOf(TargetGroup.JOB_SEEKER), PriorityTier.memberOf(TargetGroup.JOB_SEEKER));
    assertEquals(
        PriorityTier.memberOf(TargetGroup.JOB_SEEKER).hashCode(), PriorityTier.memberOf(TargetGroup.JOB_SEEKER).hashCode());
    assertNotEquals(PriorityTier.memberOf(TargetGroup.JOB_SEEKER), PriorityTier.memberOf(TargetGroup.YOUTH));
    assertEquals(
        PriorityTier.residentOf("PEKALONGAN", DISTRICT, timur), PriorityTier.residentOf("PEKALONGAN", timur, DISTRICT, timur));
    assertEquals(
        PriorityTier.residentOf("PEKALONGAN", DISTRICT, timur).hashCode(),
        PriorityTier.residentOf("PEKALONGAN", timur, DISTRICT).hashCode());
    assertNotEquals(PriorityTier.residentOf("PEKALONGAN", DISTRICT), PriorityTier.residentOf("PEKALONGAN", timur));
    assertNotEquals(PriorityTier.residentOf("PEKALONGAN", DISTRICT), PriorityTier.residentOf("PEKALONGAN_BARAT", DISTRICT));
    assertNotEquals(
        PriorityTier.memberOf(TargetGroup.YOUTH).predicate(), PriorityTier.residentOf("YOUTH", DISTRICT).predicate());
    assertEquals("MEMBER_OF[JOB_SEEKER]", PriorityTier.memberOf(TargetGroup.JOB_SEEKER).predicate().toString());
    assertEquals(
        "RESIDENT_OF[33.75.01, 33.75.02]", PriorityTier.residentOf("PEKALONGAN", DISTRICT, timur).predicate().toString());
  }

  @Test
  void identicallyBuiltPoliciesGiveEqualResults() {
    List<Application> apps =
        List.of(app(0, village(1), 0), app(1, village(0), 1), app(2, village(1), 2, TargetGroup.JOB_SEEKER));
    Function<TargetGroup, SelectionPolicy> policy =
        group ->
            SelectionPolicy.builder()
                .putSeatsPerCohort(LAS, 2)
                .addTiers(PriorityTier.memberOf(group), PriorityTier.residentOf("PEKALONGAN_BARAT", DISTRICT))
                .addTieBreakers(TieBreaker.REGISTRATION_TIME)
                .build();
    assertEquals(policy.apply(TargetGroup.JOB_SEEKER), policy.apply(TargetGroup.JOB_SEEKER));
    SelectionResult first = policy.apply(TargetGroup.JOB_SEEKER).select(apps);
    SelectionResult second = policy.apply(TargetGroup.JOB_SEEKER).select(apps);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertNotEquals(policy.apply(TargetGroup.JOB_SEEKER), policy.apply(TargetGroup.YOUTH));
    assertNotEquals(first, policy.apply(TargetGroup.YOUTH).select(apps));
  }
}
