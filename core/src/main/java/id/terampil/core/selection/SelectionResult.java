package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The result of a selection: the selected applicants in rank order, the <em>promotion pool</em>
 * (every ranked applicant without a seat, in rank order), the published waitlist drawn from it,
 * the rejected applications, and seats released after selection. Every application given to
 * {@link SelectionPolicy#select} appears exactly once in {@link #all()}.
 *
 * <h2>Pool, waitlist and rejected</h2>
 *
 * <p>The published waitlist is drawn per cohort from the pool: for each cohort, the first {@link
 * SelectionPolicy#waitlistLimit()} of the pool who chose it (among their {@linkplain
 * SelectionOutcome#eligibleChoices() eligible choices}) and could be promoted there now, in the
 * order promotion would take them ({@link #waitlist(CohortId)}). "Could be promoted now" means
 * their region quotas are not full; while a {@linkplain TargetGroupReservation reservation} is
 * unfilled, members of its group come first. {@link #waitlisted()} lists everyone on some cohort's
 * waitlist once, in rank order, with {@link SelectionReason#NO_SEATS}. Everyone else in the pool is
 * {@linkplain #rejected() rejected} with {@link SelectionReason#QUOTA_FULL} (a region quota blocks
 * them now) or {@link SelectionReason#NO_SEATS} (beyond every waitlist of their choices), <em>but
 * stays in the pool</em>: promotion picks from the whole pool, and each release or promotion
 * recomputes the waitlist and every pool member's status and reason, so a rejected applicant may
 * be waitlisted or promoted later.
 *
 * <h2>Promotion</h2>
 *
 * <p>A result is a value: {@link #release(Nik)}, {@link #promoteNext(CohortId, LocalDate)}, {@link
 * #promoteNext(LocalDate)} and {@link #releaseAndPromote(Nik, LocalDate)} return new results.
 * Promotion into a cohort takes the best-ranked applicant of the pool who chose it and fits the
 * region quotas as they stand (after the release); while a reservation is unfilled, members of its
 * group who fit come first. It is open until the cohort's {@linkplain #promotionCutOff(CohortId)
 * cut-off}: its first training day plus {@link SelectionPolicy#promotionClosesAfterDays()}; after
 * that nobody is promoted and a released seat stays free. A result of the package's test path,
 * selected without a program, has no cut-off.
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
  /** The program selected for, or null on the test path without one (no cut-off). */
  private final @Nullable TrainingProgram program;
  private final ImmutableList<SelectionOutcome> selected;
  /** Every ranked applicant without a seat, in rank order, with the status published now. */
  private final ImmutableList<SelectionOutcome> pool;
  private final ImmutableList<SelectionOutcome> waitlisted;
  private final ImmutableList<SelectionOutcome> rejected;
  /** The rejected applications that were not ranked, in their fixed order. */
  private final ImmutableList<SelectionOutcome> unranked;
  private final ImmutableList<SelectionOutcome> released;
  private final ImmutableList<SelectionOutcome> all;
  /**
   * The position in {@link #all} of each NIK's outcome: the kept application's, or the first
   * listed of its conflicting duplicates; never a {@link SelectionReason#DUPLICATE_NIK}'s.
   */
  private final ImmutableMap<Nik, SelectionOutcome> byNik;

  /**
   * A result; the status and reason of each pool member are recomputed here from the seats taken,
   * whatever they were given as.
   */
  SelectionResult(
      SelectionPolicy policy,
      ImmutableMap<CohortId, Integer> seats,
      @Nullable TrainingProgram program,
      ImmutableList<SelectionOutcome> selected,
      List<SelectionOutcome> pool,
      ImmutableList<SelectionOutcome> unranked,
      ImmutableList<SelectionOutcome> released) {
    this.policy = policy;
    this.seats = seats;
    this.program = program;
    this.selected = selected;
    this.unranked = unranked;
    this.released = released;
    this.pool = publish(policy, ledger(policy, seats, selected), pool);
    ImmutableList.Builder<SelectionOutcome> waiting = ImmutableList.builder();
    ImmutableList.Builder<SelectionOutcome> refused = ImmutableList.builder();
    for (SelectionOutcome o : this.pool) {
      (o.status() == SelectionStatus.WAITLISTED ? waiting : refused).add(o);
    }
    this.waitlisted = waiting.build();
    this.rejected = refused.addAll(unranked).build();
    this.all =
        ImmutableList.<SelectionOutcome>builderWithExpectedSize(
                selected.size() + this.pool.size() + unranked.size() + released.size())
            .addAll(selected)
            .addAll(waitlisted)
            .addAll(rejected)
            .addAll(released)
            .build();
    this.byNik = index(all);
  }

  /**
   * Returns the pool with the statuses published now: per cohort the first {@code waitlistLimit}
   * of those who chose it and are not blocked by a quota (members of unfilled reservations first)
   * are waitlisted; the rest are rejected with the reason that keeps them out now.
   */
  private static ImmutableList<SelectionOutcome> publish(
      SelectionPolicy policy, Ledger ledger, List<SelectionOutcome> pool) {
    int limit = policy.waitlistLimit().orElse(Integer.MAX_VALUE);
    boolean reservationsOpen = ledger.anyReservationUnfilled();
    boolean[] blocked = new boolean[pool.size()];
    boolean[] listed = new boolean[pool.size()];
    for (int i = 0; i < blocked.length; i++) {
      blocked[i] = ledger.quotaFull(pool.get(i).application().applicant());
    }
    Map<CohortId, int[]> listedPerCohort = new HashMap<>();
    // Without an open reservation one pass in rank order; with one, its members first.
    for (int pass = reservationsOpen ? 0 : 1; pass < 2; pass++) {
      for (int i = 0; i < blocked.length; i++) {
        SelectionOutcome o = pool.get(i);
        if (blocked[i]
            || (reservationsOpen
                && (pass == 0) != ledger.fillsReservation(o.application().applicant()))) {
          continue;
        }
        for (CohortId c : o.eligibleChoices()) {
          int[] count = listedPerCohort.computeIfAbsent(c, k -> new int[1]);
          if (count[0] < limit) {
            count[0]++;
            listed[i] = true;
          }
        }
      }
    }
    ImmutableList.Builder<SelectionOutcome> published =
        ImmutableList.builderWithExpectedSize(pool.size());
    for (int i = 0; i < blocked.length; i++) {
      published.add(
          pool.get(i)
              .unseated(
                  listed[i] ? SelectionStatus.WAITLISTED : SelectionStatus.REJECTED,
                  blocked[i] ? SelectionReason.QUOTA_FULL : SelectionReason.NO_SEATS));
    }
    return published.build();
  }

  /** Returns each NIK's outcome, as {@link #byNik} holds them: the first listed wins. */
  private static ImmutableMap<Nik, SelectionOutcome> index(ImmutableList<SelectionOutcome> all) {
    ImmutableMap.Builder<Nik, SelectionOutcome> index =
        ImmutableMap.builderWithExpectedSize(all.size());
    for (SelectionOutcome o : all.reverse()) {
      if (o.reason() != SelectionReason.DUPLICATE_NIK) {
        index.put(o.nik(), o);
      }
    }
    return index.buildKeepingLast();
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
   * Returns the published waitlist: everyone on the {@linkplain #waitlist(CohortId) waitlist of
   * some cohort}, once, in rank order. Recomputed after every release and promotion.
   *
   * @return the waitlisted outcomes, each with {@link SelectionReason#NO_SEATS}, not null
   */
  public ImmutableList<SelectionOutcome> waitlisted() {
    return waitlisted;
  }

  /**
   * Returns the published waitlist of {@code cohort} in the order promotion would take them: the
   * first {@link SelectionPolicy#waitlistLimit()} of the pool who chose the cohort among their
   * eligible choices and whose region quotas are not full; while a reservation is unfilled, the
   * members of its group among them first, then the others, each in rank order.
   *
   * @param cohort the cohort, not null
   * @return the waitlist of the cohort, not null, empty if nobody waits for it
   */
  public ImmutableList<SelectionOutcome> waitlist(CohortId cohort) {
    checkNotNull(cohort, "cohort must not be null");
    Ledger ledger = ledger();
    int limit = policy.waitlistLimit().orElse(Integer.MAX_VALUE);
    ImmutableList.Builder<SelectionOutcome> list = ImmutableList.builder();
    int n = 0;
    for (SelectionOutcome o : promotionOrder(ledger, o -> o.eligibleChoices().contains(cohort))) {
      if (n++ == limit) {
        break;
      }
      list.add(o);
    }
    return list.build();
  }

  /**
   * Returns the promotion pool: every ranked applicant without a seat, in rank order, waitlisted or
   * not. Promotion picks from all of them; see the class documentation.
   *
   * @return the pool, not null
   */
  public ImmutableList<SelectionOutcome> promotionPool() {
    return pool;
  }

  /**
   * Returns the rejected applications: first the pool members not on any waitlist now, in rank
   * order, with {@link SelectionReason#QUOTA_FULL} or {@link SelectionReason#NO_SEATS} (they stay
   * in the {@linkplain #promotionPool() promotion pool}); then the unranked (ineligible, duplicate,
   * conflicting duplicates, no offered cohort) by NIK, registration time, application number and
   * reason, those alike in all these in the order of the input.
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
    return Optional.ofNullable(byNik.get(checkNotNull(nik, "nik must not be null")));
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
   * outcome moves to {@link #released()}, freeing the seat and their quota place, and the waitlist
   * is recomputed. Nobody is promoted; see {@link #releaseAndPromote(Nik, LocalDate)}.
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
        program,
        ImmutableList.copyOf(stay),
        pool,
        unranked,
        ImmutableList.<SelectionOutcome>builder().addAll(released).add(leaving.released()).build());
  }

  /**
   * Returns the applicant of the pool who would be promoted to a free seat in {@code cohort}: the
   * first of the cohort's promotion order (see {@link #waitlist(CohortId)}; the waitlist limit does
   * not apply). The cut-off is not considered; see {@link #isPromotionOpen(CohortId, LocalDate)}.
   *
   * @param cohort the cohort, not null
   * @return the outcome of that applicant, or empty if the cohort has no free seat or nobody in the
   *     pool chose it and fits the quotas
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
   * Returns the last day on which a seat of {@code cohort} is given to the next in line: the
   * cohort's first training day plus {@link SelectionPolicy#promotionClosesAfterDays()}.
   *
   * @param cohort the cohort, not null
   * @return the cut-off, or empty if the selection ran without a program (the package's test path)
   *     or the program has no such cohort
   */
  public Optional<LocalDate> promotionCutOff(CohortId cohort) {
    checkNotNull(cohort, "cohort must not be null");
    if (program == null) {
      return Optional.empty();
    }
    return program
        .cohort(cohort)
        .map(Cohort::trainingDays)
        .map(days -> days.first().plusDays(policy.promotionClosesAfterDays()));
  }

  /**
   * Returns whether promotion into {@code cohort} is open on {@code asOf}: on or before its
   * {@linkplain #promotionCutOff(CohortId) cut-off}, or always if it has none.
   *
   * @param cohort the cohort, not null
   * @param asOf the date of the release or promotion, not null
   * @return true if a seat of the cohort freed on {@code asOf} goes to the next in line
   */
  public boolean isPromotionOpen(CohortId cohort, LocalDate asOf) {
    checkNotNull(asOf, "asOf must not be null");
    return promotionCutOff(cohort).map(cutOff -> !asOf.isAfter(cutOff)).orElse(true);
  }

  /**
   * Returns the result after promoting the {@linkplain #nextInLine(CohortId) next in line} to a
   * free seat of {@code cohort} on {@code asOf}, with the reason {@link SelectionReason#PROMOTED};
   * the waitlist is recomputed.
   *
   * @param cohort the cohort with a free seat, not null
   * @param asOf the date of the promotion, not null
   * @return the new result, or this result if nobody fits or promotion into the cohort has closed
   *     ({@code asOf} is after its {@linkplain #promotionCutOff(CohortId) cut-off})
   * @throws IllegalStateException if the cohort has no free seat
   */
  public SelectionResult promoteNext(CohortId cohort, LocalDate asOf) {
    checkNotNull(cohort, "cohort must not be null");
    checkNotNull(asOf, "asOf must not be null");
    // One replay of the selected into a ledger, for both the free-seat check and the pick.
    Ledger ledger = ledger();
    checkState(ledger.freeSeats(cohort) > 0, "cohort %s has no free seat", cohort);
    if (!isPromotionOpen(cohort, asOf)) {
      return this;
    }
    SelectionOutcome next = nextInLine(ledger, cohort);
    return next == null ? this : promote(next, cohort);
  }

  /**
   * Returns the result after promoting, on {@code asOf}, the best-placed applicant of the pool who
   * fits a free seat in one of their eligible choices whose promotion is still open (into the first
   * such choice).
   *
   * @param asOf the date of the promotion, not null
   * @return the new result, or this result if no open free seat fits anyone in the pool
   */
  public SelectionResult promoteNext(LocalDate asOf) {
    checkNotNull(asOf, "asOf must not be null");
    Ledger ledger = ledger();
    SelectionOutcome next = pick(ledger, o -> seatFor(ledger, o, asOf) != null);
    if (next == null) {
      return this;
    }
    return promote(next, checkNotNull(seatFor(ledger, next, asOf)));
  }

  /**
   * Releases the seat of the selected applicant with {@code nik} and, if promotion into its cohort
   * is still open on {@code asOf}, promotes the next in line to it (see {@link
   * #promoteNext(CohortId, LocalDate)}); after the cut-off the seat stays free.
   *
   * <p>Only the released seat's cohort is refilled, and by one applicant at most. Under {@link
   * SelectionPolicy#totalSeats()} the release also frees a place in the total: if nobody fits the
   * released cohort, that place stays free, and every other cohort with room of its own counts it
   * among its {@linkplain #freeSeats(CohortId) free seats} (a later release there refills only its
   * own seat). {@link #promoteNext(LocalDate)} gives such places out.
   *
   * @param nik the NIK of a selected applicant, not null
   * @param asOf the date of the release, not null
   * @return the new result, not null
   * @throws IllegalArgumentException if no selected applicant has this NIK
   */
  public SelectionResult releaseAndPromote(Nik nik, LocalDate asOf) {
    checkNotNull(asOf, "asOf must not be null");
    SelectionResult afterRelease = release(nik);
    CohortId cohort =
        afterRelease.released.get(afterRelease.released.size() - 1).cohort().orElseThrow();
    // The seat just released is free: no cohort holds more selected than seats.
    return afterRelease.promoteNext(cohort, asOf);
  }

  private Ledger ledger() {
    return ledger(policy, seats, selected);
  }

  private static Ledger ledger(
      SelectionPolicy policy,
      ImmutableMap<CohortId, Integer> seats,
      List<SelectionOutcome> selected) {
    Ledger ledger = new Ledger(policy, seats);
    for (SelectionOutcome o : selected) {
      ledger.take(o.application(), o.cohort().orElseThrow());
    }
    return ledger;
  }

  /** Returns the first eligible choice open on {@code asOf} with a free seat that fits, or null. */
  private @Nullable CohortId seatFor(Ledger ledger, SelectionOutcome o, LocalDate asOf) {
    List<CohortId> open = new ArrayList<>(o.eligibleChoices().size());
    for (CohortId c : o.eligibleChoices()) {
      if (isPromotionOpen(c, asOf)) {
        open.add(c);
      }
    }
    return ledger.seatFor(o.application().applicant(), open);
  }

  /** Returns the applicant of the pool to promote into {@code cohort}, which has a free seat. */
  private @Nullable SelectionOutcome nextInLine(Ledger ledger, CohortId cohort) {
    return pick(ledger, o -> o.eligibleChoices().contains(cohort));
  }

  private @Nullable SelectionOutcome pick(Ledger ledger, Predicate<SelectionOutcome> fitsSeat) {
    SelectionOutcome first = null;
    boolean reservationsOpen = ledger.anyReservationUnfilled();
    for (SelectionOutcome o : pool) {
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

  /**
   * Returns the pool members who fit {@code fitsSeat} and whose quotas are not full, in promotion
   * order: while a reservation is unfilled its members first, each part in rank order.
   */
  private List<SelectionOutcome> promotionOrder(
      Ledger ledger, Predicate<SelectionOutcome> fitsSeat) {
    List<SelectionOutcome> members = new ArrayList<>();
    List<SelectionOutcome> others = new ArrayList<>();
    boolean reservationsOpen = ledger.anyReservationUnfilled();
    for (SelectionOutcome o : pool) {
      if (ledger.quotaFull(o.application().applicant()) || !fitsSeat.test(o)) {
        continue;
      }
      if (reservationsOpen && ledger.fillsReservation(o.application().applicant())) {
        members.add(o);
      } else {
        others.add(o);
      }
    }
    members.addAll(others);
    return members;
  }

  private SelectionResult promote(SelectionOutcome next, CohortId cohort) {
    List<SelectionOutcome> newSelected = new ArrayList<>(selected.size() + 1);
    newSelected.addAll(selected);
    newSelected.add(next.promotedTo(cohort));
    newSelected.sort(BY_RANK);
    List<SelectionOutcome> newPool = new ArrayList<>(pool);
    newPool.remove(next);
    return new SelectionResult(
        policy, seats, program, ImmutableList.copyOf(newSelected), newPool, unranked, released);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SelectionResult)) {
      return false;
    }
    SelectionResult that = (SelectionResult) obj;
    return policy.equals(that.policy)
        && Objects.equals(program, that.program)
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
