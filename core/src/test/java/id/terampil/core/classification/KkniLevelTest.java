package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KkniLevelTest {

  @Test
  void numbersAndCategories() {
    for (int n = 1; n <= 9; n++) {
      assertEquals(n, KkniLevel.of(n).number());
    }
    assertEquals(KkniLevel.Category.OPERATOR, KkniLevel.of(3).category());
    assertEquals(KkniLevel.Category.TECHNICIAN_OR_ANALYST, KkniLevel.of(4).category());
    assertEquals(KkniLevel.Category.TECHNICIAN_OR_ANALYST, KkniLevel.of(6).category());
    assertEquals(KkniLevel.Category.EXPERT, KkniLevel.of(7).category());
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 10, 99})
  void rejectsLevelsOutsideOneToNine(int level) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KkniLevel.of(level));
    assertTrue(e.getMessage().startsWith("KKNI level must"), e.getMessage());
  }
}
