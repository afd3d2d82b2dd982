package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.CohortId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The selection algorithm: de-duplicate by NIK, evaluate eligibility, rank once (O(n log n)), fill
 * reserved seats, then all seats in rank order, with counters in hash maps.
 */
final class Selector {

  /**
   * A total order on applications of one NIK: the earliest registration is kept; the rest only
   * makes the choice independent of the input order.
   */
  static final Comparator<Application> CANONICAL =
      Comparator.comparing(Application::registeredAt)
          .thenComparing(a -> a.program().toString())
          .thenComparing(a -> a.cohortChoices().toString())
          .thenComparing(a -> a.score().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Application::toString);

  private static final Comparator<SelectionOutcome> UNRANKED_ORDER =
      Comparator.comparing(SelectionOutcome::nik)
          .thenComparing(SelectionOutcome::application, CANONICAL)
          .thenComparing(SelectionOutcome::reason);

  private final SelectionPolicy policy;

  Selector(SelectionPolicy policy) {
    this.policy = policy;
  }

  /** One ranked application with its precomputed sort keys. */
  private static final class Candidate {
    final Application application;
    final int tier;
    final long lottery;
    int rank;
    @Nullable CohortId seat;
    SelectionReason reason = SelectionReason.NO_SEATS;

    Candidate(Application application, int tier, long lottery) {
      this.application = application;
      this.tier = tier;
      this.lottery = lottery;
    }
  }

  SelectionResult select(
      Iterable<Application> applications, Function<? super Application, EligibilityDecision> eligibility) {
    checkNotNull(applications, "applications must not be null");
    checkNotNull(eligibility, "eligibility evaluator must not be null");
    List<Application> input = ImmutableList.copyOf(applications);
    List<SelectionOutcome> unranked = new ArrayList<>();

    Map<Nik, Application> kept = new HashMap<>(input.size() * 2);
    for (Application a : input) {
      kept.merge(a.applicant().nik(), a, (x, y) -> CANONICAL.compare(x, y) <= 0 ? x : y);
    }
    Ledger ledger = new Ledger(policy);
    Set<Nik> seen = new HashSet<>(input.size() * 2);
    List<Candidate> candidates = new ArrayList<>(input.size());
    for (Application a : input) {
      Nik nik = a.applicant().nik();
      if (kept.get(nik) != a || !seen.add(nik)) {
        unranked.add(rejected(a, SelectionReason.DUPLICATE_NIK).build());
        continue;
      }
      EligibilityDecision decision = checkNotNull(eligibility.apply(a), "eligibility decision");
      if (!decision.isEligible()) {
        unranked.add(rejected(a, SelectionReason.INELIGIBLE).addAllUnmet(decision.unmet()).build());
      } else if (a.cohortChoices().stream().noneMatch(ledger::offers)) {
        unranked.add(rejected(a, SelectionReason.COHORT_NOT_OFFERED).build());
      } else {
        candidates.add(new Candidate(a, tierOf(a), policy.lotteryNumber(nik)));
      }
    }

    candidates.sort(order());
    for (int i = 0; i < candidates.size(); i++) {
      candidates.get(i).rank = i + 1;
    }

    // Reserved seats first: the best-ranked members of each group, up to the reserved number.
    for (int r = 0; r < ledger.reservationCount(); r++) {
      for (Candidate c : candidates) {
        if (!ledger.reservationUnfilled(r)) {
          break;
        }
        if (c.seat == null && ledger.isMemberOfReservation(c.application.applicant(), r)) {
          seat(ledger, c, SelectionReason.SELECTED_RESERVED);
        }
      }
    }
    // Then every remaining seat in rank order.
    List<Candidate> unseated = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.seat == null && !seat(ledger, c, SelectionReason.SELECTED)) {
        c.reason =
            ledger.quotaFull(c.application.applicant())
                ? SelectionReason.QUOTA_FULL
                : SelectionReason.NO_SEATS;
        unseated.add(c);
      }
    }

    ImmutableList.Builder<SelectionOutcome> selected = ImmutableList.builder();
    for (Candidate c : candidates) {
      if (c.seat != null) {
        selected.add(outcome(c, SelectionStatus.SELECTED));
      }
    }
    int waitlistLimit = policy.waitlistLimit().orElse(Integer.MAX_VALUE);
    ImmutableList.Builder<SelectionOutcome> waitlisted = ImmutableList.builder();
    ImmutableList.Builder<SelectionOutcome> rejected = ImmutableList.builder();
    for (int i = 0; i < unseated.size(); i++) {
      Candidate c = unseated.get(i);
      if (i < waitlistLimit) {
        waitlisted.add(outcome(c, SelectionStatus.WAITLISTED));
      } else {
        rejected.add(outcome(c, SelectionStatus.REJECTED));
      }
    }
    unranked.sort(UNRANKED_ORDER);
    rejected.addAll(unranked);
    return new SelectionResult(
        policy, selected.build(), waitlisted.build(), rejected.build(), ImmutableList.of());
  }

  private static boolean seat(Ledger ledger, Candidate c, SelectionReason reason) {
    CohortId seat = ledger.seatFor(c.application);
    if (seat == null) {
      return false;
    }
    ledger.take(c.application, seat);
    c.seat = seat;
    c.reason = reason;
    return true;
  }

  private int tierOf(Application a) {
    List<PriorityTier> tiers = policy.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).admits(a)) {
        return i;
      }
    }
    return tiers.size();
  }

  private Comparator<Candidate> order() {
    Comparator<Candidate> order = Comparator.comparingInt(c -> c.tier);
    for (TieBreaker t : policy.tieBreakers()) {
      switch (t) {
        case REGISTRATION_TIME:
          order = order.thenComparing(c -> c.application.registeredAt());
          break;
        case SCORE_DESC:
          order =
              order.thenComparing(
                  c -> c.application.score().orElse(null),
                  Comparator.<BigDecimal>nullsLast(Comparator.reverseOrder()));
          break;
        default:
          order = order.thenComparingLong(c -> c.lottery);
          break;
      }
    }
    return order
        .thenComparingLong(c -> c.lottery)
        .thenComparing(c -> c.application.applicant().nik());
  }

  private SelectionOutcome outcome(Candidate c, SelectionStatus status) {
    ImmutableSelectionOutcome.Builder b =
        SelectionOutcome.builder()
            .application(c.application)
            .status(status)
            .reason(c.reason)
            .rank(c.rank);
    if (c.tier < policy.tiers().size()) {
      b.tier(policy.tiers().get(c.tier).name());
    }
    if (c.seat != null) {
      b.cohort(c.seat);
    }
    return b.build();
  }

  private static ImmutableSelectionOutcome.Builder rejected(Application a, SelectionReason reason) {
    return SelectionOutcome.builder().application(a).status(SelectionStatus.REJECTED).reason(reason);
  }
}
