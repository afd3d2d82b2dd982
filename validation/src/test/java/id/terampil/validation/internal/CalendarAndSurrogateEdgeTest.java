package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terampil.core.time.DateText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The last day of 30-day months; an empty text and a high surrogate at the end of an echoed one. */
class CalendarAndSurrogateEdgeTest {

  @Test
  void theThirtiethOfAThirtyDayMonthIsADateAndTheThirtyFirstIsNot() {
    for (int month : new int[] {4, 6, 9, 11}) {
      String date = String.format("2024-%02d-30", month);
      assertEquals(LocalDate.of(2024, month, 30), DateText.readDate(date).orElse(null), date);
      assertNull(DateText.readDate(String.format("2024-%02d-31", month)).orElse(null));
      assertEquals(
          LocalDateTime.of(2024, month, 30, 9, 0),
          DateText.readDateTime(date + "T09:00:00").orElse(null));
      assertNull(DateText.readDateTime(String.format("2024-%02d-31T09:00:00", month)).orElse(null));
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
