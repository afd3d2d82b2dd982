package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.Nik;
import id.terampil.core.internal.NikMap;
import id.terampil.core.identity.CohortId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The result of a selection: the selected applicants and the waitlist in rank order, the rejected
 * applications (ranked ones in rank order, then the unranked ordered by NIK), and seats released
 * after selection. Every application given to {@link SelectionPolicy#select} appears exactly once.
 *
 * <p>A result is a value: {@link #release(Nik)} and {@link #promoteNext(CohortId)} return new
 * results. Promotion takes the best-ranked waitlisted applicant who chose the cohort and whose
 * region quotas are not full; while a {@linkplain TargetGroupReservation reservation} is unfilled,
 * members of its group who fit come first.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SelectionResult {

  private static final Comparator<SelectionOutcome> BY_RANK =
      Comparator.comparingInt(o -> o.rank().orElse(Integer.MAX_VALUE));

  private final SelectionPolicy policy;
  /** The seats per cohort the selection ran with (empty: every cohort, unlimited). */
  private final ImmutableMap<CohortId, Integer> seats;
  private final ImmutableList<SelectionOutcome> selected;
  private final ImmutableList<SelectionOutcome> waitlisted;
  private final ImmutableList<SelectionOutcome> rejected;
  private final ImmutableList<SelectionOutcome> released;
  private final ImmutableList<SelectionOutcome> all;
  /**
   * The position in {@link #all} of each NIK's outcome: the kept application's, or the first
   * listed of its conflicting duplicates; never a {@link SelectionReason#DUPLICATE_NIK}'s.
   */
  private final NikMap byNik;

  SelectionResult(
      SelectionPolicy policy,
      ImmutableMap<CohortId, Integer> seats,
      ImmutableList<SelectionOutcome> selected,
      ImmutableList<SelectionOutcome> waitlisted,
      ImmutableList<SelectionOutcome> rejected,
      ImmutableList<SelectionOutcome> released) {
    this.policy = policy;
    this.seats = seats;
    this.selected = selected;
    this.waitlisted = waitlisted;
    this.rejected = rejected;
    this.released = released;
    this.all =
        ImmutableList.<SelectionOutcome>builderWithExpectedSize(
                selected.size() + waitlisted.size() + rejected.size() + released.size())
            .addAll(selected)
            .addAll(waitlisted)
            .addAll(rejected)
            .addAll(released)
            .build();
    this.byNik = index(all);
  }

  private static NikMap index(ImmutableList<SelectionOutcome> all) {
    NikMap index = new NikMap(all.size());
    for (int i = 0; i < all.size(); i++) {
      SelectionOutcome o = all.get(i);
      if (o.reason() != SelectionReason.DUPLICATE_NIK) {
        long unused = index.putIfAbsent(o.nik().toLong(), i);
      }
    }
    return index;
  }

  /**
   * Returns the policy that produced this result.
   *
   * @return the policy, not null
   */
  public SelectionPolicy policy() {
    return policy;
  }

  /**
   * Returns the selected applications in rank order.
   *
   * @return the selected outcomes, not null
   */
  public ImmutableList<SelectionOutcome> selected() {
    return selected;
  }

  /**
   * Returns the waitlist in rank order (the first is promoted first, quotas permitting).
   *
   * @return the waitlisted outcomes, not null
   */
  public ImmutableList<SelectionOutcome> waitlisted() {
    return waitlisted;
  }

  /**
   * Returns the rejected applications: those ranked but beyond the waitlist in rank order, then
   * the unranked (ineligible, duplicate, no offered cohort) by NIK.
   *
   * @return the rejected outcomes, not null
   */
  public ImmutableList<SelectionOutcome> rejected() {
    return rejected;
  }

  /**
   * Returns the outcomes of seats given up after selection, in the order released.
   *
   * @return the released outcomes, not null
   */
  public ImmutableList<SelectionOutcome> released() {
    return released;
  }

  /**
   * Returns every outcome: selected, waitlisted, rejected, released.
   *
   * @return all outcomes, one per application, not null
   */
  public ImmutableList<SelectionOutcome> all() {
    return all;
  }

  /**
   * Returns the outcome of the application kept for {@code nik} (not a duplicate's). If the NIK's
   * applications conflicted ({@link SelectionReason#DUPLICATE_NIK_CONFLICT}), none was kept and
   * this is the first listed of their outcomes.
   *
   * @param nik the NIK, not null
   * @return the outcome, or empty if no application had this NIK
   */
  public Optional<SelectionOutcome> outcomeOf(Nik nik) {
    long index = byNik.get(checkNotNull(nik, "nik must not be null").toLong());
    return index < 0 ? Optional.empty() : Optional.of(all.get((int) index));
  }

  /**
   * Returns the free seats in {@code cohort}, taking the total into account.
   *
   * @param cohort the cohort, not null
   * @return the free seats, 0 if the cohort is not offered; {@link Integer#MAX_VALUE} if unlimited
   */
  public int freeSeats(CohortId cohort) {
    return ledger().freeSeats(checkNotNull(cohort, "cohort must not be null"));
  }

  /**
   * Returns the result after the selected applicant with {@code nik} gave up the seat: their
   * outcome moves to {@link #released()}, freeing the seat and their quota place. Nobody is
   * promoted; see {@link #releaseAndPromote(Nik)}.
   *
   * @param nik the NIK of a selected applicant, not null
   * @return the new result, not null
   * @throws IllegalArgumentException if no selected applicant has this NIK
   */
  public SelectionResult release(Nik nik) {
    SelectionOutcome leaving = outcomeOf(nik).orElse(null);
    checkArgument(
        leaving != null && leaving.status() == SelectionStatus.SELECTED,
        "no selected applicant with NIK %s",
        nik.masked());
    List<SelectionOutcome> stay = new ArrayList<>(selected);
    stay.remove(leaving);
    return new SelectionResult(
        policy,
        seats,
        ImmutableList.copyOf(stay),
        waitlisted,
        rejected,
        ImmutableList.<SelectionOutcome>builder().addAll(released).add(leaving.released()).build());
  }

  /**
   * Returns the waitlisted applicant who would be promoted to a free seat in {@code cohort}.
   *
   * @param cohort the cohort, not null
   * @return the outcome of that applicant, or empty if the cohort has no free seat or nobody on the
   *     waitlist chose it and fits the quotas
   */
  public Optional<SelectionOutcome> nextInLine(CohortId cohort) {
    checkNotNull(cohort, "cohort must not be null");
    Ledger ledger = ledger();
    if (ledger.freeSeats(cohort) <= 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(nextInLine(ledger, cohort));
  }

  /**
   * Returns the result after promoting the {@linkplain #nextInLine(CohortId) next in line} to a
   * free seat of {@code cohort}, with the reason {@link SelectionReason#PROMOTED}.
   *
   * @param cohort the cohort with a free seat, not null
   * @return the new result, or this result if nobody fits
   * @throws IllegalStateException if the cohort has no free seat
   */
  public SelectionResult promoteNext(CohortId cohort) {
    checkNotNull(cohort, "cohort must not be null");
    // One replay of the selected into a ledger, for both the free-seat check and the pick.
    Ledger ledger = ledger();
    checkState(ledger.freeSeats(cohort) > 0, "cohort %s has no free seat", cohort);
    SelectionOutcome next = nextInLine(ledger, cohort);
    return next == null ? this : promote(next, cohort);
  }

  /**
   * Returns the result after promoting the best-placed waitlisted applicant who fits a free seat
   * in any of their chosen cohorts (the first such choice).
   *
   * @return the new result, or this result if no free seat fits anyone on the waitlist
   */
  public SelectionResult promoteNext() {
    Ledger ledger = ledger();
    SelectionOutcome next =
        pick(ledger, o -> ledger.seatFor(o.application().applicant(), o.eligibleChoices()) != null);
    if (next == null) {
      return this;
    }
    return promote(
        next,
        checkNotNull(ledger.seatFor(next.application().applicant(), next.eligibleChoices())));
  }

  /**
   * Releases the seat of the selected applicant with {@code nik} and promotes the next in line to
   * it (see {@link #promoteNext(CohortId)}).
   *
   * @param nik the NIK of a selected applicant, not null
   * @return the new result, not null
   * @throws IllegalArgumentException if no selected applicant has this NIK
   */
  public SelectionResult releaseAndPromote(Nik nik) {
    SelectionResult afterRelease = release(nik);
    CohortId cohort = afterRelease.released.get(afterRelease.released.size() - 1).cohort().orElseThrow();
    // The seat just released is free: no cohort holds more selected than seats.
    return afterRelease.promoteNext(cohort);
  }

  private Ledger ledger() {
    Ledger ledger = new Ledger(policy, seats);
    for (SelectionOutcome o : selected) {
      ledger.take(o.application(), o.cohort().orElseThrow());
    }
    return ledger;
  }

  /** Returns the waitlisted applicant to promote into {@code cohort}, which has a free seat. */
  private @Nullable SelectionOutcome nextInLine(Ledger ledger, CohortId cohort) {
    return pick(ledger, o -> o.eligibleChoices().contains(cohort));
  }

  private @Nullable SelectionOutcome pick(Ledger ledger, Predicate<SelectionOutcome> fitsSeat) {
    SelectionOutcome first = null;
    boolean reservationsOpen = ledger.anyReservationUnfilled();
    for (SelectionOutcome o : waitlisted) {
      if (ledger.quotaFull(o.application().applicant()) || !fitsSeat.test(o)) {
        continue;
      }
      if (!reservationsOpen || ledger.fillsReservation(o.application().applicant())) {
        return o;
      }
      if (first == null) {
        first = o;
      }
    }
    return first;
  }

  private SelectionResult promote(SelectionOutcome next, CohortId cohort) {
    List<SelectionOutcome> newSelected = new ArrayList<>(selected.size() + 1);
    newSelected.addAll(selected);
    newSelected.add(next.promotedTo(cohort));
    newSelected.sort(BY_RANK);
    List<SelectionOutcome> newWaitlist = new ArrayList<>(waitlisted);
    newWaitlist.remove(next);
    return new SelectionResult(
        policy,
        seats,
        ImmutableList.copyOf(newSelected),
        ImmutableList.copyOf(newWaitlist),
        rejected,
        released);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SelectionResult)) {
      return false;
    }
    SelectionResult that = (SelectionResult) obj;
    return policy.equals(that.policy)
        && selected.equals(that.selected)
        && waitlisted.equals(that.waitlisted)
        && rejected.equals(that.rejected)
        && released.equals(that.released);
  }

  @Override
  public int hashCode() {
    return Objects.hash(selected, waitlisted, rejected, released);
  }

  /**
   * Returns the counts, e.g. {@code SelectionResult{selected=30, waitlisted=12, rejected=5,
   * released=0}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "SelectionResult{selected="
        + selected.size()
        + ", waitlisted="
        + waitlisted.size()
        + ", rejected="
        + rejected.size()
        + ", released="
        + released.size()
        + "}";
  }
}
