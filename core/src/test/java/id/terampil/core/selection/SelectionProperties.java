package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.ProgramId;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of selection over small generated inputs. The generators are private and plain (ints and
 * booleans turned into applications); the shared testkit will replace them.
 */
class SelectionProperties {

  private static final ProgramId PROGRAM = ProgramId.of("PROP-1");
  private static final List<CohortId> COHORTS =
      List.of(CohortId.of("C-0"), CohortId.of("C-1"), CohortId.of("C-2"), CohortId.of("C-X"));
  private static final RegionCode DISTRICT = RegionCode.parse("33.75.01");
  private static final LocalDateTime OPEN = LocalDateTime.of(2025, 6, 2, 8, 0);
  private static final Function<Application, EligibilityDecision> ELIGIBILITY =
      a ->
          a.applicant().employment() == EmploymentStatus.CIVIL_SERVANT
              ? EligibilityDecision.of(
                  List.of(UnmetRule.custom("NOT_CIVIL_SERVANT", ImmutableMap.of())))
              : EligibilityDecision.eligible();

  /** One generated application, as plain values. Person ids repeat to produce duplicate NIKs. */
  record Spec(int person, int village, int minute, int score, int firstChoice, int choices, int flags) {}

  /** One generated policy, as plain values. */
  record Knobs(
      List<Integer> seats, int total, int quota, int districtQuota, int reserve, int tieBreakers,
      long seed, int waitlist) {}

  @Provide
  Arbitrary<List<Spec>> specs() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(-1, 5),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 15))
            .as(Spec::new);
    return spec.list().ofMaxSize(80);
  }

  @Provide
  Arbitrary<Knobs> knobs() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 12).list().ofSize(3),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 5),
            Arbitraries.longs(),
            Arbitraries.integers().between(-1, 20))
        .as(Knobs::new);
  }

  private static SelectionPolicy policy(Knobs k) {
    SelectionPolicy.Builder b = SelectionPolicy.builder();
    int sum = 0;
    for (int c = 0; c < 3; c++) {
      b.putSeatsPerCohort(COHORTS.get(c), k.seats().get(c));
      sum += k.seats().get(c);
    }
    b.lotterySeed(k.seed());
    if (k.total() > 0) {
      b.totalSeats(k.total());
    }
    if (k.quota() > 0) {
      b.addRegionQuotas(RegionQuota.perVillage(k.quota()));
    }
    if (k.districtQuota() > 0) {
      b.addRegionQuotas(RegionQuota.perDistrict(k.districtQuota()));
    }
    int capacity = k.total() > 0 ? Math.min(k.total(), sum) : sum;
    if (k.reserve() > 0 && k.reserve() <= capacity) {
      b.addReservations(TargetGroupReservation.of(TargetGroup.PERSON_WITH_DISABILITY, k.reserve()));
    }
    b.addTiers(PriorityTier.memberOf(TargetGroup.JOB_SEEKER));
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

  private static List<Application> applications(List<Spec> specs) {
    List<Application> apps = new ArrayList<>(specs.size());
    for (Spec s : specs) {
      LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(s.person() % 7);
      int flags = s.flags();
      Applicant.Builder a = Applicant.builder();
      a.nik(Nik.of(DISTRICT, birth, Sex.FEMALE, s.person() + 1))
          .name(PersonName.of("Calon Peserta"))
          .sex(Sex.FEMALE)
          .birthDate(birth)
          .domicile(RegionCode.parse(String.format("33.75.%02d.%04d", s.village() % 2 + 1, 1001 + s.village())))
          .education(EducationLevel.SMP)
          .employment((flags & 1) != 0 ? EmploymentStatus.CIVIL_SERVANT : EmploymentStatus.UNEMPLOYED);
      if ((flags & 2) != 0) {
        a.addTargetGroups(TargetGroup.JOB_SEEKER);
      }
      if ((flags & 4) != 0) {
        a.addTargetGroups(TargetGroup.PERSON_WITH_DISABILITY);
      }
      Application.Builder app = Application.builder();
      app.applicant(a.build()).program(PROGRAM).registeredAt(OPEN.plusMinutes(s.minute()));
      for (int c = 0; c < s.choices(); c++) {
        app.addCohortChoices(COHORTS.get((s.firstChoice() + c) % COHORTS.size()));
      }
      if (s.score() >= 0) {
        app.score(BigDecimal.valueOf(s.score() * 10L, 1));
      }
      apps.add(app.build());
    }
    return apps;
  }

  private static void assertWithinSeatsAndQuotas(SelectionResult result) {
    SelectionPolicy policy = result.policy();
    Map<CohortId, Integer> perCohort = new HashMap<>();
    Map<RegionCode, Integer> perRegion = new HashMap<>();
    for (SelectionOutcome o : result.selected()) {
      perCohort.merge(o.cohort().orElseThrow(), 1, Integer::sum);
      for (RegionQuota q : policy.regionQuotas()) {
        perRegion.merge(q.keyOf(o.application().applicant().domicile()), 1, Integer::sum);
      }
      assertTrue(o.application().cohortChoices().contains(o.cohort().orElseThrow()), "seat in a chosen cohort");
    }
    perCohort.forEach(
        (c, n) -> assertTrue(n <= policy.seatsPerCohort().get(c), c + " holds " + n));
    assertTrue(result.selected().size() <= policy.capacity(), "within total seats");
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

  @Property(tries = 300)
  void selectionNeverExceedsSeatsOrQuotas(@ForAll("specs") List<Spec> specs, @ForAll("knobs") Knobs knobs) {
    assertWithinSeatsAndQuotas(policy(knobs).select(applications(specs), ELIGIBILITY));
  }

  @Property(tries = 300)
  void everyApplicationEndsUpExactlyOnce(@ForAll("specs") List<Spec> specs, @ForAll("knobs") Knobs knobs) {
    List<Application> apps = applications(specs);
    SelectionResult result = policy(knobs).select(apps, ELIGIBILITY);
    assertEquals(apps.size(), result.selected().size() + result.waitlisted().size() + result.rejected().size());
    assertEquals(HashMultiset.create(apps), HashMultiset.create(result.all().stream().map(SelectionOutcome::application).toList()));
    for (SelectionOutcome o : result.rejected()) {
      if (o.reason() == SelectionReason.INELIGIBLE) {
        assertEquals(EligibilityReason.CUSTOM, o.unmet().get(0).reason());
      }
    }
  }

  @Property(tries = 300)
  void selectionIsDeterministicAndIndependentOfInputOrder(
      @ForAll("specs") List<Spec> specs, @ForAll("knobs") Knobs knobs, @ForAll long shuffleSeed) {
    List<Application> apps = applications(specs);
    SelectionPolicy policy = policy(knobs);
    SelectionResult result = policy.select(apps, ELIGIBILITY);
    assertEquals(result, policy.select(apps, ELIGIBILITY), "same inputs, same result");
    List<Application> shuffled = new ArrayList<>(apps);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    assertEquals(result, policy.select(shuffled, ELIGIBILITY), "input order does not matter");
  }

  @Property(tries = 300)
  void waitlistAndRanksFollowTheMeritOrder(@ForAll("specs") List<Spec> specs, @ForAll("knobs") Knobs knobs) {
    SelectionResult result = policy(knobs).select(applications(specs), ELIGIBILITY);
    assertAscendingRanks(result.selected());
    assertAscendingRanks(result.waitlisted());
    knobsWaitlist(knobs, result);
  }

  private static void knobsWaitlist(Knobs knobs, SelectionResult result) {
    if (knobs.waitlist() >= 0) {
      assertTrue(result.waitlisted().size() <= knobs.waitlist());
    }
  }

  private static void assertAscendingRanks(List<SelectionOutcome> outcomes) {
    for (int i = 1; i < outcomes.size(); i++) {
      assertTrue(outcomes.get(i - 1).rank().getAsInt() < outcomes.get(i).rank().getAsInt());
    }
  }

  @Property(tries = 200)
  void promotionRespectsSeatsAndQuotas(
      @ForAll("specs") List<Spec> specs, @ForAll("knobs") Knobs knobs, @ForAll("releases") List<Integer> releases) {
    List<Application> apps = applications(specs);
    SelectionResult result = policy(knobs).select(apps, ELIGIBILITY);
    for (int pick : releases) {
      if (result.selected().isEmpty()) {
        break;
      }
      Nik leaving = result.selected().get(pick % result.selected().size()).nik();
      int waiting = result.waitlisted().size();
      result = result.releaseAndPromote(leaving);
      assertWithinSeatsAndQuotas(result);
      assertEquals(SelectionStatus.RELEASED, result.outcomeOf(leaving).orElseThrow().status());
      assertTrue(result.waitlisted().size() >= waiting - 1);
      assertEquals(apps.size(), result.all().size());
    }
    SelectionResult drained = result.promoteNext();
    assertWithinSeatsAndQuotas(drained);
    assertEquals(apps.size(), drained.all().size());
  }

  @Provide
  Arbitrary<List<Integer>> releases() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(6);
  }
}
