package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * NIKs share long prefixes; the table must still spread them over its slots, or a batch of a few
 * hundred thousand records takes quadratic time (minutes instead of milliseconds).
 */
class NikTableSpreadTest {

  @Test
  void threeHundredThousandNikShapedKeysGoInFast() {
    int n = 300_000;
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          NikTable table = new NikTable(16);
          for (int i = 0; i < n; i++) {
            assertEquals(-1, table.putIfAbsent(3375010101900000L + i, i));
          }
          assertEquals(n - 1, table.putIfAbsent(3375010101900000L + n - 1, 0));
        });
  }
}
