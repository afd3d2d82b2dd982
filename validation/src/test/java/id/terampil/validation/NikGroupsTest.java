package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repeat finder of the batch validator against a plain map of lists. */
class NikGroupsTest {

  /** A synthetic NIK-shaped value: a fixed region and birth date, the given serial. */
  private static long nik(int serial) {
    return 3375014508900000L + serial;
  }

  private static Map<Long, List<Integer>> found(long[] niks, int count) {
    Map<Long, List<Integer>> groups = new HashMap<>();
    NikGroups.forEachRepeat(
        niks,
        count,
        (nik, indices, from, to) -> {
          List<Integer> members = new ArrayList<>();
          for (int k = from; k < to; k++) {
            members.add(indices[k]);
          }
          List<Integer> before = groups.put(nik, members);
          assertEquals(null, before, "NIK " + nik + " reported twice");
        });
    return groups;
  }

  private static Map<Long, List<Integer>> expected(long[] niks, int count) {
    Map<Long, List<Integer>> all = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      if (niks[i] != 0) {
        all.computeIfAbsent(niks[i], k -> new ArrayList<>()).add(i);
      }
    }
    all.values().removeIf(members -> members.size() < 2);
    return all;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 511, 512, 513, 1023, 1024, 1025, 4096, 20_000, 100_000})
  void findsExactlyTheRepeatedNiksWithTheirRecordsInOrder(int size) {
    Random random = new Random(size);
    long[] niks = new long[size];
    for (int i = 0; i < size; i++) {
      int draw = random.nextInt(20);
      // Mostly distinct NIKs, some repeats (two to many records), some records without a NIK.
      niks[i] = draw == 0 ? 0 : draw == 1 ? nik(random.nextInt(Math.max(1, size / 8))) : nik(10_000 + i);
    }
    assertEquals(expected(niks, size), found(niks, size));
  }

  @Test
  void aNikInEveryRecordIsOneGroupOfAllOfThem() {
    long[] niks = new long[3_000];
    Arrays.fill(niks, nik(7));
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < niks.length; i++) {
      all.add(i);
    }
    assertEquals(Map.of(nik(7), all), found(niks, niks.length));
  }

  @Test
  void distinctNiksAndRecordsWithoutOneGiveNoGroup() {
    long[] niks = {nik(1), 0, nik(2), 0, nik(3)};
    assertTrue(found(niks, niks.length).isEmpty());
  }

  @Test
  void niksThatDifferOnlyInTheirLastDigitsAreNotConfused() {
    // Keys that differ in one low digit share most of their bits; pairs of each repeat.
    long[] niks = new long[2_000];
    for (int i = 0; i < niks.length; i++) {
      niks[i] = nik(i / 2);
    }
    Map<Long, List<Integer>> groups = found(niks, niks.length);
    assertEquals(1_000, groups.size());
    for (int s = 0; s < 1_000; s++) {
      assertEquals(List.of(2 * s, 2 * s + 1), groups.get(nik(s)));
    }
  }

  @Test
  void onlyTheFirstCountEntriesAreRead() {
    long[] niks = {nik(1), nik(2), nik(1), nik(2)};
    assertEquals(Map.of(nik(1), List.of(0, 2)), found(niks, 3));
  }

  @Test
  void aCountOutsideTheArrayIsRejected() {
    long[] niks = new long[2];
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NikGroups.forEachRepeat(niks, 3, (n, i, f, t) -> {}));
    assertEquals("count out of range: 3", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NikGroups.forEachRepeat(niks, -1, (n, i, f, t) -> {}));
  }

  @Test
  void partitionsGrowWithTheBatchUpToALimit() {
    // About 2^9 NIKs per partition: 256 to 511 once there are two partitions or more.
    assertEquals(0, NikGroups.partitionBits(0));
    assertEquals(0, NikGroups.partitionBits(511));
    assertEquals(1, NikGroups.partitionBits(512));
    assertEquals(1, NikGroups.partitionBits(1_023));
    assertEquals(2, NikGroups.partitionBits(1_024));
    assertEquals(8, NikGroups.partitionBits(131_071));
    assertEquals(14, NikGroups.partitionBits(Integer.MAX_VALUE));
  }
}
