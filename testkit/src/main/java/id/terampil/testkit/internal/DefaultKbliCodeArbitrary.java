package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.KbliVersion;
import id.terampil.testkit.KbliCodeArbitrary;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link KbliCodeArbitrary}. */
public final class DefaultKbliCodeArbitrary extends ArbitraryDecorator<KbliCode>
    implements KbliCodeArbitrary {

  /** KBLI 2020 codes of the activities the seed programs train for. */
  static final ImmutableList<Long> SEED_ACTIVITIES =
      ImmutableList.of(
          10710L, 10792L, 10622L, 16291L, 31001L, 31002L, 45201L, 45407L, 25920L, 14120L, 96112L);

  private final List<KbliVersion> versions;

  /** Creates the arbitrary without configuration. */
  public DefaultKbliCodeArbitrary() {
    this(ImmutableList.of(KbliVersion.KBLI_2020, KbliVersion.KBLI_2025));
  }

  private DefaultKbliCodeArbitrary(List<KbliVersion> versions) {
    this.versions = versions;
  }

  @Override
  protected Arbitrary<KbliCode> arbitrary() {
    Arbitrary<String> digits =
        WeightedLongs.between(0, 99_999)
            .often(25, SEED_ACTIVITIES)
            .often(6, 0L, 99_999L, 1_111L)
            .map(n -> String.format("%05d", n));
    Arbitrary<KbliVersion> version =
        versions.size() == 1
            ? Arbitraries.just(versions.get(0))
            : Arbitraries.frequency(
                Tuple.of(80, KbliVersion.KBLI_2020), Tuple.of(20, KbliVersion.KBLI_2025));
    return Combinators.combine(digits, version).as(KbliCode::of);
  }

  @Override
  public KbliCodeArbitrary version(KbliVersion version) {
    checkNotNull(version, "version must not be null");
    return new DefaultKbliCodeArbitrary(ImmutableList.of(version));
  }
}
