package id.terampil.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Deterministic samples of an arbitrary outside a property, e.g. a fixed pool of applicants for a
 * showcase or a load test: the same arbitrary, count and seed give the same values on every run
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
    // jqwik runs generation (not the evaluation of mapped values) inside its context, where every
    // generator works; so the whole list is generated and evaluated in one generation step.
    Arbitrary<List<T>> once =
        new Arbitrary<>() {
          @Override
          public RandomGenerator<List<T>> generator(int genSize) {
            return ignored -> Shrinkable.unshrinkable(generate(arbitrary, count, seed));
          }

          @Override
          public EdgeCases<List<T>> edgeCases(int maxEdgeCases) {
            return EdgeCases.none();
          }
        };
    return once.sample();
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
