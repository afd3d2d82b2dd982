package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/** A {@link Column} behaves as a plain array of its size, across chunk boundaries. */
class ColumnProperties {

  /** Sizes around one, two and three chunks, so that the last chunk is sometimes partial. */
  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 10),
        Arbitraries.integers().between(Column.CHUNK - 3, Column.CHUNK + 3),
        Arbitraries.integers().between(2 * Column.CHUNK - 3, 3 * Column.CHUNK + 3));
  }

  @Property(tries = 200)
  void everySetAndGetIsThatOfAnArray(
      @ForAll("sizes") int size, @ForAll @IntRange(min = 0, max = 300) int operations, @ForAll long seed) {
    Column<String> column = new Column<>(size);
    String[] model = new String[size];
    Random random = new Random(seed);
    for (int k = 0; k < operations && size > 0; k++) {
      // Half the indexes near a chunk boundary or the end, half anywhere.
      int i =
          random.nextBoolean()
              ? random.nextInt(size)
              : Math.floorMod(
                  (random.nextInt(3) * Column.CHUNK) + random.nextInt(5) - 2, size);
      String value = random.nextInt(4) == 0 ? null : Integer.toString(random.nextInt(1000));
      column.set(i, value);
      model[i] = value;
    }
    assertEquals(size, column.size());
    for (int i = 0; i < size; i++) {
      assertEquals(model[i], column.get(i), "element " + i);
    }
  }

  @Provide
  Arbitrary<Tuple2<Integer, Integer>> outside() {
    return sizes()
        .flatMap(
            size ->
                Arbitraries.oneOf(
                        Arbitraries.integers().between(Integer.MIN_VALUE, -1),
                        Arbitraries.integers().between(size, Integer.MAX_VALUE))
                    .map(i -> Tuple.of(size, i)));
  }

  @Property(tries = 200)
  void anIndexOutsideTheColumnIsRejected(@ForAll("outside") Tuple2<Integer, Integer> sizeAndIndex) {
    Column<String> column = new Column<>(sizeAndIndex.get1());
    int i = sizeAndIndex.get2();
    IndexOutOfBoundsException get = assertThrows(IndexOutOfBoundsException.class, () -> column.get(i));
    assertTrue(get.getMessage().contains(Integer.toString(i)), get.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> column.set(i, "x"));
    assertThrows(IndexOutOfBoundsException.class, () -> column.set(i, null));
  }

  @Example
  void aNegativeSizeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Column<>(-1));
    assertEquals("size must not be negative: -1", e.getMessage());
  }

  @Example
  void theLastElementOfTheLargestSizeIsReachable() {
    // The number of chunks is computed in long arithmetic: no overflow near Integer.MAX_VALUE.
    Column<String> column = new Column<>(Integer.MAX_VALUE);
    column.set(Integer.MAX_VALUE - 1, "last");
    assertEquals("last", column.get(Integer.MAX_VALUE - 1));
    assertNull(column.get(0));
    assertEquals(Integer.MAX_VALUE, column.size());
  }

  @Example
  void aNullSetWhereNothingWasSetLeavesNull() {
    Column<String> column = new Column<>(3 * Column.CHUNK);
    column.set(Column.CHUNK, null);
    column.set(Column.CHUNK + 1, "b");
    column.set(Column.CHUNK + 1, null);
    assertNull(column.get(Column.CHUNK));
    assertNull(column.get(Column.CHUNK + 1));
  }
}
