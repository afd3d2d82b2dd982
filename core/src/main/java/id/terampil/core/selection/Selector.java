package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.internal.NikMap;
import id.terampil.core.program.CohortId;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The selection algorithm: de-duplicate by NIK, evaluate eligibility, rank once (O(n log n)) on
 * sort keys computed once per application (one primitive sort, see {@link KeyOrder}), fill
 * reserved seats, then all seats in rank order, with counters in int arrays (see {@link Ledger}).
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
  /** The number of sort keys: tier, the tie-breakers' keys, lottery number, NIK. */
  private final int keyCount;
  /** The index of the score's key, or 0 (the tier's) without {@link TieBreaker#SCORE_DESC}. */
  private final int scoreKey;

  Selector(SelectionPolicy policy) {
    this.policy = policy;
    int count = 1;
    int score = 0;
    for (TieBreaker t : policy.tieBreakers()) {
      if (t == TieBreaker.SCORE_DESC) {
        score = count;
      }
      count += t == TieBreaker.REGISTRATION_TIME ? 2 : 1;
    }
    this.keyCount = count + 2;
    this.scoreKey = score;
  }

  /**
   * One ranked application with its sort keys, computed once: the tier, each tie-breaker's key,
   * the lottery number and the NIK, compared as longs in that order. Its cohort numbers and quota
   * slots are also looked up once.
   */
  private static final class Candidate {
    final Application application;
    /** The sort keys; the first is the tier (see {@link #tier()}). */
    final long[] keys;
    final int[] cohorts;
    final int[] slots;
    /** The score, or null. */
    final @Nullable BigDecimal score;
    int rank;
    @Nullable CohortId seat;
    SelectionReason reason = SelectionReason.NO_SEATS;

    Candidate(
        Application application, long[] keys, int[] cohorts, int[] slots, @Nullable BigDecimal score) {
      this.application = application;
      this.keys = keys;
      this.cohorts = cohorts;
      this.slots = slots;
      this.score = score;
    }

    /** Returns the index of the first tier that admits the application, or the number of tiers. */
    int tier() {
      return (int) keys[0];
    }
  }

  SelectionResult select(
      Iterable<Application> applications, Function<? super Application, EligibilityDecision> eligibility) {
    checkNotNull(applications, "applications must not be null");
    checkNotNull(eligibility, "eligibility evaluator must not be null");
    List<Application> input = ImmutableList.copyOf(applications);
    boolean[] duplicate = duplicates(input);
    List<SelectionOutcome> unranked = new ArrayList<>();
    Ledger ledger = new Ledger(policy);
    List<Candidate> candidates = new ArrayList<>(input.size());
    int scale = Integer.MIN_VALUE;
    for (int i = 0; i < input.size(); i++) {
      Application a = input.get(i);
      if (duplicate[i]) {
        unranked.add(rejected(a, SelectionReason.DUPLICATE_NIK).build());
        continue;
      }
      EligibilityDecision decision = checkNotNull(eligibility.apply(a), "eligibility decision");
      if (!decision.isEligible()) {
        unranked.add(rejected(a, SelectionReason.INELIGIBLE).addAllUnmet(decision.unmet()).build());
        continue;
      }
      int[] cohorts = ledger.cohortsOf(a);
      if (!offersAny(cohorts)) {
        unranked.add(rejected(a, SelectionReason.COHORT_NOT_OFFERED).build());
      } else {
        BigDecimal score = a.score().orElse(null);
        if (score != null) {
          scale = Math.max(scale, score.scale());
        }
        candidates.add(
            new Candidate(a, keysOf(a, tierOf(a)), cohorts, ledger.slotsOf(a.applicant()), score));
      }
    }
    if (scoreKey > 0) {
      putScoreKeys(candidates, scale);
    }
    List<Candidate> ranked = rank(candidates);
    List<Candidate> unseated = seatAll(ledger, ranked);
    unranked.sort(UNRANKED_ORDER);
    return result(ranked, unseated, unranked);
  }

  /**
   * Returns the candidates in the order of their keys (the NIK, the last key, is unique among
   * them), each with its rank.
   */
  private List<Candidate> rank(List<Candidate> candidates) {
    List<long[]> keys = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      keys.add(c.keys);
    }
    int[] order = KeyOrder.of(keys, keyCount);
    List<Candidate> ranked = new ArrayList<>(order.length);
    for (int i = 0; i < order.length; i++) {
      Candidate c = candidates.get(order[i]);
      c.rank = i + 1;
      ranked.add(c);
    }
    return ranked;
  }

  /**
   * Returns which applications are duplicates: of those sharing a NIK, all but the first in
   * {@link #CANONICAL} order (the first in the input among equal ones).
   */
  private static boolean[] duplicates(List<Application> input) {
    NikMap kept = new NikMap(input.size());
    boolean[] duplicate = new boolean[input.size()];
    for (int i = 0; i < input.size(); i++) {
      Application a = input.get(i);
      long nik = a.applicant().nik().toLong();
      int other = (int) kept.putIfAbsent(nik, i);
      if (other < 0) {
        continue;
      }
      if (CANONICAL.compare(input.get(other), a) > 0) {
        kept.put(nik, i);
        duplicate[other] = true;
      } else {
        duplicate[i] = true;
      }
    }
    return duplicate;
  }

  /** Seats the ranked candidates: reservations first, then all in rank order; returns the rest. */
  private static List<Candidate> seatAll(Ledger ledger, List<Candidate> candidates) {
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
        c.reason = ledger.quotaFull(c.slots) ? SelectionReason.QUOTA_FULL : SelectionReason.NO_SEATS;
        unseated.add(c);
      }
    }
    return unseated;
  }

  /**
   * Returns the result: the seated in rank order, the unseated up to the waitlist limit, the rest
   * of them and then the unranked rejected.
   */
  private SelectionResult result(
      List<Candidate> candidates, List<Candidate> unseated, List<SelectionOutcome> unranked) {
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
    rejected.addAll(unranked);
    return new SelectionResult(
        policy, selected.build(), waitlisted.build(), rejected.build(), ImmutableList.of());
  }

  private static boolean offersAny(int[] cohorts) {
    for (int c : cohorts) {
      if (c != Ledger.NOT_OFFERED) {
        return true;
      }
    }
    return false;
  }

  private static boolean seat(Ledger ledger, Candidate c, SelectionReason reason) {
    int choice = ledger.choose(c.cohorts, c.slots);
    if (choice < 0) {
      return false;
    }
    ledger.take(c.cohorts[choice], c.slots, c.application.applicant());
    c.seat = c.application.cohortChoices().get(choice);
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

  /**
   * Returns the sort keys of an application, in the order of comparison: the tier, then per
   * tie-breaker the registration time (epoch second and nanosecond), a place for the score's key
   * (see {@link #putScoreKeys}) or the lottery number, then the lottery number and the NIK.
   */
  private long[] keysOf(Application a, int tier) {
    long[] keys = new long[keyCount];
    long nik = a.applicant().nik().toLong();
    long lottery = policy.lotteryNumber(a.applicant().nik());
    keys[0] = tier;
    int k = 1;
    for (TieBreaker t : policy.tieBreakers()) {
      switch (t) {
        case REGISTRATION_TIME:
          keys[k++] = a.registeredAt().toEpochSecond(ZoneOffset.UTC);
          keys[k++] = a.registeredAt().getNano();
          break;
        case SCORE_DESC:
          k++;
          break;
        default:
          keys[k++] = lottery;
          break;
      }
    }
    keys[k++] = lottery;
    keys[k] = nik;
    return keys;
  }

  /**
   * Puts each candidate's score key: higher scores first, equal scores ({@code compareTo}) equal,
   * no score last. Usually the score itself as a long at {@code scale}, the largest scale of all
   * scores, negated;
   * if some score has more than 18 digits at that scale, the dense rank of the score instead.
   */
  private void putScoreKeys(List<Candidate> candidates, int scale) {
    for (Candidate c : candidates) {
      BigDecimal score = c.score;
      if (score == null) {
        c.keys[scoreKey] = Long.MAX_VALUE;
      } else if (score.precision() + ((long) scale - score.scale()) > 18) {
        putScoreRanks(candidates);
        return;
      } else {
        // At most 18 digits, so |key| < 10^18 and never Long.MAX_VALUE.
        c.keys[scoreKey] = -score.movePointRight(scale).longValue();
      }
    }
  }

  private void putScoreRanks(List<Candidate> candidates) {
    Comparator<Candidate> byScore =
        Comparator.comparing(c -> c.score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(byScore);
    long rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && byScore.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
        rank++;
      }
      sorted.get(i).keys[scoreKey] = rank;
    }
  }

  private SelectionOutcome outcome(Candidate c, SelectionStatus status) {
    return SelectionOutcome.ranked(
        c.application,
        status,
        c.reason,
        c.rank,
        Optional.ofNullable(c.seat),
        c.tier() < policy.tiers().size()
            ? Optional.of(policy.tiers().get(c.tier()).name())
            : Optional.empty());
  }

  private static ImmutableSelectionOutcome.Builder rejected(Application a, SelectionReason reason) {
    return SelectionOutcome.builder().application(a).status(SelectionStatus.REJECTED).reason(reason);
  }
}
