package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.program.FundingSource;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a training program achieved at a reference date (capaian kinerja program), for the whole
 * program ({@link #overall()}) and per cohort ({@link #byCohort()}): seats, applicants and
 * oversubscription, the enrollment funnel, completion and mean attendance rates, outcomes per
 * checkpoint, support delivered by kind, and training cost per participant and per completer by
 * funding source.
 *
 * <p>Conventions, stated once:
 *
 * <ul>
 *   <li>Funnel counts are applications (enrollments); a person in two cohorts counts in both.
 *   <li>Outcomes are per person: a completer of the program (of the cohort, for a cohort) is
 *       counted once at each checkpoint, from the latest completion; the latest observation by the
 *       reference date counts if made on or after that completion. <b>Unreachable
 *       participants are excluded from outcome rate denominators</b> (see {@link
 *       CheckpointOutcomes}); outcomes of persons who had not completed, or observed before
 *       their completion, are counted in {@link #unmatchedOutcomes()}, not in rates.
 *   <li>Support is counted per scope from the activities' {@link
 *       id.terampil.core.followup.FollowUpActivity#cohort()}; activities without a cohort count
 *       only in {@link #overall()}.
 *   <li>Costs are program-level only (funding is not split by cohort), rounded half up to whole
 *       rupiah, and empty where a funding amount is unknown.
 *   <li>Arithmetic is exact: counts are integers, rates are {@link
 *       id.terampil.core.attendance.Ratio}s, money is whole rupiah; no floating point.
 * </ul>
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProgramIndicators {

  ProgramIndicators() {}

  /**
   * Computes the indicators of {@code inputs}. Pure: the same inputs give equal indicators.
   *
   * @param inputs the program and its data at a reference date, not null
   * @return the indicators, not null
   * @throws ArithmeticException if a total of support values exceeds the largest rupiah amount
   */
  public static ProgramIndicators compute(IndicatorInputs inputs) {
    checkNotNull(inputs, "inputs must not be null");
    return IndicatorCalculator.compute(inputs);
  }

  /**
   * Returns the program's id.
   *
   * @return the id, not null
   */
  public abstract ProgramId program();

  /**
   * Returns the reference date.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the indicators of the whole program.
   *
   * @return the indicators, not null
   */
  public abstract IndicatorSet overall();

  /**
   * Returns the indicators of each cohort, in the program's cohort order.
   *
   * @return the indicators by cohort id, not null
   */
  public abstract ImmutableMap<CohortId, IndicatorSet> byCohort();

  /**
   * Returns the costs: first for all sources together, then one per funding source in the order
   * the program first lists it.
   *
   * @return the costs, not empty
   */
  public abstract ImmutableList<FundingCost> costs();

  /**
   * Returns the number of outcome observations (by the reference date) that match no completion,
   * left out of every rate: those of persons who had not completed a cohort of the program, and
   * those observed before the person's (latest) completion.
   *
   * @return the count, at least 0
   */
  public abstract int unmatchedOutcomes();

  /**
   * Returns the indicators of cohort {@code id}.
   *
   * @param id the cohort id, not null
   * @return the indicators, or empty if the program has no such cohort
   */
  public final Optional<IndicatorSet> cohort(CohortId id) {
    checkNotNull(id, "id must not be null");
    return Optional.ofNullable(byCohort().get(id));
  }

  /**
   * Returns the cost over all funding sources together.
   *
   * @return the cost, not null
   */
  public final FundingCost totalCost() {
    return costs().get(0);
  }

  /**
   * Returns the cost for funding {@code source}.
   *
   * @param source the source, not null
   * @return the cost, or empty if the program has no funding line from that source
   */
  public final Optional<FundingCost> cost(FundingSource source) {
    checkNotNull(source, "source must not be null");
    return costs().stream().filter(c -> c.source().equals(Optional.of(source))).findFirst();
  }

  @Value.Check
  final void check() {
    checkArgument(
        !costs().isEmpty() && costs().get(0).source().isEmpty(),
        "program indicators costs must start with the all-sources cost: %s",
        costs());
    checkArgument(
        unmatchedOutcomes() >= 0,
        "program indicators unmatchedOutcomes must not be negative: %s",
        unmatchedOutcomes());
  }
}
