package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.identity.CohortId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.FundingSource;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The training cost per participant and per completer of a set of funding lines: all lines, one
 * source's, one fiscal year's, or one cohort's share.
 *
 * <ul>
 *   <li>{@link #funding()}: the sum of the lines' amounts, counting only lines of fiscal years
 *       begun by the reference date (a fiscal year is a calendar year, so a 2026 budget line is
 *       left out of a figure as of 2025-12-31: it pays for training not yet given). For a cohort,
 *       its share of each such line that pays for it (see {@link ProgramIndicators#costsByCohort()}).
 *       Empty when any of those amounts is unknown.
 *   <li>{@link #participants()}: the participants who began training ({@link
 *       EnrollmentCounts#started()}, in applications: a person trained in two cohorts used two
 *       training places) in the cohorts the lines pay for ({@link
 *       id.terampil.core.program.TrainingProgram#cohortsPaidBy}); {@link #completers()} likewise
 *       the completers.
 *   <li>{@link #perParticipant()} = funding / participants and {@link #perCompleter()} = funding /
 *       completers, rounded to whole rupiah with {@link #ROUNDING} (half up); empty when the
 *       funding is unknown or the divisor is zero.
 * </ul>
 *
 * <p>Follow-up support values are not included: they often come from other agencies' budgets
 * (see {@link IndicatorSet#support()}).
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FundingCost {

  /** The rounding of costs per head to whole rupiah: half up. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  FundingCost() {}

  /**
   * Returns the funding source, or empty for all sources together.
   *
   * @return the source, or empty
   */
  public abstract Optional<FundingSource> source();

  /**
   * Returns the fiscal year, for the cost of one fiscal year's lines.
   *
   * @return the year, or empty for lines of every begun year
   */
  public abstract Optional<Integer> fiscalYear();

  /**
   * Returns the cohort, for the cost of one cohort's share of the lines.
   *
   * @return the cohort id, or empty for the lines' whole amounts
   */
  public abstract Optional<CohortId> cohort();

  /**
   * Returns the funding counted, if every amount counted is known.
   *
   * @return the amount, or empty if unknown
   */
  public abstract Optional<Rupiah> funding();

  /**
   * Returns the number of participants who began training in the cohorts paid for.
   *
   * @return the count, at least 0
   */
  public abstract int participants();

  /**
   * Returns the number of completers in the cohorts paid for.
   *
   * @return the count, at least 0
   */
  public abstract int completers();

  /**
   * Returns the funding per participant, rounded half up to whole rupiah.
   *
   * @return the cost, or empty if the funding is unknown or nobody began training
   */
  @Value.Derived
  public Optional<Rupiah> perParticipant() {
    return per(participants());
  }

  /**
   * Returns the funding per completer, rounded half up to whole rupiah.
   *
   * @return the cost, or empty if the funding is unknown or nobody completed
   */
  @Value.Derived
  public Optional<Rupiah> perCompleter() {
    return per(completers());
  }

  @Value.Check
  final void check() {
    checkArgument(
        participants() >= 0 && completers() >= 0 && completers() <= participants(),
        "funding cost heads must satisfy 0 <= completers <= participants: %s, %s",
        completers(),
        participants());
  }

  private Optional<Rupiah> per(int heads) {
    return heads <= 0 ? Optional.empty() : funding().map(f -> f.dividedBy(heads, ROUNDING));
  }
}
