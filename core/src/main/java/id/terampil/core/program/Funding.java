package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.identity.CohortId;
import id.terampil.core.money.Rupiah;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A funding line of a training program (sumber dana): its source, the fiscal year (tahun
 * anggaran), where known the amount in whole rupiah, and optionally the cohorts it pays for.
 *
 * <p>The amount is optional because public sources often name the source without the amount (none
 * of the seed articles gives one); derived totals are then unknown rather than wrong. When given,
 * the amount is positive.
 *
 * <p>Immutable, thread-safe and value-based; equal when all attributes are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Funding {

  Funding() {}

  /**
   * Returns the source of the funds.
   *
   * @return the source, not null
   */
  public abstract FundingSource source();

  /**
   * Returns the fiscal year of the budget the funds come from.
   *
   * @return the year, 1970 to 2199
   */
  public abstract int fiscalYear();

  /**
   * Returns the amount, if known.
   *
   * @return the amount, positive, or empty if unknown
   */
  public abstract Optional<Rupiah> amount();

  /**
   * Returns the cohorts this line pays for, e.g. the cohort of tobacco workers a DBHCHT line
   * funds; empty means the program's cohorts that start in the line's fiscal year (see {@link
   * TrainingProgram#cohortsPaidBy(Funding)}). Every id must be a cohort of the program.
   *
   * @return the cohort ids in the order given, not null
   */
  public abstract ImmutableSet<CohortId> cohorts();

  /**
   * Returns a note, e.g. the budget programme or the donor's name, if given.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns a funding line of unknown amount.
   *
   * @param source the source, not null
   * @param fiscalYear the fiscal year, 1970 to 2199
   * @return the funding line, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Funding of(FundingSource source, int fiscalYear) {
    return builder().source(source).fiscalYear(fiscalYear).build();
  }

  /**
   * Returns a funding line.
   *
   * @param source the source, not null
   * @param fiscalYear the fiscal year, 1970 to 2199
   * @param amount the amount, positive
   * @return the funding line, not null
   * @throws IllegalArgumentException if the year is out of range or the amount is zero
   */
  public static Funding of(FundingSource source, int fiscalYear, Rupiah amount) {
    return builder().source(source).fiscalYear(fiscalYear).amount(amount).build();
  }

  /**
   * Returns the sum of the amounts of {@code lines}, if every amount is known: a total of lines
   * with an unknown amount is unknown rather than too low.
   *
   * @param lines the funding lines, not null, no null elements
   * @return the sum (zero for no lines), or empty if some amount is unknown
   * @throws ArithmeticException if the sum exceeds {@link Rupiah#MAX}
   */
  public static Optional<Rupiah> sum(Iterable<Funding> lines) {
    Rupiah total = Rupiah.ZERO;
    for (Funding f : checkNotNull(lines, "lines must not be null")) {
      if (f.amount().isEmpty()) {
        return Optional.empty();
      }
      total = total.plus(f.amount().get());
    }
    return Optional.of(total);
  }

  /**
   * Returns a builder; {@code source} and {@code fiscalYear} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding} line. */
  public static final class Builder extends ImmutableFunding.Builder {
    /** Creates an empty builder; prefer {@link Funding#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    ProgramChecks.fiscalYear("funding fiscalYear", fiscalYear());
    amount()
        .ifPresent(a -> checkArgument(!a.isZero(), "funding amount must be positive when given: %s", a));
    ProgramChecks.optionalText("funding note", note());
  }
}
