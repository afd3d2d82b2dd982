package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Admission;
import id.terampil.core.program.TrainingProgram;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The selection algorithm: de-duplicate by NIK, evaluate eligibility, rank once (a stable sort on
 * the sort keys computed once per application), hold reserved seats, then seat all in rank order,
 * with the counters of {@link Ledger};
 * held seats move between cohorts by a search over the few holders (see {@code Seating}).
 */
final class Selector {

  /**
   * The order of the unranked outcomes: by NIK, registration time, application number (none
   * last) and reason; outcomes alike in all these keep the order of the input (the sort is
   * stable). No text is compared.
   */
  static final Comparator<SelectionOutcome> UNRANKED_ORDER =
      Comparator.comparing(SelectionOutcome::nik)
          .thenComparing(o -> o.application().registeredAt())
          .thenComparingLong(o -> o.application().applicationNumber().orElse(Long.MAX_VALUE))
          .thenComparing(SelectionOutcome::reason);

  /** Judges whether an application may take a seat in one cohort of its choices. */
  interface Judge {
    EligibilityDecision decide(Application application, CohortId cohort);
  }

  private final SelectionPolicy policy;
  private final ImmutableMap<CohortId, Integer> seats;
  private final Judge judge;
  /** The program whose cohorts are selected for, if the selection runs on one. */
  private final @Nullable TrainingProgram program;
  private final @Nullable LocalDate referenceDate;
  /** The number of sort keys: tier, the tie-breakers' keys, lottery number, NIK. */
  private final int keyCount;
  /** The index of the score's key, or 0 (the tier's) without {@link TieBreaker#SCORE_DESC}. */
  private final int scoreKey;

  Selector(
      SelectionPolicy policy,
      ImmutableMap<CohortId, Integer> seats,
      Judge judge,
      @Nullable TrainingProgram program,
      @Nullable LocalDate referenceDate) {
    this.policy = policy;
    this.seats = seats;
    this.judge = judge;
    this.program = program;
    this.referenceDate = referenceDate;
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
    /** The offered choices the application is eligible for, in the order chosen. */
    final ImmutableList<CohortId> eligibleChoices;
    int rank;
    @Nullable CohortId seat;
    /** The number of the cohort of {@link #seat}, while it has one. */
    int cohort = Ledger.NOT_OFFERED;
    SelectionReason reason = SelectionReason.NO_SEATS;

    Candidate(
        Application application,
        long[] keys,
        int[] cohorts,
        int[] slots,
        @Nullable BigDecimal score,
        ImmutableList<CohortId> eligibleChoices) {
      this.application = application;
      this.eligibleChoices = eligibleChoices;
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

  SelectionResult select(Iterable<Application> applications) {
    checkNotNull(applications, "applications must not be null");
    List<Application> input = ImmutableList.copyOf(applications);
    SelectionReason[] duplicate = duplicates(input);
    List<SelectionOutcome> unranked = new ArrayList<>();
    Ledger ledger = new Ledger(policy, seats);
    List<Candidate> candidates = new ArrayList<>(input.size());
    int scale = Integer.MIN_VALUE;
    for (int i = 0; i < input.size(); i++) {
      Application a = input.get(i);
      if (duplicate[i] != null) {
        unranked.add(rejected(a, duplicate[i]).build());
        continue;
      }
      int[] cohorts = ledger.cohortsOf(a);
      if (!offersAny(cohorts)) {
        unranked.add(rejected(a, SelectionReason.COHORT_NOT_OFFERED).build());
        continue;
      }
      // Each offered choice is judged by its own cohort's admission; the others are dropped.
      ImmutableList.Builder<CohortId> eligible = ImmutableList.builder();
      EligibilityDecision firstRefusal = null;
      for (int k = 0; k < cohorts.length; k++) {
        if (cohorts[k] == Ledger.NOT_OFFERED) {
          continue;
        }
        CohortId choice = a.cohortChoices().get(k);
        EligibilityDecision decision = checkNotNull(judge.decide(a, choice), "eligibility decision");
        if (decision.isEligible()) {
          eligible.add(choice);
        } else {
          cohorts[k] = Ledger.NOT_OFFERED;
          if (firstRefusal == null) {
            firstRefusal = decision;
          }
        }
      }
      ImmutableList<CohortId> eligibleChoices = eligible.build();
      if (eligibleChoices.isEmpty()) {
        unranked.add(
            rejected(a, SelectionReason.INELIGIBLE)
                .addAllUnmet(checkNotNull(firstRefusal).unmet())
                .build());
        continue;
      }
      BigDecimal score = a.score().orElse(null);
      if (score != null) {
        scale = Math.max(scale, score.scale());
      }
      candidates.add(
          new Candidate(
              a,
              keysOf(a, tierOf(a, eligibleChoices.get(0))),
              cohorts,
              ledger.slotsOf(a.applicant()),
              score,
              eligibleChoices));
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
    List<Candidate> ranked = new ArrayList<>(candidates);
    // A stable sort: candidates with equal keys keep their input order.
    ranked.sort(this::compareKeys);
    for (int i = 0; i < ranked.size(); i++) {
      ranked.get(i).rank = i + 1;
    }
    return ranked;
  }

  /** Orders two candidates by their keys, the first key first. */
  private int compareKeys(Candidate a, Candidate b) {
    for (int k = 0; k < keyCount; k++) {
      int c = Long.compare(a.keys[k], b.keys[k]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Returns, per application, why it is not ranked as a duplicate, or null if it is kept. Of the
   * applications sharing a NIK the earliest registered is kept; see {@link #keptAmong} for those
   * registered at the same earliest time. Applications are grouped by NIK in a hash map.
   */
  private static @Nullable SelectionReason[] duplicates(List<Application> input) {
    Map<Nik, Integer> first = new HashMap<>();
    Map<Nik, List<Integer>> byNik = new HashMap<>();
    for (int i = 0; i < input.size(); i++) {
      Nik nik = input.get(i).applicant().nik();
      Integer earlier = first.putIfAbsent(nik, i);
      if (earlier != null) {
        byNik.computeIfAbsent(nik, k -> Lists.newArrayList(earlier)).add(i);
      }
    }
    Collection<List<Integer>> shared = byNik.values();
    @Nullable SelectionReason[] reasons = new SelectionReason[input.size()];
    for (List<Integer> group : shared) {
      LocalDateTime earliest = input.get(group.get(0)).registeredAt();
      for (int i : group) {
        LocalDateTime at = input.get(i).registeredAt();
        earliest = at.isBefore(earliest) ? at : earliest;
      }
      List<Integer> atEarliest = new ArrayList<>();
      for (int i : group) {
        if (input.get(i).registeredAt().equals(earliest)) {
          atEarliest.add(i);
        }
      }
      int kept = keptAmong(input, atEarliest);
      for (int i : group) {
        if (i != kept) {
          boolean conflict = kept < 0 && input.get(i).registeredAt().equals(earliest);
          reasons[i] = conflict ? SelectionReason.DUPLICATE_NIK_CONFLICT : SelectionReason.DUPLICATE_NIK;
        }
      }
    }
    return reasons;
  }

  /**
   * Returns which of one NIK's applications registered at the same earliest time is kept, or -1
   * if they conflict. Equal applications are one: the first in the input is kept. Different ones
   * are ordered by their application numbers when each has one: the lowest number is kept unless a
   * different application has the same number. Otherwise they conflict.
   */
  private static int keptAmong(List<Application> input, List<Integer> atEarliest) {
    int lowest = atEarliest.get(0);
    boolean allEqual = true;
    boolean allNumbered = true;
    for (int i : atEarliest) {
      Application a = input.get(i);
      allEqual &= a.equals(input.get(lowest));
      allNumbered &= a.applicationNumber().isPresent();
    }
    if (allEqual) {
      return lowest;
    }
    if (!allNumbered) {
      return -1;
    }
    for (int i : atEarliest) {
      if (number(input.get(i)) < number(input.get(lowest))) {
        lowest = i;
      }
    }
    for (int i : atEarliest) {
      Application a = input.get(i);
      if (number(a) == number(input.get(lowest)) && !a.equals(input.get(lowest))) {
        return -1;
      }
    }
    return lowest;
  }

  private static long number(Application a) {
    return a.applicationNumber().getAsLong();
  }

  /**
   * Seats the ranked candidates: reserved seats first, held for the best-ranked members of each
   * group, then every candidate in rank order; returns the candidates left without a seat.
   */
  private static List<Candidate> seatAll(Ledger ledger, List<Candidate> candidates) {
    Seating seating = new Seating(ledger);
    for (int r = 0; r < ledger.reservationCount(); r++) {
      for (Candidate c : candidates) {
        if (!ledger.reservationUnfilled(r)) {
          break;
        }
        if (c.seat == null && ledger.isMemberOfReservation(c.application.applicant(), r)) {
          seating.hold(c);
        }
      }
    }
    List<Candidate> unseated = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.seat != null) {
        seating.settle(c);
      } else if (!seating.seat(c, SelectionReason.SELECTED)) {
        c.reason = ledger.quotaFull(c.slots) ? SelectionReason.QUOTA_FULL : SelectionReason.NO_SEATS;
        unseated.add(c);
      }
    }
    return unseated;
  }

  /**
   * Seats and held seats. A member seated for a reservation holds a seat until its turn in rank
   * order; until then it may be moved to another cohort of its choices to free a seat for an
   * application (a search for an augmenting path over cohorts, each visited once). At its turn it
   * takes the first cohort of its choices with a free seat, its own held seat counting as free,
   * or where a seat can be freed by moving holders ranked after it. Whether a seat can be freed
   * does not depend on where the holders sit (the search finds a way exactly when the holders
   * and one more applicant fit the cohorts' free seats), so which holders move changes no
   * outcome.
   */
  private static final class Seating {
    private final Ledger ledger;
    /** Per cohort number: the members holding a seat there, not yet settled. */
    private final List<List<Candidate>> holders;
    private int holding;
    /**
     * Per cohort number: the state in which a search last visited it. A cohort visited by a
     * search that failed cannot be freed until the state changes (a holder added, moved or
     * settled), so it is not searched again before that; {@link #state} counts the changes.
     */
    private final int[] visited;
    private int state = 1;

    Seating(Ledger ledger) {
      this.ledger = ledger;
      this.holders = new ArrayList<>(ledger.cohortCount());
      for (int k = 0; k < ledger.cohortCount(); k++) {
        holders.add(new ArrayList<>(0));
      }
      this.visited = new int[ledger.cohortCount()];
    }

    /** Holds a reserved seat for a member, if one is free or can be freed. */
    void hold(Candidate c) {
      if (seat(c, SelectionReason.SELECTED_RESERVED)) {
        holders.get(c.cohort).add(c);
        holding++;
        state++;
      }
    }

    /** Seats a candidate without a seat in the first cohort of its choices where one is free or can be freed. */
    boolean seat(Candidate c, SelectionReason reason) {
      if (!ledger.admits(c.slots)) {
        return false;
      }
      int choice = firstOpen(c);
      if (choice < 0) {
        return false;
      }
      int cohort = c.cohorts[choice];
      ledger.take(cohort, c.slots, c.application.applicant());
      place(c, choice);
      c.reason = reason;
      return true;
    }

    /**
     * A holder's turn: it gives up its held seat and takes the first cohort of its choices open to
     * it (at the latest the one it gave up), for good.
     */
    void settle(Candidate c) {
      holders.get(c.cohort).remove(c);
      holding--;
      state++;
      ledger.vacate(c.cohort);
      int choice = firstOpen(c);
      ledger.occupy(c.cohorts[choice]);
      place(c, choice);
    }

    /** Returns the first choice with a free seat or one that can be freed, or -1. */
    private int firstOpen(Candidate c) {
      for (int i = 0; i < c.cohorts.length; i++) {
        int k = c.cohorts[i];
        if (k != Ledger.NOT_OFFERED && (ledger.cohortFree(k) > 0 || freeUp(k))) {
          return i;
        }
      }
      return -1;
    }

    private void place(Candidate c, int choice) {
      c.cohort = c.cohorts[choice];
      c.seat = c.application.cohortChoices().get(choice);
    }

    /** Frees a seat in the full cohort by moving holders, if it can be done. */
    private boolean freeUp(int cohort) {
      if (holding == 0 || visited[cohort] == state) {
        return false;
      }
      if (freeUpFrom(cohort)) {
        state++;
        return true;
      }
      return false;
    }

    private boolean freeUpFrom(int cohort) {
      visited[cohort] = state;
      List<Candidate> in = holders.get(cohort);
      for (int h = in.size() - 1; h >= 0; h--) {
        Candidate m = in.get(h);
        for (int j = 0; j < m.cohorts.length; j++) {
          int to = m.cohorts[j];
          if (to == Ledger.NOT_OFFERED || to == cohort) {
            continue;
          }
          if (ledger.cohortFree(to) > 0 || (visited[to] != state && freeUpFrom(to))) {
            ledger.move(cohort, to);
            in.remove(h);
            place(m, j);
            holders.get(to).add(m);
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Returns the result: the seated in rank order, the unseated as the promotion pool in rank order
   * (the result publishes the waitlist from it), then the unranked rejected.
   */
  private SelectionResult result(
      List<Candidate> candidates, List<Candidate> unseated, List<SelectionOutcome> unranked) {
    ImmutableList.Builder<SelectionOutcome> selected = ImmutableList.builder();
    for (Candidate c : candidates) {
      if (c.seat != null) {
        selected.add(outcome(c, SelectionStatus.SELECTED));
      }
    }
    // A first guess at the published status (the result recomputes it and copies only the
    // outcomes it changes): without a waitlist limit, everyone whose quota is not full waits.
    boolean unlimited = policy.waitlistLimit().isEmpty();
    List<SelectionOutcome> pool = new ArrayList<>(unseated.size());
    for (Candidate c : unseated) {
      boolean waits = unlimited && c.reason == SelectionReason.NO_SEATS;
      pool.add(outcome(c, waits ? SelectionStatus.WAITLISTED : SelectionStatus.REJECTED));
    }
    return new SelectionResult(
        policy,
        seats,
        program,
        selected.build(),
        pool,
        ImmutableList.copyOf(unranked),
        ImmutableList.of());
  }

  private static boolean offersAny(int[] cohorts) {
    for (int c : cohorts) {
      if (c != Ledger.NOT_OFFERED) {
        return true;
      }
    }
    return false;
  }

  /** Returns the first tier admitting the application, judged for its first eligible choice. */
  private int tierOf(Application a, CohortId firstChoice) {
    List<PriorityTier> tiers = policy.tiers();
    Admission admission = program == null ? null : program.admission(firstChoice);
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).admits(a, referenceDate, admission)) {
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
            : Optional.empty(),
        c.eligibleChoices);
  }

  private static ImmutableSelectionOutcome.Builder rejected(Application a, SelectionReason reason) {
    return SelectionOutcome.builder().application(a).status(SelectionStatus.REJECTED).reason(reason);
  }
}
