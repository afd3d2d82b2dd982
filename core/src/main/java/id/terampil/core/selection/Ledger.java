package id.terampil.core.selection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.CohortId;
import id.terampil.core.region.RegionCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Seat, quota and reservation counters of one selection. Cohorts and quota regions are numbered
 * once ({@link #cohortsOf}, {@link #slotsOf}); after that every check and every seat taken is O(1)
 * per cohort choice and quota, on plain int arrays.
 */
final class Ledger {

  /** The cohort number of a choice that the policy does not offer. */
  static final int NOT_OFFERED = -1;

  /** The slots of an applicant when the policy has no region quota. */
  private static final int[] NO_SLOTS = new int[0];

  private final ImmutableMap<CohortId, Integer> cohortNumbers;
  private final int[] cohortFree;
  private int totalFree;
  private final ImmutableList<RegionQuota> quotas;
  /** Per quota: the slot of each region it counts. */
  private final List<Map<RegionCode, Integer>> slotNumbers;
  /** The slots of each domicile seen (one array per domicile, shared by its applicants). */
  private final Map<RegionCode, int[]> slotsByDomicile = new HashMap<>();
  private int[] quotaLeft = new int[8];
  private int slotCount;
  private final ImmutableList<TargetGroupReservation> reservations;
  private final int[] reservedLeft;

  /**
   * A ledger for {@code seats} per cohort (empty: every cohort offered, sharing one unlimited
   * counter) and the policy's total, quotas and reservations.
   */
  Ledger(SelectionPolicy policy, ImmutableMap<CohortId, Integer> seats) {
    ImmutableMap.Builder<CohortId, Integer> numbers = ImmutableMap.builderWithExpectedSize(seats.size());
    // Without seats per cohort every cohort is offered and shares one unlimited counter.
    this.cohortFree = new int[Math.max(seats.size(), 1)];
    this.cohortFree[0] = Integer.MAX_VALUE;
    int n = 0;
    for (Map.Entry<CohortId, Integer> e : seats.entrySet()) {
      numbers.put(e.getKey(), n);
      cohortFree[n++] = e.getValue();
    }
    this.cohortNumbers = numbers.buildOrThrow();
    this.totalFree = policy.totalSeats().orElse(Integer.MAX_VALUE);
    this.quotas = policy.regionQuotas();
    this.slotNumbers = new ArrayList<>();
    for (int i = 0; i < quotas.size(); i++) {
      slotNumbers.add(new HashMap<>());
    }
    this.reservations = policy.reservations();
    this.reservedLeft = new int[reservations.size()];
    for (int i = 0; i < reservedLeft.length; i++) {
      reservedLeft[i] = reservations.get(i).seats();
    }
  }

  /** Returns the number of {@code cohort}, or {@link #NOT_OFFERED}. */
  int cohortNumber(CohortId cohort) {
    if (cohortNumbers.isEmpty()) {
      return 0;
    }
    Integer number = cohortNumbers.get(cohort);
    return number == null ? NOT_OFFERED : number;
  }

  /** Returns the numbers of the cohorts chosen, in the order of choice. */
  int[] cohortsOf(Application application) {
    return cohortsOf(application.cohortChoices());
  }

  /** Returns the numbers of {@code choices}, in their order. */
  int[] cohortsOf(List<CohortId> choices) {
    int[] numbers = new int[choices.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = cohortNumber(choices.get(i));
    }
    return numbers;
  }

  /**
   * Returns the quota slots of the applicant's regions, one per quota, numbering new regions; the
   * same array for every applicant of one domicile (do not change it).
   */
  int[] slotsOf(Applicant applicant) {
    if (quotas.isEmpty()) {
      return NO_SLOTS;
    }
    RegionCode domicile = applicant.domicile();
    int[] slots = slotsByDomicile.get(domicile);
    if (slots == null) {
      slots = numberSlots(domicile);
      slotsByDomicile.put(domicile, slots);
    }
    return slots;
  }

  private int[] numberSlots(RegionCode domicile) {
    int[] numbers = new int[quotas.size()];
    for (int i = 0; i < numbers.length; i++) {
      RegionQuota quota = quotas.get(i);
      RegionCode region = quota.keyOf(domicile);
      numbers[i] =
          slotNumbers.get(i).computeIfAbsent(region, r -> newSlot(quota.limitFor(r)));
    }
    return numbers;
  }

  private int newSlot(int limit) {
    if (slotCount == quotaLeft.length) {
      quotaLeft = Arrays.copyOf(quotaLeft, slotCount * 2);
    }
    quotaLeft[slotCount] = limit;
    return slotCount++;
  }

  /** Returns whether the applicant's region quotas (given as slots) are full. */
  boolean quotaFull(int[] slots) {
    for (int slot : slots) {
      if (quotaLeft[slot] <= 0) {
        return true;
      }
    }
    return false;
  }

  boolean quotaFull(Applicant applicant) {
    return quotaFull(slotsOf(applicant));
  }

  /** Returns the free seats of the numbered cohort, taking the total into account. */
  int freeSeats(int cohort) {
    return cohort == NOT_OFFERED ? 0 : Math.min(cohortFree[cohort], totalFree);
  }

  int freeSeats(CohortId cohort) {
    return freeSeats(cohortNumber(cohort));
  }

  /** Returns the free seats of the numbered cohort, not counting the total. */
  int cohortFree(int cohort) {
    return cohortFree[cohort];
  }

  /** Returns the number of cohort counters (1 when every cohort shares one unlimited counter). */
  int cohortCount() {
    return cohortFree.length;
  }

  /** Returns whether the total and the applicant's region quotas (given as slots) leave a seat. */
  boolean admits(int[] slots) {
    return totalFree > 0 && !quotaFull(slots);
  }

  /**
   * Moves one seated applicant from one numbered cohort to another; the total, the quotas and the
   * reservations are unchanged.
   */
  void move(int from, int to) {
    vacate(from);
    occupy(to);
  }

  /** Frees one seat of the numbered cohort for a seated applicant who is about to be moved. */
  void vacate(int cohort) {
    cohortFree[cohort]++;
  }

  /** Fills one seat of the numbered cohort with an applicant already counted as seated. */
  void occupy(int cohort) {
    cohortFree[cohort]--;
  }

  /**
   * Returns the index in {@code cohorts} of the first choice with a free seat, or -1 if none or a
   * quota (given as slots) is full.
   */
  int choose(int[] cohorts, int[] slots) {
    if (quotaFull(slots)) {
      return -1;
    }
    for (int i = 0; i < cohorts.length; i++) {
      if (freeSeats(cohorts[i]) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the first cohort chosen with a free seat, or null if none or the quota is full. */
  @Nullable CohortId seatFor(Applicant applicant, List<CohortId> choices) {
    int choice = choose(cohortsOf(choices), slotsOf(applicant));
    return choice < 0 ? null : choices.get(choice);
  }

  /** Seats the applicant in the numbered cohort, counting the quota slots and reservations. */
  void take(int cohort, int[] slots, Applicant applicant) {
    cohortFree[cohort]--;
    totalFree--;
    for (int slot : slots) {
      quotaLeft[slot]--;
    }
    for (int i = 0; i < reservedLeft.length; i++) {
      if (applicant.isMemberOf(reservations.get(i).group())) {
        reservedLeft[i]--;
      }
    }
  }

  void take(Application application, CohortId cohort) {
    take(cohortNumber(cohort), slotsOf(application.applicant()), application.applicant());
  }

  int reservationCount() {
    return reservations.size();
  }

  boolean reservationUnfilled(int index) {
    return reservedLeft[index] > 0;
  }

  /** Returns whether the applicant belongs to a group whose reservation is not yet filled. */
  boolean fillsReservation(Applicant applicant) {
    for (int i = 0; i < reservedLeft.length; i++) {
      if (reservationUnfilled(i) && applicant.isMemberOf(reservations.get(i).group())) {
        return true;
      }
    }
    return false;
  }

  boolean anyReservationUnfilled() {
    for (int i = 0; i < reservedLeft.length; i++) {
      if (reservationUnfilled(i)) {
        return true;
      }
    }
    return false;
  }

  boolean isMemberOfReservation(Applicant applicant, int index) {
    return applicant.isMemberOf(reservations.get(index).group());
  }
}
