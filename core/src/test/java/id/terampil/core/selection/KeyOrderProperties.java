package id.terampil.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link KeyOrder} orders rows exactly as a comparison sort by their keys, then by index, would:
 * with many ties, extreme values whose range needs all 64 bits, keys cut off the prefix, and more
 * rows than fit a few index bits.
 */
class KeyOrderProperties {

  @Property(tries = 400)
  void ordersRowsAsAComparisonSortByKeysThenIndex(
      @ForAll("rows") List<long[]> rows, @ForAll @IntRange(min = 0, max = 5) int keyCount) {
    int[] expected = referenceOrder(rows, keyCount);
    assertArrayEquals(expected, KeyOrder.of(rows, keyCount));
  }

  /**
   * Rows of six keys; each column draws from one kind of values, so that narrow keys (ties, small
   * ranges) come before and after wide ones (extremes, any long, values close together far from
   * zero) and keys are cut off the prefix after others filled part of it.
   */
  @Provide
  Arbitrary<List<long[]>> rows() {
    List<Arbitrary<Long>> kinds =
        List.of(
            Arbitraries.longs().between(-2, 2),
            Arbitraries.longs().between(0, 1_000),
            Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L),
            Arbitraries.longs(),
            Arbitraries.longs().between(0, 3).map(v -> (1L << 62) + v),
            Arbitraries.longs().between(-1L << 40, 1L << 40));
    Arbitrary<Arbitrary<Long>> kind = Arbitraries.of(kinds);
    return kind.list()
        .ofSize(6)
        .flatMap(
            columns ->
                Combinators.combine(columns)
                    .as(keys -> keys.stream().mapToLong(Long::longValue).toArray())
                    .list()
                    .ofMaxSize(300));
  }

  /** A narrow key that fits the prefix whole, then one cut to its high bits: both count. */
  @Example
  void aKeyThatFitsOrdersBeforeTheHighBitsOfACutOne() {
    List<long[]> rows =
        List.of(
            new long[] {1, Long.MIN_VALUE},
            new long[] {0, Long.MAX_VALUE},
            new long[] {1, 5},
            new long[] {0, -5},
            new long[] {2, 0});
    assertArrayEquals(new int[] {3, 1, 0, 2, 4}, KeyOrder.of(rows, 2));
    assertArrayEquals(referenceOrder(rows, 2), KeyOrder.of(rows, 2));
  }

  /** Many rows (more index bits) whose first keys fill the prefix, the order in later keys. */
  @Example
  void rowsWhosePrefixesAreEqualAreOrderedByTheirLaterKeys() {
    Random random = new Random(7);
    List<long[]> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long wide = random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
      rows.add(new long[] {random.nextInt(3), wide, random.nextInt(5) - 2, random.nextLong()});
    }
    assertArrayEquals(referenceOrder(rows, 4), KeyOrder.of(rows, 4));
  }

  /** A tier, a score and a lottery number, as a selection ranks them: no key is cut. */
  @Example
  void aSelectionsKeysAreOrderedWithoutComparingRows() {
    Random random = new Random(11);
    List<long[]> rows = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      rows.add(new long[] {random.nextInt(3), -random.nextInt(10_001), random.nextLong(), i});
    }
    assertArrayEquals(referenceOrder(rows, 4), KeyOrder.of(rows, 4));
  }

  @Example
  void noRowsOneRowAndNoKeys() {
    assertArrayEquals(new int[0], KeyOrder.of(List.of(), 3));
    assertArrayEquals(new int[] {0}, KeyOrder.of(List.<long[]>of(new long[] {5}), 1));
    List<long[]> rows = List.of(new long[] {3}, new long[] {1}, new long[] {2});
    assertArrayEquals(new int[] {0, 1, 2}, KeyOrder.of(rows, 0));
    assertArrayEquals(new int[] {1, 2, 0}, KeyOrder.of(rows, 1));
  }

  @Example
  void moreRowsThanTheIndexBitsCanNumberAreRejected() {
    List<long[]> huge =
        new java.util.AbstractList<>() {
          @Override
          public long[] get(int index) {
            return new long[] {index};
          }

          @Override
          public int size() {
            return (1 << 30) + 1;
          }
        };
    assertEquals(
        "too many rows: 1073741825",
        assertThrows(IllegalArgumentException.class, () -> KeyOrder.of(huge, 1)).getMessage());
  }

  @Example
  void badArgumentsAreRejectedWithTheirReason() {
    assertEquals(
        "rows must not be null",
        assertThrows(NullPointerException.class, () -> KeyOrder.of(null, 1)).getMessage());
    assertEquals(
        "keyCount must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> KeyOrder.of(List.of(), -1))
            .getMessage());
    List<long[]> shortRow = List.of(new long[] {1, 2}, new long[] {1});
    assertEquals(
        "a row has 1 keys, fewer than 2",
        assertThrows(IllegalArgumentException.class, () -> KeyOrder.of(shortRow, 2))
            .getMessage());
  }

  private static int[] referenceOrder(List<long[]> rows, int keyCount) {
    Comparator<Integer> byKeys =
        (x, y) -> {
          long[] a = rows.get(x);
          long[] b = rows.get(y);
          for (int k = 0; k < keyCount; k++) {
            int c = Long.compare(a[k], b[k]);
            if (c != 0) {
              return c;
            }
          }
          return Integer.compare(x, y);
        };
    Integer[] order = IntStream.range(0, rows.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, byKeys);
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
