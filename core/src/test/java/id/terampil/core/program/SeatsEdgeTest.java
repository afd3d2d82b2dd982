package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Boundaries of {@link Seats#parse(CharSequence)} and of hashing. */
class SeatsEdgeTest {

  private static String messageOf(String text) {
    return assertThrows(IllegalArgumentException.class, () -> Seats.parse(text)).getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9", "10", "90", "123456789"})
  void acceptsOneToNineDigits(String text) {
    assertEquals(Seats.exactly(Integer.parseInt(text)), Seats.parse(text));
  }

  @Test
  void rejectsTenDigits() {
    assertEquals(
        "seats must be a number of 1 to 9 ASCII digits or a range MIN-MAX: '1234567890'",
        messageOf("1234567890"));
  }

  @Test
  void aLeadingDashIsARangeWithoutALowerBound() {
    assertEquals("seats must be a number of 1 to 9 ASCII digits or a range MIN-MAX: ''", messageOf("-5"));
  }

  @Test
  void messageShowsTwentyCharactersWholeAndCutsLongerText() {
    String twenty = "x".repeat(20);
    assertEquals(
        "seats must be a number of 1 to 9 ASCII digits or a range MIN-MAX: '" + twenty + "'",
        messageOf(twenty));
    assertEquals(
        "seats must be a number of 1 to 9 ASCII digits or a range MIN-MAX: '" + twenty + "...'",
        messageOf(twenty + "x"));
  }

  @Test
  void differentSeatsHaveDifferentHashCodes() {
    List<Seats> seats =
        List.of(
            Seats.exactly(40), Seats.between(32, 40), Seats.between(31, 40), Seats.exactly(2),
            Seats.between(1, 2), Seats.exactly(1));
    assertEquals(seats.size(), seats.stream().map(Seats::hashCode).distinct().count());
  }
}
