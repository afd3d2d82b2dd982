package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The last day of 30-day months; an empty text and a high surrogate at the end of an echoed one. */
class CalendarAndSurrogateEdgeTest {

  @Test
  void theThirtiethOfAThirtyDayMonthIsADateAndTheThirtyFirstIsNot() {
    for (int month : new int[] {4, 6, 9, 11}) {
      String date = String.format("2024-%02d-30", month);
      assertEquals(LocalDate.of(2024, month, 30), FieldRules.parseDate(date), date);
      assertNull(FieldRules.parseDate(String.format("2024-%02d-31", month)));
      assertEquals(
          LocalDateTime.of(2024, month, 30, 9, 0),
          FieldRules.parseRegistrationTime(date + "T09:00:00"));
      assertNull(FieldRules.parseRegistrationTime(String.format("2024-%02d-31T09:00:00", month)));
    }
  }

  @Test
  void aHighSurrogateAtTheEndIsReplacedNotReadBeyondTheText() {
    assertEquals("ab\uFFFD", Texts.echo("ab\uD83D"));
    assertEquals("\uFFFD", Texts.echo("\uD83D"));
  }

  @Test
  void anEmptyTextEchoesAsEmpty() {
    assertEquals("", Texts.echo(""));
  }
}
