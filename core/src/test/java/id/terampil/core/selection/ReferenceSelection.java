package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The selection algorithm as it was before it was tuned for speed (commit 3b88785): the plain,
 * obviously-correct form, kept as a test oracle. {@link SelectionEquivalenceTest} checks that the
 * tuned {@link Selector}, {@link Ledger} and {@link SelectionResult} give identical results.
 */
final class ReferenceSelection {

  private ReferenceSelection() {}

  /** Counters kept in hash maps and recounted from scratch, as the first version did. */
  private static final class RefLedger {
    final SelectionPolicy policy;
    final Map<CohortId, Integer> seated = new HashMap<>();
    final List<Map<RegionCode, Integer>> quotaCounts = new ArrayList<>();
    final int[] reserved;
    int seatedTotal;

    RefLedger(SelectionPolicy policy) {
      this.policy = policy;
      for (int i = 0; i < policy.regionQuotas().size(); i++) {
        quotaCounts.add(new HashMap<>());
      }
      this.reserved = new int[policy.reservations().size()];
    }

    boolean offers(CohortId cohort) {
      return policy.seatsPerCohort().isEmpty() || policy.seatsPerCohort().containsKey(cohort);
    }

    int freeSeats(CohortId cohort) {
      if (!offers(cohort)) {
        return 0;
      }
      int inCohort =
          policy.seatsPerCohort().isEmpty()
              ? Integer.MAX_VALUE
              : policy.seatsPerCohort().get(cohort) - seated.getOrDefault(cohort, 0);
      return Math.min(inCohort, policy.totalSeats().orElse(Integer.MAX_VALUE) - seatedTotal);
    }

    /** The free seats of the cohort alone, not counting the total. */
    int cohortFree(CohortId cohort) {
      if (!offers(cohort)) {
        return 0;
      }
      return policy.seatsPerCohort().isEmpty()
          ? Integer.MAX_VALUE
          : policy.seatsPerCohort().get(cohort) - seated.getOrDefault(cohort, 0);
    }

    boolean totalLeft() {
      return policy.totalSeats().orElse(Integer.MAX_VALUE) - seatedTotal > 0;
    }

    void move(CohortId from, CohortId to) {
      seated.merge(from, -1, Integer::sum);
      seated.merge(to, 1, Integer::sum);
    }

    boolean quotaFull(Applicant applicant) {
      for (int i = 0; i < policy.regionQuotas().size(); i++) {
        RegionQuota quota = policy.regionQuotas().get(i);
        RegionCode key = quota.keyOf(applicant.domicile());
        if (quotaCounts.get(i).getOrDefault(key, 0) >= quota.limitFor(key)) {
          return true;
        }
      }
      return false;
    }

    @Nullable CohortId seatFor(Application application) {
      if (quotaFull(application.applicant())) {
        return null;
      }
      for (CohortId choice : application.cohortChoices()) {
        if (freeSeats(choice) > 0) {
          return choice;
        }
      }
      return null;
    }

    void take(Application application, CohortId cohort) {
      seated.merge(cohort, 1, Integer::sum);
      seatedTotal++;
      for (int i = 0; i < policy.regionQuotas().size(); i++) {
        quotaCounts.get(i).merge(policy.regionQuotas().get(i).keyOf(application.applicant().domicile()), 1, Integer::sum);
      }
      for (int i = 0; i < reserved.length; i++) {
        if (application.applicant().isMemberOf(policy.reservations().get(i).group())) {
          reserved[i]++;
        }
      }
    }

    boolean unfilled(int i) {
      return reserved[i] < policy.reservations().get(i).seats();
    }

    boolean anyUnfilled() {
      for (int i = 0; i < reserved.length; i++) {
        if (unfilled(i)) {
          return true;
        }
      }
      return false;
    }

    boolean fillsReservation(Applicant applicant) {
      for (int i = 0; i < reserved.length; i++) {
        if (unfilled(i) && applicant.isMemberOf(policy.reservations().get(i).group())) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Ranked {
    final Application application;
    final int tier;
    final long lottery;
    int rank;
    @Nullable CohortId seat;
    /** Holds a reserved seat and has not had its turn yet. */
    boolean holding;
    SelectionReason reason = SelectionReason.NO_SEATS;

    Ranked(Application application, int tier, long lottery) {
      this.application = application;
      this.tier = tier;
      this.lottery = lottery;
    }
  }

  static SelectionResult select(
      SelectionPolicy policy, List<Application> input, Function<Application, EligibilityDecision> eligibility) {
    List<SelectionOutcome> unranked = new ArrayList<>();
    Map<Nik, List<Application>> byNik = new HashMap<>();
    for (Application a : input) {
      byNik.computeIfAbsent(a.applicant().nik(), k -> new ArrayList<>()).add(a);
    }
    RefLedger ledger = new RefLedger(policy);
    Set<Nik> seen = new HashSet<>();
    List<Ranked> ranked = new ArrayList<>();
    for (Application a : input) {
      Nik nik = a.applicant().nik();
      List<Application> same = byNik.get(nik);
      Application kept = kept(same);
      if (kept == null) {
        LocalDateTime earliest = earliest(same);
        unranked.add(
            rejected(
                    a,
                    a.registeredAt().equals(earliest)
                        ? SelectionReason.DUPLICATE_NIK_CONFLICT
                        : SelectionReason.DUPLICATE_NIK)
                .build());
        continue;
      }
      if (!a.equals(kept) || !seen.add(nik)) {
        unranked.add(rejected(a, SelectionReason.DUPLICATE_NIK).build());
        continue;
      }
      if (a.cohortChoices().stream().noneMatch(ledger::offers)) {
        unranked.add(rejected(a, SelectionReason.COHORT_NOT_OFFERED).build());
        continue;
      }
      EligibilityDecision decision = eligibility.apply(a);
      if (!decision.isEligible()) {
        unranked.add(rejected(a, SelectionReason.INELIGIBLE).addAllUnmet(decision.unmet()).build());
      } else {
        int tier = 0;
        while (tier < policy.tiers().size() && !policy.tiers().get(tier).admits(a, null, null)) {
          tier++;
        }
        ranked.add(new Ranked(a, tier, policy.lotteryNumber(nik)));
      }
    }
    Comparator<Ranked> order = Comparator.comparingInt(c -> c.tier);
    for (TieBreaker t : policy.tieBreakers()) {
      if (t == TieBreaker.REGISTRATION_TIME) {
        order = order.thenComparing(c -> c.application.registeredAt());
      } else if (t == TieBreaker.SCORE_DESC) {
        order =
            order.thenComparing(
                c -> c.application.score().orElse(null), Comparator.<BigDecimal>nullsLast(Comparator.reverseOrder()));
      } else {
        order = order.thenComparingLong(c -> c.lottery);
      }
    }
    ranked.sort(order.thenComparingLong(c -> c.lottery).thenComparing(c -> c.application.applicant().nik()));
    for (int i = 0; i < ranked.size(); i++) {
      ranked.get(i).rank = i + 1;
    }
    for (int r = 0; r < policy.reservations().size(); r++) {
      for (Ranked c : ranked) {
        if (!ledger.unfilled(r)) {
          break;
        }
        if (c.seat == null && c.application.applicant().isMemberOf(policy.reservations().get(r).group())) {
          c.holding = seatNew(ledger, ranked, c, SelectionReason.SELECTED_RESERVED);
        }
      }
    }
    List<Ranked> unseated = new ArrayList<>();
    for (Ranked c : ranked) {
      if (c.holding) {
        // Its turn: give up the held seat, take the first choice open to it.
        c.holding = false;
        CohortId own = checkNotNull(c.seat);
        ledger.seated.merge(own, -1, Integer::sum);
        CohortId to = null;
        for (CohortId choice : c.application.cohortChoices()) {
          if (open(ledger, ranked, choice)) {
            to = choice;
            break;
          }
        }
        c.seat = checkNotNull(to, "its own cohort is open");
        ledger.seated.merge(to, 1, Integer::sum);
      } else if (c.seat == null && !seatNew(ledger, ranked, c, SelectionReason.SELECTED)) {
        c.reason = ledger.quotaFull(c.application.applicant()) ? SelectionReason.QUOTA_FULL : SelectionReason.NO_SEATS;
        unseated.add(c);
      }
    }
    ImmutableList.Builder<SelectionOutcome> selected = ImmutableList.builder();
    for (Ranked c : ranked) {
      if (c.seat != null) {
        selected.add(outcome(policy, c, SelectionStatus.SELECTED));
      }
    }
    // The unseated are the promotion pool; the result publishes the waitlist from it (checked
    // against waitlistOf and expectedWaitlisted below).
    List<SelectionOutcome> pool = new ArrayList<>();
    for (Ranked c : unseated) {
      pool.add(outcome(policy, c, SelectionStatus.REJECTED));
    }
    // By NIK, registration time, application number (none last), reason; ties in input order.
    unranked.sort(
        Comparator.comparing(SelectionOutcome::nik)
            .thenComparing(o -> o.application().registeredAt())
            .thenComparing(
                o -> o.application().applicationNumber().isPresent()
                    ? o.application().applicationNumber().getAsLong()
                    : Long.MAX_VALUE)
            .thenComparing(SelectionOutcome::reason));
    return new SelectionResult(
        policy, policy.seatsPerCohort(), null, selected.build(), pool, ImmutableList.copyOf(unranked), ImmutableList.of());
  }

  private static LocalDateTime earliest(List<Application> same) {
    return same.stream().map(Application::registeredAt).min(Comparator.naturalOrder()).orElseThrow();
  }

  /**
   * The application kept of one NIK's applications, or null if they conflict: the earliest
   * registered; of several registered then, the one they all equal, else the one with the lowest
   * application number if all have numbers and no different one shares it.
   */
  private static @Nullable Application kept(List<Application> same) {
    LocalDateTime earliest = earliest(same);
    List<Application> first = same.stream().filter(a -> a.registeredAt().equals(earliest)).toList();
    Set<Application> distinct = new HashSet<>(first);
    if (distinct.size() == 1) {
      return first.get(0);
    }
    if (first.stream().anyMatch(a -> a.applicationNumber().isEmpty())) {
      return null;
    }
    long lowest = first.stream().mapToLong(a -> a.applicationNumber().getAsLong()).min().orElseThrow();
    Set<Application> withLowest = new HashSet<>();
    for (Application a : first) {
      if (a.applicationNumber().getAsLong() == lowest) {
        withLowest.add(a);
      }
    }
    return withLowest.size() == 1 ? withLowest.iterator().next() : null;
  }

  /** Seats c in its first choice with a seat free or freed by moving holders, if total and quotas allow. */
  private static boolean seatNew(RefLedger ledger, List<Ranked> ranked, Ranked c, SelectionReason reason) {
    if (!ledger.totalLeft() || ledger.quotaFull(c.application.applicant())) {
      return false;
    }
    for (CohortId choice : c.application.cohortChoices()) {
      if (open(ledger, ranked, choice)) {
        ledger.take(c.application, choice);
        c.seat = choice;
        c.reason = reason;
        return true;
      }
    }
    return false;
  }

  private static boolean open(RefLedger ledger, List<Ranked> ranked, CohortId cohort) {
    return ledger.offers(cohort)
        && (ledger.cohortFree(cohort) > 0 || freeUp(ledger, ranked, cohort, new HashSet<>()));
  }

  /**
   * Frees a seat in the full cohort: some holder there (tried from the lowest-ranked, unlike the
   * tuned code, which tries them in the order they came: the outcome must not depend on it) moves
   * to another of its choices that has a free seat or can be freed in turn, each cohort tried once.
   */
  private static boolean freeUp(RefLedger ledger, List<Ranked> ranked, CohortId cohort, Set<CohortId> visited) {
    visited.add(cohort);
    for (int i = ranked.size() - 1; i >= 0; i--) {
      Ranked m = ranked.get(i);
      if (!m.holding || !cohort.equals(m.seat)) {
        continue;
      }
      for (CohortId to : m.application.cohortChoices()) {
        if (!ledger.offers(to) || to.equals(cohort)) {
          continue;
        }
        if (ledger.cohortFree(to) > 0 || (!visited.contains(to) && freeUp(ledger, ranked, to, visited))) {
          ledger.move(cohort, to);
          m.seat = to;
          return true;
        }
      }
    }
    return false;
  }

  private static SelectionOutcome outcome(SelectionPolicy policy, Ranked c, SelectionStatus status) {
    ImmutableSelectionOutcome.Builder b =
        SelectionOutcome.builder().application(c.application).status(status).reason(c.reason).rank(c.rank);
    if (c.tier < policy.tiers().size()) {
      b.tier(policy.tiers().get(c.tier).name());
    }
    if (c.seat != null) {
      b.cohort(c.seat);
    }
    // One evaluator judges every choice alike: the eligible choices are the offered ones.
    c.application.cohortChoices().stream()
        .filter(choice -> policy.seatsPerCohort().isEmpty() || policy.seatsPerCohort().containsKey(choice))
        .forEach(b::addEligibleChoices);
    return b.build();
  }

  private static ImmutableSelectionOutcome.Builder rejected(Application a, SelectionReason reason) {
    return SelectionOutcome.builder().application(a).status(SelectionStatus.REJECTED).reason(reason);
  }

  private static RefLedger ledgerOf(SelectionResult result) {
    RefLedger ledger = new RefLedger(result.policy());
    for (SelectionOutcome o : result.selected()) {
      ledger.take(o.application(), o.cohort().orElseThrow());
    }
    return ledger;
  }

  /** The free seats of {@code cohort}, as {@link SelectionResult#freeSeats(CohortId)} computed them. */
  static int freeSeats(SelectionResult result, CohortId cohort) {
    return ledgerOf(result).freeSeats(cohort);
  }

  /** The applicant {@link SelectionResult#promoteNext(CohortId, java.time.LocalDate)} promoted, or null. */
  static @Nullable SelectionOutcome nextInLine(SelectionResult result, CohortId cohort) {
    RefLedger ledger = ledgerOf(result);
    if (ledger.freeSeats(cohort) <= 0) {
      return null;
    }
    return pick(result, ledger, o -> o.application().cohortChoices().contains(cohort));
  }

  /** The applicant and cohort {@link SelectionResult#promoteNext(java.time.LocalDate)} promoted, or null. */
  static Map.@Nullable Entry<SelectionOutcome, CohortId> nextAnywhere(SelectionResult result) {
    RefLedger ledger = ledgerOf(result);
    SelectionOutcome next = pick(result, ledger, o -> ledger.seatFor(o.application()) != null);
    return next == null ? null : Map.entry(next, checkNotNull(ledger.seatFor(next.application())));
  }

  /** Picks from the whole pool: the best-ranked who fits, a member of an unfilled reservation first. */
  private static @Nullable SelectionOutcome pick(
      SelectionResult result, RefLedger ledger, Predicate<SelectionOutcome> fits) {
    SelectionOutcome first = null;
    boolean open = ledger.anyUnfilled();
    for (SelectionOutcome o : result.promotionPool()) {
      if (ledger.quotaFull(o.application().applicant()) || !fits.test(o)) {
        continue;
      }
      if (!open || ledger.fillsReservation(o.application().applicant())) {
        return o;
      }
      if (first == null) {
        first = o;
      }
    }
    return first;
  }

  /**
   * The NIKs on the waitlist of {@code cohort}, in promotion order: of the pool, those who chose
   * it and whose quota is not full, members of an unfilled reservation first, the first
   * waitlistLimit of them.
   */
  static List<Nik> waitlistOf(SelectionResult result, CohortId cohort) {
    RefLedger ledger = ledgerOf(result);
    List<Nik> members = new ArrayList<>();
    List<Nik> others = new ArrayList<>();
    for (SelectionOutcome o : result.promotionPool()) {
      Applicant applicant = o.application().applicant();
      if (ledger.quotaFull(applicant) || !o.eligibleChoices().contains(cohort)) {
        continue;
      }
      if (ledger.anyUnfilled() && ledger.fillsReservation(applicant)) {
        members.add(o.nik());
      } else {
        others.add(o.nik());
      }
    }
    List<Nik> order = new ArrayList<>(members);
    order.addAll(others);
    int limit = result.policy().waitlistLimit().orElse(Integer.MAX_VALUE);
    return order.subList(0, Math.min(limit, order.size()));
  }

  /** The NIKs {@link SelectionResult#waitlisted()} lists: on some cohort's waitlist, in rank order. */
  static List<Nik> expectedWaitlisted(SelectionResult result) {
    Set<CohortId> cohorts = new HashSet<>();
    for (SelectionOutcome o : result.promotionPool()) {
      cohorts.addAll(o.eligibleChoices());
    }
    Set<Nik> listed = new HashSet<>();
    for (CohortId c : cohorts) {
      listed.addAll(waitlistOf(result, c));
    }
    List<Nik> inRankOrder = new ArrayList<>();
    for (SelectionOutcome o : result.promotionPool()) {
      if (listed.contains(o.nik())) {
        inRankOrder.add(o.nik());
      }
    }
    return inRankOrder;
  }

  /** The reason of a pool member: QUOTA_FULL if their quota is full now, else NO_SEATS. */
  static SelectionReason expectedReason(SelectionResult result, SelectionOutcome member) {
    return ledgerOf(result).quotaFull(member.application().applicant())
        ? SelectionReason.QUOTA_FULL
        : SelectionReason.NO_SEATS;
  }
}
