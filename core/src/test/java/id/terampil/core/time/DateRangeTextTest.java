package id.terampil.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parse message for text in another form, and hashing of distinct ranges. */
class DateRangeTextTest {

  @Test
  void theIsoIntervalFormIsRejectedWithAMessageNamingTheClosedForm() {
    // threeten-extra reads 2024-07-01/2024-07-31 with the end excluded; this type never reads it.
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2024-07-01/2024-07-31"));
    assertEquals(
        "a date range must be two ISO dates between square brackets, both included,"
            + " e.g. [2024-07-01, 2024-08-27]: '2024-07-01/2024-07-31'",
        e.getMessage());
  }

  @Test
  void distinct_periods_hash_differently() {
    DateRange july = DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));
    assertEquals(july.hashCode(), DateRange.parse("[2024-07-01, 2024-07-31]").hashCode());
    assertNotEquals(july.hashCode(), DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 30)).hashCode());
  }
}
