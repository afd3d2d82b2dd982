package id.terampil.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Deterministic samples of an arbitrary outside a property, e.g. a fixed pool of applicants for a
 * showcase or a benchmark: the same arbitrary, count and seed give the same values on every run
 * (with the same testkit and jqwik versions). Uses only jqwik's public API: the arbitrary's
 * {@linkplain Arbitrary#generator(int) generator} driven by a {@link Random} seeded with the
 * given seed, run inside jqwik's sampling context. Edge cases are not injected.
 *
 * <pre>{@code
 * List<Applicant> pool = Samples.list(TerampilArbitraries.applicants(program, closeOfRegistration), 200, 42L);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Samples {

  /** The generation size: large enough that jqwik does not bias toward small values. */
  private static final int GEN_SIZE = 1_000;

  private Samples() {}

  /**
   * Returns {@code count} values of {@code arbitrary}, reproducibly for {@code seed}.
   *
   * @param <T> the type of the values
   * @param arbitrary the arbitrary, not null
   * @param count the number of values, not negative
   * @param seed the seed
   * @return the values, not null, immutable
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static <T> List<T> list(Arbitrary<T> arbitrary, int count, long seed) {
    checkNotNull(arbitrary, "arbitrary must not be null");
    checkArgument(count >= 0, "count must not be negative: %s", count);
    // sample() runs the mapping function inside a jqwik context, where every generator works.
    return Arbitraries.just(seed).map(s -> generate(arbitrary, count, s)).sample();
  }

  private static <T> List<T> generate(Arbitrary<T> arbitrary, int count, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE);
    Random random = new Random(seed);
    ImmutableList.Builder<T> values = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      values.add(generator.next(random).value());
    }
    return values.build();
  }
}
