package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;

/**
 * The arbitraries a {@code flatMap} makes, kept per value, so that a value drawn again gets the
 * same arbitrary instance.
 *
 * <p>Why: jqwik makes the generator of each arbitrary a {@code flatMap} returns, and reuses it
 * only for an arbitrary equal to one it has seen (its generator store is keyed by the
 * arbitrary). Arbitraries built by {@code map}, {@code filter} and {@code combine} are equal only
 * to themselves, so a mapper that builds a new one for every value makes jqwik build a new
 * generator for every value drawn, and keep each in its store until the property ends: for
 * enrollment records, most of the time spent generating them and a growing map. With the same
 * instance per value, jqwik builds one generator per value and the values drawn are the same.
 *
 * <p>Only for mappers over a small domain (cohort generators, breaches, admitted regions),
 * whose results do not depend on anything but the value: what is kept is never dropped.
 */
final class Memo {

  private Memo() {}

  /**
   * Returns {@code mapper} with its results kept per value: thread-safe, and each value's
   * arbitrary made once.
   *
   * @param <T> the values
   * @param <U> the values of the arbitraries made
   * @param mapper a function of the value alone, not null
   * @return the function that keeps its results, not null
   */
  static <T, U> Function<T, Arbitrary<U>> perValue(Function<T, Arbitrary<U>> mapper) {
    checkNotNull(mapper, "mapper must not be null");
    Map<T, Arbitrary<U>> made = new ConcurrentHashMap<>();
    return value -> made.computeIfAbsent(value, mapper);
  }
}
