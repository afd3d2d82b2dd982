package id.terampil.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parse message for a missing start date, and hashing of distinct periods. */
class PeriodTextTest {

  @Test
  void a_period_text_starting_with_the_slash_is_rejected_before_any_date_is_read() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.parse("/2024-07-01"));
    assertEquals(
        "period must be two ISO dates separated by '/', e.g. 2024-07-01/2024-08-27", e.getMessage());
  }

  @Test
  void distinct_periods_hash_differently() {
    Period july = Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));
    assertEquals(july.hashCode(), Period.parse("2024-07-01/2024-07-31").hashCode());
    assertNotEquals(july.hashCode(), Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 30)).hashCode());
  }
}
