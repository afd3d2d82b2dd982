package id.terampil.testkit.internal;

import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.testkit.FundingArbitrary;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link FundingArbitrary}. */
public final class DefaultFundingArbitrary extends ArbitraryDecorator<Funding>
    implements FundingArbitrary {

  private final @Nullable Integer year;

  /** Creates the arbitrary without configuration. */
  public DefaultFundingArbitrary() {
    this(null);
  }

  private DefaultFundingArbitrary(@Nullable Integer year) {
    this.year = year;
  }

  @Override
  protected Arbitrary<Funding> arbitrary() {
    Arbitrary<Integer> years = FiscalYears.fixedOrDefault(year);
    Arbitrary<Optional<Rupiah>> amounts =
        new DefaultRupiahArbitrary()
            .between(Rupiah.ofMillions(1), Rupiah.ofMillions(10_000))
            .multiplesOf(1_000)
            .optional(0.7);
    return Combinators.combine(Arbitraries.of(FundingSource.class), years, amounts)
        .as(
            (source, y, amount) ->
                Funding.builder()
                    .source(source)
                    .fiscalYear(y)
                    .amount(amount)
                    .note(source == FundingSource.OTHER ? Optional.of("Dana desa") : Optional.empty())
                    .build());
  }

  @Override
  public FundingArbitrary fiscalYear(int year) {
    return new DefaultFundingArbitrary(FiscalYears.check(year));
  }
}
