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
 * oversubscription, the enrollment funnel in applications and in people, completion and mean
 * attendance rates, certificates and assessment results, outcomes per checkpoint with
 * reached-only and honest rates, support delivered by kind and the follow-up plan against it,
 * and training cost per participant and per completer by funding source, by fiscal year and by
 * cohort. {@link IndicatorDefinition} states every figure's definition for a printed report.
 *
 * <p>Conventions, stated once:
 *
 * <ul>
 *   <li>Funnel counts ({@link IndicatorSet#counts()}) are applications (enrollments): a person in
 *       two cohorts counts in both; {@link IndicatorSet#people()} counts the same funnel in
 *       people.
 *   <li>Outcomes are per person: a completer of the program (of the cohort, for a cohort) is
 *       counted once at each checkpoint, from the latest completion, by the latest observation in
 *       the checkpoint's window (see {@link CheckpointOutcomes}). Outcomes of persons who had not
 *       completed, or observed before their completion, are counted in {@link
 *       #unmatchedOutcomes()}, not in rates.
 *   <li>Support is counted per scope from the activities' {@link
 *       id.terampil.core.followup.FollowUpActivity#cohort()}; activities without a cohort count
 *       only in {@link #overall()}. Follow-up progress against the plan is counted per completer,
 *       whichever activity delivered it.
 *   <li>Costs count only funding of fiscal years begun by the reference date and divide it by
 *       the participants of the cohorts it pays for (see {@link FundingCost}); they are rounded
 *       half up to whole rupiah, and empty where a funding amount is unknown.
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
   * Returns the costs of the lines of fiscal years begun by the reference date: first for all
   * sources together, then one per funding source with such a line, in the order the program
   * first lists it.
   *
   * @return the costs, not empty
   */
  public abstract ImmutableList<FundingCost> costs();

  /**
   * Returns the cost of each fiscal year begun by the reference date, ascending, for the years
   * with funding lines: that year's lines divided by the participants and completers of the
   * cohorts they pay for.
   *
   * @return the costs by fiscal year, not null
   */
  public abstract ImmutableMap<Integer, FundingCost> costsByFiscalYear();

  /**
   * Returns the cost of each cohort, in the program's cohort order: the cohort's share of every
   * line of a begun fiscal year that pays for it, divided by the cohort's participants and
   * completers. A line paying for several cohorts is shared in proportion to their seats ({@link
   * id.terampil.core.program.Seats#max()}, the kuota a budget is drawn for); the rupiah left over
   * after whole-rupiah shares go one each to the cohorts with the largest remainders, the first
   * in cohort order on a tie. So the shares of a line add up to it exactly, and the cohorts'
   * funding adds up to {@link #totalCost()}'s.
   *
   * @return the costs by cohort id, not null
   */
  public abstract ImmutableMap<CohortId, FundingCost> costsByCohort();

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
   * Returns the cost over all funding sources together: every line of a fiscal year begun by the
   * reference date, over the participants and completers of the cohorts those lines pay for.
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
   * @return the cost, or empty if the program has no funding line from that source in a fiscal
   *     year begun by the reference date
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
