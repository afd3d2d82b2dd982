package id.terampil.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The primitive NIK map: first value wins for {@code putIfAbsent}, {@code put} replaces, keys
 * survive growth and collisions, absent keys give -1, bad keys and values are refused, and
 * NIK-shaped keys spread over the slots.
 */
class NikMapTest {

  /** A synthetic NIK-shaped key: a shared long prefix, differing in the last digits. */
  private static long key(int i) {
    return 3375010101900000L + i;
  }

  @Test
  void putIfAbsentReturnsMinusOneForANewKeyAndTheFirstValueForARepeatedOne() {
    NikMap map = new NikMap(4);
    assertEquals(-1, map.putIfAbsent(key(1), 10));
    assertEquals(-1, map.putIfAbsent(key(2), 20));
    assertEquals(10, map.putIfAbsent(key(1), 99));
    assertEquals(20, map.putIfAbsent(key(2), 98));
    assertEquals(10, map.putIfAbsent(key(1), 97), "a repeat does not overwrite the first value");
    assertEquals(10, map.get(key(1)));
    assertEquals(20, map.get(key(2)));
  }

  @Test
  void putReplacesTheValueAndGetReadsIt() {
    NikMap map = new NikMap(4);
    map.put(key(1), 10);
    assertEquals(10, map.get(key(1)));
    map.put(key(1), 0);
    assertEquals(0, map.get(key(1)), "0 is a value, not an empty slot");
    map.put(key(1), Long.MAX_VALUE);
    assertEquals(Long.MAX_VALUE, map.get(key(1)));
    assertEquals(Long.MAX_VALUE, map.putIfAbsent(key(1), 5));
  }

  @Test
  void absentKeysGiveMinusOne() {
    NikMap map = new NikMap(0);
    assertEquals(-1, map.get(key(1)));
    map.put(key(1), 7);
    assertEquals(-1, map.get(key(2)));
    assertEquals(-1, map.get(1));
    assertEquals(-1, map.get(Long.MAX_VALUE));
    assertEquals(7, map.get(key(1)));
  }

  @Test
  void keepsEveryKeyAndValueThroughManyGrowths() {
    // Sized for one key, then fed 20,000: the map must grow many times (16 slots to 64K).
    NikMap map = new NikMap(1);
    int n = 20_000;
    long[] expected = new long[n];
    for (int i = 0; i < n; i++) {
      assertEquals(-1, map.putIfAbsent(key(i), i), "new key " + i);
      expected[i] = i;
      if (i % 7 == 0) {
        // A repeat of an earlier key, between growths.
        assertEquals(expected[i / 2], map.putIfAbsent(key(i / 2), 5), "repeat of " + i / 2);
      }
      if (i % 11 == 0) {
        // A replaced value must survive the growths that follow.
        map.put(key(i / 3), 1_000_000L + i);
        expected[i / 3] = 1_000_000L + i;
      }
    }
    for (int i = 0; i < n; i++) {
      assertEquals(expected[i], map.get(key(i)), "after growth, key " + i);
      assertEquals(expected[i], map.putIfAbsent(key(i), 7), "after growth, key " + i);
    }
    assertEquals(-1, map.get(key(n)));
  }

  @Test
  void keepsKeysSpreadOverTheWholeLongRange() {
    NikMap map = new NikMap(0);
    long[] keys = {1, 2, 16, 32, 1L << 40, Long.MAX_VALUE, Long.MAX_VALUE - 1, 9_999_999_999_999_999L};
    for (int i = 0; i < keys.length; i++) {
      assertEquals(-1, map.putIfAbsent(keys[i], 100 + i));
    }
    for (int i = 0; i < keys.length; i++) {
      assertEquals(100 + i, map.putIfAbsent(keys[i], 0));
      assertEquals(100 + i, map.get(keys[i]));
    }
  }

  @Test
  void keysThatShareASlotAreKeptApart() {
    // Keys chosen to share one home slot of the 16 the map starts with: they must probe.
    long[] same = new long[6];
    int found = 0;
    for (long k = key(0); found < same.length; k++) {
      if (NikMap.slot(k, 16) == NikMap.slot(key(0), 16)) {
        same[found++] = k;
      }
    }
    NikMap map = new NikMap(0);
    for (int i = 0; i < same.length; i++) {
      assertEquals(-1, map.putIfAbsent(same[i], i));
    }
    for (int i = 0; i < same.length; i++) {
      assertEquals(i, map.get(same[i]), "colliding key " + i);
    }
    map.put(same[3], 33);
    assertEquals(33, map.get(same[3]));
    assertEquals(4, map.get(same[4]), "replacing one colliding key leaves the next");
    // Far more keys than the initial 16 slots, some colliding, through growths.
    NikMap many = new NikMap(8);
    for (int i = 1; i <= 200; i++) {
      assertEquals(-1, many.putIfAbsent(i * 16L, i));
    }
    for (int i = 1; i <= 200; i++) {
      assertEquals(i, many.get(i * 16L));
    }
    assertEquals(-1, many.putIfAbsent(201 * 16L, 201));
  }

  @Test
  void aLargeExpectedSizeStillWorks() {
    NikMap map = new NikMap(100_000);
    assertEquals(-1, map.putIfAbsent(key(5), 5));
    assertEquals(5, map.putIfAbsent(key(5), 6));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void refusesAKeyThatIsNotPositive(long key) {
    NikMap map = new NikMap(4);
    String message = "key must be positive: " + key;
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> map.putIfAbsent(key, 1)).getMessage());
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> map.put(key, 1)).getMessage());
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> map.get(key)).getMessage());
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, -2, Long.MIN_VALUE})
  void refusesANegativeValue(long value) {
    NikMap map = new NikMap(4);
    String message = "value must not be negative: " + value;
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> map.putIfAbsent(key(1), value))
            .getMessage());
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> map.put(key(1), value)).getMessage());
    assertEquals(-1, map.get(key(1)), "a refused value leaves the key absent");
  }

  @Test
  void refusesANegativeExpectedSize() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NikMap(-1));
    assertEquals("expectedKeys must not be negative: -1", e.getMessage());
  }

  @Test
  void keysDifferingOnlyInTheLastFourDigitsSpreadOverTheSlots() {
    // 10,000 serials of one district and birth date into 32K slots. Random keys would take about
    // 86 % distinct slots and at most about 5 in one; a hash that ignored the last digits would
    // take a handful of slots.
    int slots = 1 << 15;
    int[] load = new int[slots];
    int distinct = 0;
    int fullest = 0;
    for (int serial = 0; serial < 10_000; serial++) {
      int s = NikMap.slot(3375010101900000L + serial, slots);
      if (load[s]++ == 0) {
        distinct++;
      }
      fullest = Math.max(fullest, load[s]);
    }
    assertTrue(distinct >= 8_000, "distinct slots: " + distinct);
    assertTrue(fullest <= 5, "keys in the fullest slot: " + fullest);
    // Also in the smallest table: 16 consecutive serials take most of the 16 slots.
    boolean[] taken = new boolean[16];
    int small = 0;
    for (int serial = 0; serial < 16; serial++) {
      int s = NikMap.slot(3375010101900000L + serial, 16);
      if (!taken[s]) {
        taken[s] = true;
        small++;
      }
    }
    assertTrue(small >= 8, "distinct of 16 slots: " + small);
  }

  @Test
  void threeHundredThousandNikShapedKeysGoInFast() {
    // NIKs share long prefixes; without spreading, a batch this size takes quadratic time
    // (minutes instead of milliseconds).
    int n = 300_000;
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          NikMap map = new NikMap(16);
          for (int i = 0; i < n; i++) {
            assertEquals(-1, map.putIfAbsent(3375010101900000L + i, i));
          }
          assertEquals(n - 1, map.putIfAbsent(3375010101900000L + n - 1, 0));
          assertEquals(0, map.get(3375010101900000L));
        });
  }
}
