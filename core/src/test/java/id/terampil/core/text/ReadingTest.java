package id.terampil.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingTest {

  private enum Problem { SHORT, LONG }

  @Test
  void aValueHasNoProblem() {
    Reading<String, Problem> reading = Reading.of("abc");
    assertTrue(reading.isValue());
    assertEquals(Optional.of("abc"), reading.value());
    assertEquals(Optional.empty(), reading.problem());
    assertEquals("abc", reading.orElseThrow());
    assertEquals("Reading[abc]", reading.toString());
  }

  @Test
  void aProblemHasNoValue() {
    Reading<String, Problem> reading = Reading.failed(Problem.SHORT);
    assertFalse(reading.isValue());
    assertEquals(Optional.empty(), reading.value());
    assertEquals(Optional.of(Problem.SHORT), reading.problem());
    IllegalStateException e = assertThrows(IllegalStateException.class, reading::orElseThrow);
    assertEquals("the text is no value: SHORT", e.getMessage());
    assertEquals("Reading[problem: SHORT]", reading.toString());
  }

  @Test
  void equalityIsByValueOrProblem() {
    assertEquals(Reading.of("a"), Reading.of("a"));
    assertEquals(Reading.of("a").hashCode(), Reading.of("a").hashCode());
    assertNotEquals(Reading.of("a"), Reading.of("b"));
    assertEquals(Reading.failed(Problem.LONG), Reading.failed(Problem.LONG));
    assertNotEquals(Reading.failed(Problem.LONG), Reading.failed(Problem.SHORT));
    assertNotEquals(Reading.<Problem, Problem>of(Problem.LONG), Reading.failed(Problem.LONG));
    assertNotEquals(Reading.of("a"), "a");
  }

  @Test
  void nullIsNeitherAValueNorAProblem() {
    assertEquals(
        "value must not be null",
        assertThrows(NullPointerException.class, () -> Reading.of(null)).getMessage());
    assertEquals(
        "problem must not be null",
        assertThrows(NullPointerException.class, () -> Reading.failed(null)).getMessage());
  }
}
