package id.terampil.core.indicators;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.money.Rupiah;
import id.terampil.core.program.FundingSource;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The training cost per participant and per completer for one funding source, or for all sources
 * together.
 *
 * <p>{@link #perParticipant()} is the source's funding divided by the participants who began
 * training ({@link EnrollmentCounts#started()}); {@link #perCompleter()} divides by the
 * completers. Both are rounded to whole rupiah with {@link #ROUNDING} (half up). Each is empty
 * when the funding amount is unknown (any line of the source has no amount) or the divisor is
 * zero. Follow-up support values are not included: they often come from other agencies' budgets
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
   * Returns the funding of the source, if every line's amount is known.
   *
   * @return the amount, or empty if unknown
   */
  public abstract Optional<Rupiah> funding();

  /**
   * Returns the number of participants who began training.
   *
   * @return the count, at least 0
   */
  public abstract int participants();

  /**
   * Returns the number of completers.
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
