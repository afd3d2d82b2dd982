package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import id.terampil.core.applicant.Application;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.selection.PriorityTier;
import id.terampil.core.selection.RegionQuota;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.SelectionReason;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.selection.SelectionStatus;
import id.terampil.core.selection.TargetGroupReservation;
import id.terampil.core.selection.TieBreaker;
import id.terampil.testkit.ApplicationArbitrary;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.testkit.ValidRecordFindings;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.RosterKind;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of selection (issue 4, point 9): seats and quotas are respected, every application ends up
 * exactly once, the result is deterministic and independent of the input order, and promotion
 * keeps all of it. Programs and applications come from the testkit ({@link
 * TerampilArbitraries#programs()}, {@link ApplicationArbitrary#poolsWithRepeats(int)} with
 * ineligible applicants, repeated NIKs, tied registration times, scores present and absent),
 * drawn once; each try picks up to 80 of a program's applications and a selection policy from
 * plain knobs over the program.
 */
class SelectionProperties {

  /** A generated program, the close of its registration and the applications to it. */
  record Case(TrainingProgram program, LocalDate close, List<Application> applications) {

    /** The admission of {@code a} to {@code cohort}: the one answer every stage asks. */
    EligibilityDecision admission(Application a, CohortId cohort) {
      return program.admission(cohort).decide(a.applicant(), close, ParticipationHistory.empty());
    }

    SelectionResult select(SelectionPolicy policy) {
      return select(policy, applications);
    }

    SelectionResult select(SelectionPolicy policy, List<Application> apps) {
      return policy.select(program, close, apps);
    }
  }

  /** One generated policy, as plain values; seat 0 leaves a cohort out of the policy. */
  record Knobs(
      List<Integer> seats, int total, int quota, int districtQuota, int reserve, int tieBreakers,
      long seed, int waitlist) {}

  /** A program, the close of its registration, and applications drawn once from the testkit. */
  record Pool(TrainingProgram program, LocalDate close, List<Application> applications) {}

  /**
   * Pools drawn once (fixed seeds): generating applicants is the costly part, so each try picks
   * applications from these by index (a repeated index is the same application sent twice).
   */
  private static final List<Pool> POOLS = pools();

  private static List<Pool> pools() {
    List<Pool> pools = new ArrayList<>();
    long seed = 41L;
    for (TrainingProgram program :
        Samples.list(TerampilArbitraries.programs().withCohorts(1, 3), 12, seed)) {
      LocalDate close = program.period().start();
      LocalDateTime open = close.minusDays(7).atTime(8, 0);
      ApplicationArbitrary apps =
          TerampilArbitraries.applications(program, close)
              .registeredBetween(open, open.plusMinutes(20))
              .ineligibleShare(0.15);
      List<Application> all = new ArrayList<>();
      for (List<Application> pool :
          Samples.list(
              Arbitraries.oneOf(apps.poolsWithRepeats(40), apps.withScores().poolsWithRepeats(40)),
              4,
              ++seed)) {
        all.addAll(pool);
      }
      pools.add(new Pool(program, close, List.copyOf(all)));
    }
    return pools;
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.of(POOLS), Arbitraries.integers().between(0, 999).list().ofMaxSize(80))
        .as(
            (pool, picks) -> {
              List<Application> chosen = new ArrayList<>();
              if (!pool.applications().isEmpty()) {
                for (int i : picks) {
                  chosen.add(pool.applications().get(i % pool.applications().size()));
                }
              }
              return new Case(pool.program(), pool.close(), chosen);
            });
  }

  @Provide
  Arbitrary<Knobs> knobs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 12).list().ofSize(3),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 5),
            Arbitraries.longs(),
            Arbitraries.integers().between(-1, 20))
        .as(Knobs::new);
  }

  static SelectionPolicy policy(TrainingProgram program, Knobs k) {
    SelectionPolicy.Builder b = SelectionPolicy.builder();
    List<Cohort> cohorts = program.cohorts();
    int sum = 0;
    for (int c = 0; c < cohorts.size(); c++) {
      int knob = k.seats().get(c % k.seats().size());
      int max = cohorts.get(c).seats().max();
      if (knob == 0) {
        sum += max; // the cohort's own seats
        continue;
      }
      int seats = Math.max(1, Math.min(max, knob)); // a policy may only lower them
      b.putSeatsPerCohort(cohorts.get(c).id(), seats);
      sum += seats;
    }
    b.lotterySeed(k.seed());
    if (k.total() > 0) {
      b.totalSeats(k.total());
    }
    if (k.quota() > 0) {
      b.addRegionQuotas(RegionQuota.perVillage(k.quota()));
    }
    if (k.districtQuota() > 0) {
      b.addRegionQuotas(
          k.districtQuota() % 2 == 0
              ? RegionQuota.perDistrict(k.districtQuota())
              : RegionQuota.of(RegionLevel.REGENCY, k.districtQuota()));
    }
    List<TargetGroup> groups = new ArrayList<>(program.priorityGroups());
    program.requiredGroups().forEach(r -> groups.addAll(r.groups()));
    groups.add(TargetGroup.PERSON_WITH_DISABILITY);
    int capacity = k.total() > 0 ? Math.min(k.total(), sum) : sum;
    if (k.reserve() > 0 && k.reserve() <= capacity) {
      b.addReservations(
          TargetGroupReservation.of(groups.get(Math.floorMod(k.seed(), groups.size())), k.reserve()));
    }
    b.addTiers(PriorityTier.memberOf(groups.get(0)));
    List<List<TieBreaker>> orders =
        List.of(
            List.of(),
            List.of(TieBreaker.REGISTRATION_TIME),
            List.of(TieBreaker.SCORE_DESC, TieBreaker.REGISTRATION_TIME),
            List.of(TieBreaker.LOTTERY),
            List.of(TieBreaker.REGISTRATION_TIME, TieBreaker.LOTTERY),
            List.of(TieBreaker.SCORE_DESC, TieBreaker.LOTTERY, TieBreaker.REGISTRATION_TIME));
    b.addAllTieBreakers(orders.get(k.tieBreakers()));
    if (k.waitlist() >= 0) {
      b.waitlistLimit(k.waitlist());
    }
    return b.build();
  }

  private static void assertWithinSeatsAndQuotas(TrainingProgram program, SelectionResult result) {
    SelectionPolicy policy = result.policy();
    Map<CohortId, Integer> seats = policy.seatsIn(program);
    Map<CohortId, Integer> perCohort = new HashMap<>();
    Map<RegionCode, Integer> perRegion = new HashMap<>();
    for (SelectionOutcome o : result.selected()) {
      perCohort.merge(o.cohort().orElseThrow(), 1, Integer::sum);
      for (RegionQuota q : policy.regionQuotas()) {
        perRegion.merge(q.keyOf(o.application().applicant().domicile()), 1, Integer::sum);
      }
      assertTrue(
          o.application().cohortChoices().contains(o.cohort().orElseThrow()), "seat in a chosen cohort");
    }
    perCohort.forEach(
        (c, n) -> {
          assertTrue(n <= seats.get(c), c + " holds " + n);
          assertTrue(
              program.cohort(c).orElseThrow().seats().hasRoomAfter(n - 1),
              c + " within the cohort's own seats");
        });
    assertTrue(
        result.selected().size() <= policy.totalSeats().orElse(Integer.MAX_VALUE),
        "within total seats");
    for (RegionQuota q : policy.regionQuotas()) {
      perRegion.forEach(
          (region, n) -> {
            if (region.level() == q.level()) {
              assertTrue(n <= q.limitFor(region), region + " holds " + n);
            }
          });
    }
    assertEquals(
        result.selected().stream().map(SelectionOutcome::nik).distinct().count(),
        result.selected().size(),
        "one seat per NIK");
  }

  /**
   * Every law is checked on each generated case (generating applicants is the costly part): seats
   * and quotas, every application exactly once with the eligibility it was given, determinism and
   * input-order independence, ranks and the waitlist limit, and promotion after releases.
   */
  @Property(tries = 300)
  void selectionLaws(
      @ForAll("cases") Case c,
      @ForAll("knobs") Knobs knobs,
      @ForAll long shuffleSeed,
      @ForAll("releases") List<Integer> releases) {
    SelectionPolicy policy = policy(c.program(), knobs);
    SelectionResult result = c.select(policy);
    selectionNeverExceedsSeatsOrQuotas(c.program(), result);
    everyApplicationEndsUpExactlyOnce(c, result);
    selectionIsDeterministicAndIndependentOfInputOrder(c, policy, result, shuffleSeed);
    waitlistAndRanksFollowTheMeritOrder(c.program(), knobs, result);
    theSeatedFormACleanEnrollmentRoster(c, result);
    promotionRespectsSeatsAndQuotas(c, result, releases);
  }

  private static void selectionNeverExceedsSeatsOrQuotas(TrainingProgram program, SelectionResult result) {
    assertWithinSeatsAndQuotas(program, result);
    for (SelectionReason reason :
        List.of(
            SelectionReason.DUPLICATE_NIK,
            SelectionReason.INELIGIBLE,
            SelectionReason.QUOTA_FULL,
            SelectionReason.NO_SEATS,
            SelectionReason.SELECTED_RESERVED)) {
      // Cohorts not offered (a choice outside the program, or a nominated cohort) are shown by
      // ProgramSelectionTest: every generated application chooses the program's cohorts.
      Statistics.label(reason.name())
          .collect(result.all().stream().anyMatch(o -> o.reason() == reason));
      // The rarest is well above 1 % measured, of 300 tries: >= 1 % fails by chance less than
      // once in 10^7 runs.
      Statistics.label(reason.name()).coverage(cov -> cov.check(true).percentage(p -> p >= 1));
    }
  }

  private static void everyApplicationEndsUpExactlyOnce(Case c, SelectionResult result) {
    List<Application> apps = c.applications();
    assertEquals(
        apps.size(),
        result.selected().size() + result.waitlisted().size() + result.rejected().size());
    assertEquals(
        HashMultiset.create(apps),
        HashMultiset.create(result.all().stream().map(SelectionOutcome::application).toList()));
    for (SelectionOutcome o : result.rejected()) {
      if (o.reason() == SelectionReason.INELIGIBLE) {
        assertFalse(o.unmet().isEmpty());
        for (CohortId choice : o.application().cohortChoices()) {
          assertFalse(c.admission(o.application(), choice).isEligible(), "refused by every choice");
        }
        assertEquals(
            c.admission(o.application(), o.application().cohortChoices().get(0)).unmet(), o.unmet());
      }
    }
    for (SelectionOutcome o : result.all()) {
      if (o.rank().isEmpty()) {
        continue; // not ranked: a duplicate, or refused by every choice (checked above)
      }
      for (CohortId choice : o.application().cohortChoices()) {
        assertEquals(
            c.admission(o.application(), choice).isEligible(),
            o.eligibleChoices().contains(choice),
            "the eligible choices of a ranked application are exactly those admission accepts");
      }
    }
    for (SelectionOutcome o : result.selected()) {
      assertTrue(
          c.admission(o.application(), o.cohort().orElseThrow()).isEligible(),
          "selection seats no one whom admission rejects");
    }
  }

  /**
   * The stages agree: the people selection seated, written as the roster of an enrollment (one
   * record per seat, the cohort of the seat), pass the batch validator with no finding, seats
   * included, but the warning {@code OCCUPATION_NOT_MAPPED} of each seated person of {@code
   * EmploymentStatus.OTHER}.
   */
  private static void theSeatedFormACleanEnrollmentRoster(Case c, SelectionResult result) {
    List<EnrollmentRecord> roster =
        result.selected().stream()
            .map(o -> EnrollmentRecord.of(o.application(), o.cohort().orElseThrow()))
            .toList();
    BatchValidator enrollments =
        BatchValidator.builder(c.program(), c.close())
            .roster(RosterKind.ENROLLMENTS)
            .knownTargetGroups(
                result.selected().stream()
                    .flatMap(o -> o.application().applicant().targetGroups().stream())
                    .toList())
            .build();
    BatchReport report = enrollments.validate(roster);
    // Clean: no finding but the warning of an occupation that names no status (OTHER), one per
    // seated person who declares such an occupation.
    Map<FindingCode, Integer> expected = new EnumMap<>(FindingCode.class);
    for (EnrollmentRecord record : roster) {
      ValidRecordFindings.expected(record).forEach(code -> expected.merge(code, 1, Integer::sum));
    }
    assertEquals(expected, report.countsByCode(), "the seated people form a clean roster");
    assertEquals(roster.size(), report.applications().size());
  }

  private static void selectionIsDeterministicAndIndependentOfInputOrder(
      Case c, SelectionPolicy policy, SelectionResult result, long shuffleSeed) {
    assertEquals(result, c.select(policy), "same inputs, same result");
    List<Application> shuffled = new ArrayList<>(c.applications());
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    assertEquals(result, c.select(policy, shuffled), "input order does not matter");
  }

  private static void waitlistAndRanksFollowTheMeritOrder(
      TrainingProgram program, Knobs knobs, SelectionResult result) {
    assertAscendingRanks(result.selected());
    assertAscendingRanks(result.waitlisted());
    if (knobs.waitlist() >= 0) {
      for (CohortId cohort : result.policy().seatsIn(program).keySet()) {
        assertTrue(result.waitlist(cohort).size() <= knobs.waitlist(), "the waitlist of " + cohort);
      }
    }
    for (SelectionOutcome o : result.waitlisted()) {
      assertEquals(SelectionReason.NO_SEATS, o.reason(), "nobody blocked by a quota waits");
    }
  }

  private static void assertAscendingRanks(List<SelectionOutcome> outcomes) {
    for (int i = 1; i < outcomes.size(); i++) {
      assertTrue(outcomes.get(i - 1).rank().getAsInt() < outcomes.get(i).rank().getAsInt());
    }
  }

  /**
   * Each release gives its seat to exactly the applicant the contract names, and changes nothing
   * else; once {@link SelectionResult#promoteNext(LocalDate)} has given out every free place,
   * nobody waits for a free seat.
   *
   * <p>Right after one release the stronger "no cohort shows a free seat while someone waits for
   * it" does not hold, and is not promised: {@code releaseAndPromote} refills only the released
   * seat's cohort. Under {@code totalSeats} a release whose cohort nobody in the pool may take
   * leaves a free place in the total, and every cohort with room of its own then shows it as a
   * free seat (a later release there refills one seat and leaves that place free); a release can
   * also open a region quota for someone waiting for another cohort's free seat.
   */
  private static void promotionRespectsSeatsAndQuotas(
      Case c, SelectionResult selected, List<Integer> releases) {
    SelectionResult result = selected;
    int total = c.applications().size();
    for (int pick : releases) {
      if (result.selected().isEmpty()) {
        break;
      }
      SelectionOutcome leaving = result.selected().get(pick % result.selected().size());
      CohortId seat = leaving.cohort().orElseThrow();
      SelectionResult afterRelease = result.release(leaving.nik());
      result = result.releaseAndPromote(leaving.nik(), c.close());
      assertWithinSeatsAndQuotas(c.program(), result);
      assertEquals(SelectionStatus.RELEASED, result.outcomeOf(leaving.nik()).orElseThrow().status());
      assertEquals(total, result.all().size());
      assertAscendingRanks(result.promotionPool());
      // Before the cut-off the released seat goes to the best-ranked applicant who chose its
      // cohort and fits the quotas as they stand after the release (members of an unfilled
      // reservation first); it stays free only if nobody fits. Nobody else moves.
      LocalDate cutOff =
          c.program().cohort(seat).orElseThrow().trainingDays().first()
              .plusDays(result.policy().promotionClosesAfterDays());
      Optional<SelectionOutcome> expected =
          c.close().isAfter(cutOff)
              ? Optional.empty()
              : promotionOrder(afterRelease, seat).stream().findFirst();
      Map<Nik, CohortId> seats = seats(afterRelease);
      expected.ifPresent(o -> seats.put(o.nik(), seat));
      assertEquals(
          seats,
          seats(result),
          "the seat of " + seat + " released by " + leaving + " goes to " + expected);
      if (expected.isPresent()) {
        assertEquals(
            SelectionReason.PROMOTED,
            result.outcomeOf(expected.get().nik()).orElseThrow().reason());
      }
    }
    // Give out every open free seat: then nobody who fits waits for a free seat.
    SelectionResult drained = result;
    for (int i = 0, n = result.promotionPool().size(); i <= n; i++) {
      SelectionResult next = drained.promoteNext(c.close());
      if (next == drained) {
        break;
      }
      assertEquals(drained.selected().size() + 1, next.selected().size(), "one promotion a step");
      drained = next;
    }
    assertSame(drained, drained.promoteNext(c.close()), "promoteNext gives out every free seat");
    assertWithinSeatsAndQuotas(c.program(), drained);
    assertEquals(total, drained.all().size());
    for (CohortId cohort : drained.policy().seatsIn(c.program()).keySet()) {
      if (drained.isPromotionOpen(cohort, c.close())) {
        assertTrue(
            drained.freeSeats(cohort) == 0 || promotionOrder(drained, cohort).isEmpty(),
            "a seat of " + cohort + " left free while " + promotionOrder(drained, cohort)
                + " fit it; selected " + drained.selected() + ", released " + drained.released());
        assertTrue(drained.freeSeats(cohort) == 0 || drained.waitlist(cohort).isEmpty());
      }
    }
  }

  /** The seat of each selected applicant. */
  private static Map<Nik, CohortId> seats(SelectionResult result) {
    Map<Nik, CohortId> seats = new HashMap<>();
    for (SelectionOutcome o : result.selected()) {
      assertEquals(null, seats.put(o.nik(), o.cohort().orElseThrow()), "one seat per NIK");
    }
    return seats;
  }

  /**
   * The order in which the contract promotes into {@code cohort}, worked out here from the
   * policy and the seated: the pool members who chose it among their eligible choices and whose
   * region quotas are not full, members of a reservation not yet filled first, each part in rank
   * order.
   */
  private static List<SelectionOutcome> promotionOrder(SelectionResult result, CohortId cohort) {
    SelectionPolicy policy = result.policy();
    Map<RegionCode, Integer> perRegion = new HashMap<>();
    Map<TargetGroupReservation, Integer> reserved = new HashMap<>();
    for (SelectionOutcome o : result.selected()) {
      for (RegionQuota q : policy.regionQuotas()) {
        perRegion.merge(q.keyOf(o.application().applicant().domicile()), 1, Integer::sum);
      }
      for (TargetGroupReservation r : policy.reservations()) {
        if (o.application().applicant().isMemberOf(r.group())) {
          reserved.merge(r, 1, Integer::sum);
        }
      }
    }
    List<SelectionOutcome> members = new ArrayList<>();
    List<SelectionOutcome> others = new ArrayList<>();
    for (SelectionOutcome o : result.promotionPool()) {
      if (!o.eligibleChoices().contains(cohort)) {
        continue;
      }
      boolean quotaFull = false;
      for (RegionQuota q : policy.regionQuotas()) {
        RegionCode region = q.keyOf(o.application().applicant().domicile());
        quotaFull |= perRegion.getOrDefault(region, 0) >= q.limitFor(region);
      }
      if (quotaFull) {
        continue;
      }
      boolean fillsReservation = false;
      for (TargetGroupReservation r : policy.reservations()) {
        fillsReservation |=
            reserved.getOrDefault(r, 0) < r.seats()
                && o.application().applicant().isMemberOf(r.group());
      }
      (fillsReservation ? members : others).add(o);
    }
    members.addAll(others);
    return members;
  }

  @Provide
  Arbitrary<List<Integer>> releases() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(6);
  }
}
