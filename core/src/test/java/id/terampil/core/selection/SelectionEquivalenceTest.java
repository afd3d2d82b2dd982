package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The tuned selection ({@link Selector}, {@link Ledger}, {@link SelectionResult}) against the
 * plain algorithm it replaced ({@link ReferenceSelection}): identical outcomes, ranks, reasons,
 * seats and promotions over seeded random policies and pools that exercise every feature (tiers,
 * quotas with overrides, reservations, every tie-breaker order, duplicates, ineligible and
 * not-offered applications, scores of any scale, waitlist limits).
 */
class SelectionEquivalenceTest {

  private static final ProgramId PROGRAM = ProgramId.of("EQ-2026");
  private static final List<CohortId> COHORTS =
      List.of(CohortId.of("EQ-A"), CohortId.of("EQ-B"), CohortId.of("EQ-C"), CohortId.of("EQ-D"));
  private static final CohortId NOT_OFFERED = CohortId.of("EQ-X");
  private static final List<RegionCode> VILLAGES =
      List.of(
          RegionCode.parse("33.75.01.1003"),
          RegionCode.parse("33.75.01.1002"),
          RegionCode.parse("33.75.02.1001"),
          RegionCode.parse("33.75.02.1002"),
          RegionCode.parse("33.75.03.1002"),
          RegionCode.parse("33.26.01.2001"));
  private static final List<TargetGroup> GROUPS =
      List.of(TargetGroup.JOB_SEEKER, TargetGroup.PERSON_WITH_DISABILITY, TargetGroup.YOUTH);
  private static final List<String> SCORES =
      List.of("80", "80.0", "79.99", "91.5", "0", "-3", "100", "80.000", "5E+3", "1E-7");
  private static final List<String> EXTREME_SCORES =
      List.of("1E+40", "-1E+40", "1E-40", "0E-100", "4611686018427387904", "-4611686018427387904",
          "123456789012345678.5");
  private static final LocalDateTime OPEN = LocalDateTime.of(2026, 3, 2, 8, 0);
  /** The date of releases and promotions; without a program there is no cut-off. */
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  @Test
  void theTunedSelectionEqualsTheReferenceOnSeededRandomPools() {
    for (int seed = 0; seed < 400; seed++) {
      check(new Random(seed), 1 + seed % 90);
    }
  }

  @Test
  void theTunedSelectionEqualsTheReferenceOnLargerPools() {
    for (int seed = 1000; seed < 1004; seed++) {
      check(new Random(seed), 3000);
    }
  }

  /**
   * Small crowded pools where most seats are reserved and members choose several cohorts, so that
   * holders are moved, searches fail and succeed again as holders settle: the tuned selection
   * (which remembers failed searches until the holders change) equals the reference (which does
   * not).
   */
  @Test
  void heldSeatsMatchTheReferenceOnCrowdedPools() {
    for (int seed = 0; seed < 3000; seed++) {
      Random rnd = new Random(seed);
      SelectionPolicy.Builder b = SelectionPolicy.builder().lotterySeed(seed);
      int cohorts = 2 + rnd.nextInt(3);
      int capacity = 0;
      for (int i = 0; i < cohorts; i++) {
        int seats = 1 + rnd.nextInt(3);
        b.putSeatsPerCohort(COHORTS.get(i), seats);
        capacity += seats;
      }
      int left = capacity;
      for (TargetGroup g : GROUPS) {
        if (left > 0 && rnd.nextInt(4) != 0) {
          int seats = 1 + rnd.nextInt(left);
          b.addReservations(TargetGroupReservation.of(g, seats));
          left -= seats;
        }
      }
      SelectionPolicy policy = b.build();
      List<Application> apps = new ArrayList<>();
      int size = 3 + rnd.nextInt(14);
      for (int i = 0; i < size; i++) {
        Applicant.Builder applicant =
            Applicant.builder()
                .nik(Nik.of(RegionCode.parse("33.75.01"), LocalDate.of(1990, 1, 1), Sex.FEMALE, i + 1))
                .name(PersonName.of("Peserta Uji"))
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 1, 1))
                .domicile(VILLAGES.get(0))
                .education(EducationLevel.SMA_SMK)
                .employment(EmploymentStatus.UNEMPLOYED);
        for (TargetGroup g : GROUPS) {
          if (rnd.nextInt(3) == 0) {
            applicant.addTargetGroups(g);
          }
        }
        List<CohortId> choices = new ArrayList<>(COHORTS.subList(0, cohorts));
        Collections.shuffle(choices, rnd);
        apps.add(
            Application.builder()
                .applicant(applicant.build())
                .program(PROGRAM)
                .addAllCohortChoices(choices.subList(0, 1 + rnd.nextInt(cohorts)))
                .registeredAt(OPEN)
                .build());
      }
      SelectionResult expected = ReferenceSelection.select(policy, apps, a -> EligibilityDecision.eligible());
      SelectionResult actual = policy.select(apps);
      String context = seed + " " + policy + " " + apps;
      assertEquals(expected.selected(), actual.selected(), context);
      assertEquals(expected.waitlisted(), actual.waitlisted(), context);
    }
  }

  private static void check(Random rnd, int size) {
    SelectionPolicy policy = randomPolicy(rnd);
    List<Application> apps = randomApplications(rnd, size);
    Map<Application, EligibilityDecision> decisions = new HashMap<>();
    UnmetRule unmet = UnmetRule.of(EligibilityReason.AGE_BELOW_MIN, ImmutableMap.of("minAge", "15"));
    for (Application a : apps) {
      decisions.put(a, rnd.nextInt(12) == 0 ? EligibilityDecision.of(List.of(unmet)) : EligibilityDecision.eligible());
    }
    Function<Application, EligibilityDecision> eligibility = decisions::get;
    SelectionResult expected = ReferenceSelection.select(policy, apps, eligibility);
    SelectionResult actual = policy.select(apps, eligibility);
    String context = policy + " " + apps.size();
    assertEquals(expected.selected(), actual.selected(), context);
    assertEquals(expected.waitlisted(), actual.waitlisted(), context);
    assertEquals(expected.rejected(), actual.rejected(), context);
    assertEquals(expected, actual, context);
    assertEquals(apps.size(), actual.all().size());
    for (Application a : apps) {
      assertEquals(expected.outcomeOf(a.applicant().nik()), actual.outcomeOf(a.applicant().nik()));
    }
    List<Application> shuffled = new ArrayList<>(apps);
    Collections.shuffle(shuffled, rnd);
    SelectionResult fromShuffled = policy.select(shuffled, eligibility);
    assertEquals(actual.selected(), fromShuffled.selected(), context);
    assertEquals(actual.waitlisted(), fromShuffled.waitlisted(), context);
    assertEquals(expected.promotionPool(), actual.promotionPool(), context);
    assertPublished(actual, context);

    SelectionResult current = actual;
    for (int step = 0; step < 6 && !current.selected().isEmpty(); step++) {
      Nik leaving = current.selected().get(rnd.nextInt(current.selected().size())).nik();
      current = current.release(leaving);
      assertPublished(current, context);
      assertRefilledIfAnyoneFits(current, context);
      for (CohortId c : COHORTS) {
        assertEquals(ReferenceSelection.freeSeats(current, c), current.freeSeats(c), context);
        assertEquals(
            Optional.ofNullable(ReferenceSelection.nextInLine(current, c)), current.nextInLine(c), context);
        assertEquals(
            ReferenceSelection.waitlistOf(current, c),
            current.waitlist(c).stream().map(SelectionOutcome::nik).toList(),
            context);
      }
      Map.Entry<SelectionOutcome, CohortId> anywhere = ReferenceSelection.nextAnywhere(current);
      SelectionResult promoted = current.promoteNext(DAY);
      if (anywhere == null) {
        assertEquals(current, promoted, context);
      } else {
        SelectionOutcome after = promoted.outcomeOf(anywhere.getKey().nik()).orElseThrow();
        assertEquals(SelectionReason.PROMOTED, after.reason(), context);
        assertEquals(Optional.of(anywhere.getValue()), after.cohort(), context);
        assertEquals(current.promotionPool().size() - 1, promoted.promotionPool().size(), context);
        assertPublished(promoted, context);
      }
      current = rnd.nextBoolean() ? promoted : current;
    }
    assertTrue(current.all().size() == apps.size(), context);
  }

  /**
   * The published waitlist and every pool member's status and reason are as the plain oracle
   * recomputes them from the seats taken.
   */
  private static void assertPublished(SelectionResult r, String context) {
    assertEquals(
        ReferenceSelection.expectedWaitlisted(r),
        r.waitlisted().stream().map(SelectionOutcome::nik).toList(),
        context);
    for (SelectionOutcome o : r.promotionPool()) {
      assertEquals(ReferenceSelection.expectedReason(r, o), o.reason(), context);
      assertEquals(
          r.waitlisted().contains(o) ? SelectionStatus.WAITLISTED : SelectionStatus.REJECTED,
          o.status(),
          context);
    }
  }

  /**
   * The seat just released is refilled unless nobody in the whole pool chose its cohort and fits
   * the quotas as they stand after the release (the reported bug left it empty while such
   * applicants waited beyond the published waitlist).
   */
  private static void assertRefilledIfAnyoneFits(SelectionResult released, String context) {
    CohortId freed = released.released().get(released.released().size() - 1).cohort().orElseThrow();
    SelectionResult refilled = released.promoteNext(freed, DAY);
    boolean anyoneFits =
        released.promotionPool().stream()
            .anyMatch(
                o -> o.eligibleChoices().contains(freed)
                    && ReferenceSelection.expectedReason(released, o) != SelectionReason.QUOTA_FULL);
    assertEquals(anyoneFits, refilled != released, context);
    if (anyoneFits) {
      assertEquals(released.freeSeats(freed) - 1, refilled.freeSeats(freed), context);
    }
  }

  private static SelectionPolicy randomPolicy(Random rnd) {
    SelectionPolicy.Builder b = SelectionPolicy.builder();
    int cohorts = rnd.nextInt(4);
    int capacity = cohorts == 0 ? Integer.MAX_VALUE : 0;
    for (int i = 0; i < cohorts; i++) {
      int seats = 1 + rnd.nextInt(8);
      b.putSeatsPerCohort(COHORTS.get(i), seats);
      capacity += seats;
    }
    if (cohorts == 0 || rnd.nextInt(3) == 0) {
      int total = 1 + rnd.nextInt(20);
      b.totalSeats(total);
      capacity = Math.min(capacity, total);
    }
    if (rnd.nextBoolean()) {
      b.addTiers(PriorityTier.memberOf(GROUPS.get(rnd.nextInt(GROUPS.size()))));
    }
    if (rnd.nextBoolean()) {
      b.addTiers(PriorityTier.residentOf("NEAR", RegionCode.parse("33.75.01"), RegionCode.parse("33.26")));
    }
    if (rnd.nextBoolean()) {
      RegionQuota q = RegionQuota.perVillage(1 + rnd.nextInt(4));
      if (rnd.nextBoolean()) {
        q = q.withOverrides(Map.of(VILLAGES.get(rnd.nextInt(VILLAGES.size())), rnd.nextInt(3)));
      }
      b.addRegionQuotas(q);
    }
    if (rnd.nextBoolean()) {
      b.addRegionQuotas(RegionQuota.perDistrict(1 + rnd.nextInt(6)));
    }
    List<TargetGroup> groups = new ArrayList<>(GROUPS);
    Collections.shuffle(groups, rnd);
    // Up to three reservations within the capacity, in a third of the pools up to half of it
    // each: members who hold seats are moved between cohorts to free seats for others.
    int reservations = rnd.nextInt(4);
    int largest = rnd.nextInt(3) == 0 ? Math.max(1, Math.min(capacity, 24) / 2) : 3;
    long reservedSoFar = 0;
    for (int i = 0; i < reservations; i++) {
      int seats = 1 + rnd.nextInt(largest);
      if (reservedSoFar + seats <= capacity) {
        b.addReservations(TargetGroupReservation.of(groups.get(i), seats));
        reservedSoFar += seats;
      }
    }
    List<TieBreaker> breakers = new ArrayList<>(List.of(TieBreaker.values()));
    Collections.shuffle(breakers, rnd);
    b.addAllTieBreakers(breakers.subList(0, rnd.nextInt(4)));
    b.lotterySeed(rnd.nextLong());
    if (rnd.nextInt(3) == 0) {
      b.waitlistLimit(rnd.nextInt(5));
    }
    return b.build();
  }

  private static List<Application> randomApplications(Random rnd, int size) {
    boolean extreme = rnd.nextInt(5) == 0;
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (!apps.isEmpty() && rnd.nextInt(10) == 0) {
        Application twin = apps.get(rnd.nextInt(apps.size()));
        apps.add(rnd.nextBoolean() ? twin : application(rnd, twin.applicant(), extreme));
        continue;
      }
      int id = rnd.nextInt(Math.max(size * 3, 50));
      LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(id / 9999 + rnd.nextInt(2) * 400);
      Applicant.Builder applicant =
          Applicant.builder()
              .nik(Nik.of(RegionCode.parse("33.75.01"), birth, Sex.FEMALE, id % 9999 + 1))
              .name(PersonName.of("Peserta Uji"))
              .sex(Sex.FEMALE)
              .birthDate(birth)
              .domicile(VILLAGES.get(rnd.nextInt(VILLAGES.size())))
              .education(EducationLevel.SMA_SMK)
              .employment(EmploymentStatus.UNEMPLOYED);
      for (TargetGroup g : GROUPS) {
        if (rnd.nextInt(3) == 0) {
          applicant.addTargetGroups(g);
        }
      }
      apps.add(application(rnd, applicant.build(), extreme));
    }
    return apps;
  }

  private static Application application(Random rnd, Applicant applicant, boolean extreme) {
    List<CohortId> choices = new ArrayList<>(COHORTS);
    choices.add(NOT_OFFERED);
    Collections.shuffle(choices, rnd);
    Application.Builder b =
        Application.builder()
            .applicant(applicant)
            .program(PROGRAM)
            .addAllCohortChoices(choices.subList(0, 1 + rnd.nextInt(3)))
            .registeredAt(OPEN.plusMinutes(rnd.nextInt(20)).plusNanos(rnd.nextInt(3)));
    if (rnd.nextInt(3) == 0) {
      // Few numbers, so that some applications of one NIK share one.
      b.applicationNumber(1 + rnd.nextInt(3));
    }
    int s = rnd.nextInt(SCORES.size() + 3);
    if (s < SCORES.size()) {
      b.score(new BigDecimal(SCORES.get(s)));
    } else if (extreme && s == SCORES.size()) {
      b.score(new BigDecimal(EXTREME_SCORES.get(rnd.nextInt(EXTREME_SCORES.size()))));
    }
    return b.build();
  }
}
