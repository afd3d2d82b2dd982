package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The primitive NIK table: first value wins, keys survive growth, non-positive keys refused. */
class NikTableTest {

  /** A synthetic NIK-shaped key: a shared long prefix, differing in the last digits. */
  private static long key(int i) {
    return 3375010101900000L + i;
  }

  @Test
  void returnsMinusOneForANewKeyAndTheFirstValueForARepeatedOne() {
    NikTable table = new NikTable(4);
    assertEquals(-1, table.putIfAbsent(key(1), 10));
    assertEquals(-1, table.putIfAbsent(key(2), 20));
    assertEquals(10, table.putIfAbsent(key(1), 99));
    assertEquals(20, table.putIfAbsent(key(2), 98));
    assertEquals(10, table.putIfAbsent(key(1), 97), "a repeat does not overwrite the first value");
  }

  @Test
  void keepsEveryKeyAndValueThroughManyGrowths() {
    // Sized for one key, then fed 20,000: the table must grow many times.
    NikTable table = new NikTable(1);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      assertEquals(-1, table.putIfAbsent(key(i), i), "new key " + i);
      if (i % 7 == 0) {
        // A repeat of an earlier key, between growths.
        assertEquals(i / 2, table.putIfAbsent(key(i / 2), -5), "repeat of " + i / 2);
      }
    }
    for (int i = 0; i < n; i++) {
      assertEquals(i, table.putIfAbsent(key(i), -7), "after growth, key " + i);
    }
  }

  @Test
  void keepsKeysSpreadOverTheWholeLongRange() {
    NikTable table = new NikTable(0);
    long[] keys = {1, 2, 16, 32, 1L << 40, Long.MAX_VALUE, Long.MAX_VALUE - 1, 9_999_999_999_999_999L};
    for (int i = 0; i < keys.length; i++) {
      assertEquals(-1, table.putIfAbsent(keys[i], 100 + i));
    }
    for (int i = 0; i < keys.length; i++) {
      assertEquals(100 + i, table.putIfAbsent(keys[i], 0));
    }
  }

  @Test
  void keysThatShareASlotAreKeptApart() {
    // Far more keys than the initial 16 slots, so some must collide and probe.
    NikTable table = new NikTable(8);
    for (int i = 1; i <= 200; i++) {
      assertEquals(-1, table.putIfAbsent(i * 16L, i));
    }
    for (int i = 1; i <= 200; i++) {
      assertEquals(i, table.putIfAbsent(i * 16L, 0));
    }
    assertEquals(-1, table.putIfAbsent(201 * 16L, 201));
  }

  @Test
  void aLargeExpectedSizeStillWorks() {
    NikTable table = new NikTable(100_000);
    assertEquals(-1, table.putIfAbsent(key(5), 5));
    assertEquals(5, table.putIfAbsent(key(5), 6));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void refusesAKeyThatIsNotPositive(long key) {
    NikTable table = new NikTable(4);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> table.putIfAbsent(key, 1));
    assertEquals("key must be positive: " + key, e.getMessage());
  }
}
