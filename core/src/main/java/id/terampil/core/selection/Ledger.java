package id.terampil.core.selection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.program.CohortId;
import id.terampil.core.region.RegionCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Seat, quota and reservation counters of one selection; every operation is O(1) per cohort choice. */
final class Ledger {

  private final ImmutableMap<CohortId, Integer> cohortSeats;
  private final int totalSeats;
  private final ImmutableList<RegionQuota> quotas;
  private final ImmutableList<TargetGroupReservation> reservations;
  private final Map<CohortId, Integer> seated = new HashMap<>();
  private final List<Map<RegionCode, Integer>> quotaCounts;
  private final int[] reservedCounts;
  private int seatedTotal;

  Ledger(SelectionPolicy policy) {
    this.cohortSeats = policy.seatsPerCohort();
    this.totalSeats = policy.totalSeats().orElse(Integer.MAX_VALUE);
    this.quotas = policy.regionQuotas();
    this.reservations = policy.reservations();
    ImmutableList.Builder<Map<RegionCode, Integer>> counts = ImmutableList.builder();
    for (int i = 0; i < quotas.size(); i++) {
      counts.add(new HashMap<>());
    }
    this.quotaCounts = counts.build();
    this.reservedCounts = new int[reservations.size()];
  }

  boolean offers(CohortId cohort) {
    return cohortSeats.isEmpty() || cohortSeats.containsKey(cohort);
  }

  int freeSeats(CohortId cohort) {
    if (!offers(cohort)) {
      return 0;
    }
    int inCohort =
        cohortSeats.isEmpty()
            ? Integer.MAX_VALUE
            : cohortSeats.get(cohort) - seated.getOrDefault(cohort, 0);
    return Math.min(inCohort, totalSeats - seatedTotal);
  }

  boolean quotaFull(Applicant applicant) {
    for (int i = 0; i < quotas.size(); i++) {
      RegionQuota quota = quotas.get(i);
      RegionCode key = quota.keyOf(applicant.domicile());
      if (quotaCounts.get(i).getOrDefault(key, 0) >= quota.limitFor(key)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the first cohort chosen with a free seat, or null if none or the quota is full. */
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
    Applicant applicant = application.applicant();
    for (int i = 0; i < quotas.size(); i++) {
      quotaCounts.get(i).merge(quotas.get(i).keyOf(applicant.domicile()), 1, Integer::sum);
    }
    for (int i = 0; i < reservations.size(); i++) {
      if (applicant.isMemberOf(reservations.get(i).group())) {
        reservedCounts[i]++;
      }
    }
  }

  int reservationCount() {
    return reservations.size();
  }

  boolean reservationUnfilled(int index) {
    return reservedCounts[index] < reservations.get(index).seats();
  }

  /** Returns whether the applicant belongs to a group whose reservation is not yet filled. */
  boolean fillsReservation(Applicant applicant) {
    for (int i = 0; i < reservations.size(); i++) {
      if (reservationUnfilled(i) && applicant.isMemberOf(reservations.get(i).group())) {
        return true;
      }
    }
    return false;
  }

  boolean anyReservationUnfilled() {
    for (int i = 0; i < reservations.size(); i++) {
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
