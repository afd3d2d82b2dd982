package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Application;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Intake;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * How applicants are selected (seleksi peserta) when they may exceed the seats: seats per cohort
 * and/or in total, ordered {@linkplain PriorityTier priority tiers}, {@linkplain RegionQuota
 * per-region quotas} (e.g. 40 per kelurahan), {@linkplain TargetGroupReservation reserved seats}
 * for target groups, {@linkplain TieBreaker tie-breakers} and a lottery seed, an optional limit
 * on each cohort's published waitlist, and when promotion closes.
 *
 * <h2>The algorithm of {@link #select(TrainingProgram, LocalDate, Iterable, Map)}</h2>
 *
 * <ol>
 *   <li>Applications sharing a NIK: the earliest registered is kept, the others are rejected as
 *       {@link SelectionReason#DUPLICATE_NIK}. Of several registered at the same earliest time,
 *       equal ones ({@link Application#equals}) count as one; different ones are ordered by their
 *       {@linkplain Application#applicationNumber() application numbers} when each has one (the
 *       lowest is kept, unless a different application has the same number); otherwise none of
 *       them is ranked: each is rejected as {@link SelectionReason#DUPLICATE_NIK_CONFLICT} (and
 *       the later ones as {@link SelectionReason#DUPLICATE_NIK}). No text is compared, and the
 *       decision does not depend on the order of the input.
 *   <li>Applications that choose no cohort open to registration are rejected as {@link
 *       SelectionReason#COHORT_NOT_OFFERED}. Each offered choice of a kept application is judged
 *       by that cohort's {@linkplain TrainingProgram#admission(CohortId) admission}; choices it
 *       refuses are dropped, and an application refused by every choice is rejected as {@link
 *       SelectionReason#INELIGIBLE} with every unmet rule of its first offered choice.
 *   <li>The rest are ranked once: by tier (the first tier whose predicate admits the application;
 *       none comes last), then by the tie-breakers in order, then by {@linkplain #lotteryNumber(Nik)
 *       lottery number}, then by NIK. The ranking is a total order, so the result does not depend
 *       on the order of the input.
 *   <li>Reserved seats: for each reservation in order, the best-ranked members of its group are
 *       seated until the reservation is filled. Such a member holds a seat, not yet a cohort: until
 *       its turn in the next step it may be moved to another cohort of its choices to free a seat
 *       for someone else. A seat in a full cohort is freed when one of its holders can move to
 *       another of its choices that has a free seat or where a seat can be freed in the same way.
 *       Room is made exactly when the holders and one more applicant fit the free seats of their
 *       choices, so which holders move changes no outcome.
 *   <li>Then every application in rank order: if the total and its region quotas leave a seat, it
 *       takes a seat in the first cohort of its choices where one is free or can be freed by
 *       moving holders. A holder's turn settles it: it takes the first cohort of its choices
 *       open to it in the same way, its own held seat counting as free. So no applicant is kept
 *       out of a cohort at its turn while holders ranked after it can make room there by moving
 *       to other cohorts of their choices, and one reservation's members do not take the only
 *       seats another's could use when they can sit elsewhere.
 *   <li>Those left without a seat form the <em>promotion pool</em>, in rank order (see {@link
 *       SelectionResult#promotionPool()}). From it the published waitlist is drawn <em>per
 *       cohort</em>: the first {@link #waitlistLimit()} of those who chose the cohort and could be
 *       promoted there now (their region quotas are not full; while a reservation is unfilled, its
 *       group's members first). They are {@link SelectionStatus#WAITLISTED} with {@link
 *       SelectionReason#NO_SEATS}; the rest of the pool is {@link SelectionStatus#REJECTED} with
 *       {@link SelectionReason#QUOTA_FULL} (a region quota blocks them now) or {@link
 *       SelectionReason#NO_SEATS} (beyond the waitlist of every cohort they chose), but stays in
 *       the pool and may still be promoted.
 * </ol>
 *
 * <h2>Promotion</h2>
 *
 * <p>{@link SelectionResult#releaseAndPromote(Nik, LocalDate)} frees a seat and gives it to the
 * best-ranked applicant in the whole pool who chose that cohort (among their {@linkplain
 * SelectionOutcome#eligibleChoices() eligible choices}) and fits the region quotas and
 * reservations as they stand after the release; the waitlist and every pool member's status are
 * recomputed after each change. Promotion into a cohort is open through its first training day
 * plus {@link #promotionClosesAfterDays()} days (by default through the first training day);
 * after that a released seat stays free.
 *
 * <p>The whole selection takes O(n log n) time for n applications (one sort, on keys computed once
 * per application; counters in arrays), plus the cost of the eligibility evaluator and, with
 * reservations, of the searches for room among the holders: each takes time linear in the
 * holders' choices, and one that fails is not repeated for the same cohort until a holder is
 * added, moved or settled.
 *
 * <p>Immutable; thread-safe as far as the tier predicates are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SelectionPolicy {

  /** The furthest promotion may close from a cohort's first training day, in days. */
  private static final int MAX_PROMOTION_DAYS = 366;

  SelectionPolicy() {}

  /**
   * Returns lowered seats for some cohorts, e.g. fewer places in a first round. The seats of a
   * cohort are its own {@linkplain Seats#max() capacity} (see {@link #seatsIn(TrainingProgram)}); a
   * policy may lower them, never raise them. Empty unless given.
   *
   * @return the seats per cohort, each at least 1, not null
   */
  public abstract ImmutableMap<CohortId, Integer> seatsPerCohort();

  /**
   * Returns the limit on the seats over all cohorts, if any.
   *
   * @return the total seats, at least 1, or empty
   */
  public abstract Optional<Integer> totalSeats();

  /**
   * Returns the priority tiers, most prioritised first.
   *
   * @return the tiers, not null, possibly empty
   */
  public abstract ImmutableList<PriorityTier> tiers();

  /**
   * Returns the per-region quotas, each at a different level.
   *
   * @return the quotas, not null, possibly empty
   */
  public abstract ImmutableList<RegionQuota> regionQuotas();

  /**
   * Returns the seats reserved for target groups, each group once.
   *
   * @return the reservations, not null, possibly empty
   */
  public abstract ImmutableList<TargetGroupReservation> reservations();

  /**
   * Returns the tie-breakers within a tier, in order of application; the lottery number and then
   * the NIK always follow them.
   *
   * @return the tie-breakers, without repeats, not null, possibly empty
   */
  public abstract ImmutableList<TieBreaker> tieBreakers();

  /**
   * Returns the seed of the lottery; publish it with the result so the draw can be checked.
   *
   * @return the seed, 0 unless given
   */
  @Value.Default
  public long lotterySeed() {
    return 0L;
  }

  /**
   * Returns the length of the published waitlist <em>of each cohort</em>, if limited: per cohort,
   * the first this many of the unseated applicants who chose it and could be promoted there now.
   * An applicant may be on the waitlists of several cohorts. The limit shortens only what is
   * published: promotion picks from the whole {@linkplain SelectionResult#promotionPool() pool},
   * so 0 publishes no waitlist and still promotes.
   *
   * @return the limit per cohort, not negative, or empty for no limit
   */
  public abstract Optional<Integer> waitlistLimit();

  /**
   * Returns how many days after a cohort's first training day promotion into it stays open: a seat
   * released on or before {@code firstTrainingDay + promotionClosesAfterDays()} is given to the
   * next in line, a seat released later stays free. By default 0: promotion is open through the
   * first training day; a negative number closes it that many days before.
   *
   * @return the days, from -366 to 366
   */
  @Value.Default
  public int promotionClosesAfterDays() {
    return 0;
  }

  /**
   * Returns a builder; every attribute is optional: the seats come from the program's cohorts.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SelectionPolicy}. */
  public static final class Builder extends ImmutableSelectionPolicy.Builder {
    /** Creates an empty builder; prefer {@link SelectionPolicy#builder()}. */
    public Builder() {}
  }


  /**
   * Returns the lottery number of {@code nik} under this policy's seed.
   *
   * @param nik the NIK, not null
   * @return {@link #lotteryNumber(Nik, long) lotteryNumber(nik, lotterySeed())}
   */
  public long lotteryNumber(Nik nik) {
    return lotteryNumber(nik, lotterySeed());
  }

  /**
   * Returns the lottery number of {@code nik} under {@code seed}: a stable hash that anyone can
   * recompute, {@code fmix64(nik ^ fmix64(seed)) >>> 1}, where {@code nik} is the NIK as a number
   * and {@code fmix64} is the 64-bit finaliser of MurmurHash3. Lower numbers are drawn first. The
   * function is part of the API and does not change between versions.
   *
   * @param nik the NIK, not null
   * @param seed the seed
   * @return the lottery number, not negative
   */
  public static long lotteryNumber(Nik nik, long seed) {
    checkNotNull(nik, "nik must not be null");
    return fmix64(nik.toLong() ^ fmix64(seed)) >>> 1;
  }

  private static long fmix64(long k) {
    long h = k;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Selects among {@code applications} to the cohorts of {@code program} open to registration, as
   * described in the class documentation, for applicants with no training history.
   *
   * @param program the program, not null
   * @param referenceDate the date admission is judged at (usually the close of registration), not
   *     null
   * @param applications the applications, not null
   * @return the result, accounting for every application exactly once, not null
   * @throws IllegalArgumentException if this policy names a cohort the program does not open to
   *     registration, or gives a cohort more seats than the cohort has
   */
  public SelectionResult select(
      TrainingProgram program, LocalDate referenceDate, Iterable<Application> applications) {
    return select(program, referenceDate, applications, ImmutableMap.of());
  }

  /**
   * Selects among {@code applications} to the cohorts of {@code program} open to registration, as
   * described in the class documentation. Each choice of an application is judged by that cohort's
   * {@linkplain TrainingProgram#admission(CohortId) admission} at {@code referenceDate}, with the
   * applicant's history from {@code histories} (none where absent).
   *
   * @param program the program, not null
   * @param referenceDate the date admission is judged at (usually the close of registration), not
   *     null
   * @param applications the applications, not null
   * @param histories the known training histories by NIK, not null
   * @return the result, accounting for every application exactly once, not null
   * @throws IllegalArgumentException if this policy names a cohort the program does not open to
   *     registration, or gives a cohort more seats than the cohort has
   */
  public SelectionResult select(
      TrainingProgram program,
      LocalDate referenceDate,
      Iterable<Application> applications,
      Map<Nik, ParticipationHistory> histories) {
    checkNotNull(program, "program must not be null");
    checkNotNull(referenceDate, "reference date must not be null");
    checkNotNull(histories, "histories must not be null");
    ImmutableMap<CohortId, Integer> seats = seatsIn(program);
    Selector.Judge judge =
        (application, cohort) ->
            program
                .admission(cohort)
                .decide(
                    application.applicant(),
                    referenceDate,
                    histories.getOrDefault(
                        application.applicant().nik(), ParticipationHistory.empty()));
    return new Selector(this, seats, judge, program, referenceDate).select(applications);
  }

  /**
   * Returns the seats of each cohort of {@code program} open to registration: the cohort's
   * {@linkplain Seats#max() hard capacity}, lowered where {@link #seatsPerCohort()} says so.
   *
   * @param program the program, not null
   * @return the seats by cohort, in cohort order, not null
   * @throws IllegalArgumentException if this policy names a cohort the program does not open to
   *     registration, or gives a cohort more seats than the cohort has
   */
  public ImmutableMap<CohortId, Integer> seatsIn(TrainingProgram program) {
    checkNotNull(program, "program must not be null");
    ImmutableMap.Builder<CohortId, Integer> seats = ImmutableMap.builder();
    for (Cohort c : program.cohorts()) {
      if (c.intake() != Intake.OPEN_REGISTRATION) {
        continue;
      }
      int max = c.seats().max();
      Integer lowered = seatsPerCohort().get(c.id());
      checkArgument(
          lowered == null || lowered <= max,
          "selection policy seats of cohort %s (%s) must not exceed the cohort's seats (%s)",
          c.id(),
          lowered,
          max);
      seats.put(c.id(), lowered == null ? max : lowered);
    }
    ImmutableMap<CohortId, Integer> result = seats.buildOrThrow();
    for (CohortId id : seatsPerCohort().keySet()) {
      checkArgument(
          result.containsKey(id),
          "selection policy names cohort %s, which program %s does not open to registration",
          id,
          program.id());
    }
    long reserved = reservedSeats();
    long total =
        Math.min(
            result.values().stream().mapToLong(Integer::longValue).sum(),
            totalSeats().orElse(Integer.MAX_VALUE));
    checkArgument(
        reserved <= total,
        "reserved seats must not exceed the %s seats of program %s: %s",
        total,
        program.id(),
        reserved);
    return result;
  }

  /** Selects as if every application were eligible, with the policy's own seats (for tests). */
  SelectionResult select(Iterable<Application> applications) {
    return select(applications, a -> EligibilityDecision.eligible());
  }

  /**
   * Selects with the policy's own seats and one evaluator for every choice (for tests of the
   * algorithm apart from a program).
   */
  SelectionResult select(
      Iterable<Application> applications,
      Function<? super Application, EligibilityDecision> eligibility) {
    checkArgument(
        !seatsPerCohort().isEmpty() || totalSeats().isPresent(),
        "selection without a program needs seatsPerCohort or totalSeats");
    long sum = seatsPerCohort().values().stream().mapToLong(Integer::longValue).sum();
    long reserved = reservedSeats();
    checkArgument(
        seatsPerCohort().isEmpty() || reserved <= sum,
        "reserved seats must not exceed the %s seats: %s",
        sum,
        reserved);
    checkNotNull(eligibility, "eligibility evaluator must not be null");
    return new Selector(this, seatsPerCohort(), (a, c) -> eligibility.apply(a), null, null)
        .select(applications);
  }

  /** Returns the seats of all reservations together. */
  private long reservedSeats() {
    return reservations().stream().mapToLong(TargetGroupReservation::seats).sum();
  }

  @Value.Check
  final void check() {
    seatsPerCohort()
        .forEach((c, s) -> checkArgument(s >= 1, "seats of cohort %s must be at least 1: %s", c, s));
    totalSeats().ifPresent(t -> checkArgument(t >= 1, "totalSeats must be at least 1: %s", t));
    checkUnique("tiers", tiers(), PriorityTier::name);
    checkUnique("regionQuotas", regionQuotas(), RegionQuota::level);
    checkUnique("reservations", reservations(), TargetGroupReservation::group);
    checkUnique("tieBreakers", tieBreakers(), Function.identity());
    long reserved = reservedSeats();
    // Against the cohorts' seats when a program is given (seatsIn); here against the total only.
    totalSeats()
        .ifPresent(
            t ->
                checkArgument(
                    reserved <= t, "reserved seats must not exceed the %s total seats: %s", t, reserved));
    waitlistLimit()
        .ifPresent(w -> checkArgument(w >= 0, "waitlistLimit must not be negative: %s", w));
    checkArgument(
        Math.abs(promotionClosesAfterDays()) <= MAX_PROMOTION_DAYS,
        "promotionClosesAfterDays must be from -%s to %s: %s",
        MAX_PROMOTION_DAYS,
        MAX_PROMOTION_DAYS,
        promotionClosesAfterDays());
  }

  private static <T> void checkUnique(String field, List<T> items, Function<T, ?> key) {
    ImmutableSet<?> keys = items.stream().map(key).collect(ImmutableSet.toImmutableSet());
    checkArgument(keys.size() == items.size(), "%s must not repeat an entry: %s", field, items);
  }
}
