package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatsTest {

  @Test
  void exactSeatsHaveEqualBounds() {
    Seats seats = Seats.exactly(40);
    assertEquals(40, seats.min());
    assertEquals(40, seats.max());
    assertTrue(seats.isExact());
    assertEquals("40", seats.toString());
  }

  @Test
  void aRangeKeepsBothBoundsAndMaxIsTheCapacity() {
    Seats seats = Seats.between(25, 30);
    assertEquals(25, seats.min());
    assertEquals(30, seats.max());
    assertFalse(seats.isExact());
    assertEquals("25-30", seats.toString());
  }

  @Test
  void aRangeWithMinEqualToMaxIsTheExactNumber() {
    assertEquals(Seats.exactly(25), Seats.between(25, 25));
    assertEquals(Seats.exactly(25).hashCode(), Seats.between(25, 25).hashCode());
    assertNotEquals(Seats.exactly(25), Seats.between(24, 25));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsNonPositiveSeats(int seats) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Seats.exactly(seats));
    assertTrue(e.getMessage().startsWith("seats must be positive"), e.getMessage());
  }

  @Test
  void rejectsNonPositiveMinAndMaxBelowMin() {
    IllegalArgumentException min =
        assertThrows(IllegalArgumentException.class, () -> Seats.between(0, 10));
    assertTrue(min.getMessage().startsWith("seats min must be positive"), min.getMessage());
    IllegalArgumentException max =
        assertThrows(IllegalArgumentException.class, () -> Seats.between(30, 25));
    assertTrue(max.getMessage().startsWith("seats max must not be less"), max.getMessage());
  }

  @Test
  void parseReadsBothForms() {
    assertEquals(Seats.exactly(40), Seats.parse(" 40 "));
    assertEquals(Seats.between(25, 30), Seats.parse("25-30"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "0", "25-", "-30", "30-25", "a", "4 0", "1-2-3", "+5", "1234567890"})
  void parseRejectsOtherText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Seats.parse(text));
    assertTrue(e.getMessage().startsWith("seats"), e.getMessage());
  }

  @Test
  void plusAddsBoundByBoundAndRejectsOverflow() {
    assertEquals(Seats.between(45, 70), Seats.between(25, 30).plus(Seats.between(20, 40)));
    assertThrows(
        ArithmeticException.class,
        () -> Seats.exactly(Integer.MAX_VALUE).plus(Seats.exactly(1)));
  }
}
