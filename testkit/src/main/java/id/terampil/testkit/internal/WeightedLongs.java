package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Longs in a closed range, drawn by jqwik's own (small-biased) distribution, with chosen values
 * given real weight: each group of values is drawn in the given percentage of tries, whatever the
 * property's edge-case mode. Every value, weighted or not, shrinks toward the lower end of the
 * range. The weighted values are also this arbitrary's edge cases. Immutable: {@link #often}
 * returns a new instance.
 *
 * <p>This is the one place where the testkit weights edge cases (29 February births, serials
 * 0001 and 9999, boundary ages, single-day periods); the arbitraries express their edge cases as
 * offsets in such a range.
 */
public final class WeightedLongs implements Arbitrary<Long> {

  private static final int MAX_TOTAL_PERCENT = 60;

  private final long min;
  private final long max;
  private final ImmutableList<Group> groups;

  private WeightedLongs(long min, long max, ImmutableList<Group> groups) {
    this.min = min;
    this.max = max;
    this.groups = groups;
  }

  /**
   * Returns the longs from {@code min} to {@code max}, both included, without weighted values.
   *
   * @param min the lower end, shrinking target
   * @param max the upper end, not below {@code min}
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static WeightedLongs between(long min, long max) {
    checkArgument(max >= min, "range end must not be below its start: %s..%s", min, max);
    return new WeightedLongs(min, max, ImmutableList.of());
  }

  /**
   * Returns a copy that draws one of {@code values} in {@code percent} per cent of the tries.
   * Values outside the range are dropped; if none is left, the copy equals this arbitrary.
   *
   * @param percent the weight, 1 to 60 (all groups together at most 60)
   * @param values the values, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if the weights exceed 60 per cent together
   */
  public WeightedLongs often(int percent, Collection<Long> values) {
    checkArgument(percent > 0, "percent must be positive: %s", percent);
    ImmutableList<Long> inRange =
        values.stream().filter(v -> v >= min && v <= max).distinct().collect(ImmutableList.toImmutableList());
    if (inRange.isEmpty()) {
      return this;
    }
    int total = percent + groups.stream().mapToInt(g -> g.percent).sum();
    checkArgument(total <= MAX_TOTAL_PERCENT, "weighted values must stay at most 60%%: %s", total);
    return new WeightedLongs(
        min,
        max,
        ImmutableList.<Group>builder().addAll(groups).add(new Group(percent, inRange)).build());
  }

  /**
   * Returns a copy that draws one of {@code values} in {@code percent} per cent of the tries.
   *
   * @param percent the weight
   * @param values the values
   * @return the new arbitrary, not null
   */
  public WeightedLongs often(int percent, Long... values) {
    return often(percent, List.of(values));
  }

  @Override
  public RandomGenerator<Long> generator(int genSize) {
    RandomGenerator<Long> base = Arbitraries.longs().between(min, max).generator(genSize);
    if (groups.isEmpty()) {
      return base;
    }
    return random -> {
      int roll = random.nextInt(100);
      for (Group group : groups) {
        if (roll < group.percent) {
          long value = group.values.get(random.nextInt(group.values.size()));
          return new TowardShrinkable(value, min);
        }
        roll -= group.percent;
      }
      return base.next(random);
    };
  }

  @Override
  public EdgeCases<Long> edgeCases(int maxEdgeCases) {
    List<Supplier<Shrinkable<Long>>> suppliers = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    List<Long> candidates = new ArrayList<>();
    candidates.add(min);
    candidates.add(max);
    for (Group group : groups) {
      candidates.add(group.values.get(0));
      candidates.add(group.values.get(group.values.size() - 1));
    }
    for (long value : candidates) {
      if (suppliers.size() < maxEdgeCases && !seen.contains(value)) {
        seen.add(value);
        suppliers.add(() -> new TowardShrinkable(value, min));
      }
    }
    return EdgeCases.fromSuppliers(suppliers);
  }

  private static final class Group {
    final int percent;
    final ImmutableList<Long> values;

    Group(int percent, ImmutableList<Long> values) {
      this.percent = percent;
      this.values = values;
    }
  }
}
