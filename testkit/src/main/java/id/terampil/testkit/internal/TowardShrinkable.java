package id.terampil.testkit.internal;

import java.util.stream.Stream;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;

/**
 * A long that shrinks toward a target: first the target itself, then halfway, a quarter of the
 * way, and so on down to one step. Used for the values that {@link WeightedLongs} gives extra
 * weight, so that an edge case such as serial 9999 still shrinks to serial 0001.
 */
final class TowardShrinkable implements Shrinkable<Long> {

  private final long value;
  private final long target;

  TowardShrinkable(long value, long target) {
    this.value = value;
    this.target = target;
  }

  @Override
  public Long value() {
    return value;
  }

  @Override
  public Stream<Shrinkable<Long>> shrink() {
    if (value == target) {
      return Stream.empty();
    }
    long diff = value - target;
    Stream<Long> halves = Stream.iterate(diff / 2, d -> d != 0, d -> d / 2).map(d -> value - d);
    return Stream.concat(Stream.of(target), halves)
        .distinct()
        .map(v -> new TowardShrinkable(v, target));
  }

  @Override
  public ShrinkingDistance distance() {
    return ShrinkingDistance.of(Math.abs(value - target));
  }

  @Override
  public String toString() {
    return "TowardShrinkable<" + value + " -> " + target + ">";
  }
}
