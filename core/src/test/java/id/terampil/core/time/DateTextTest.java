package id.terampil.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

  @ParameterizedTest
  @CsvSource({
    "1990-08-01, 1990-08-01",
    "' 1990-08-01 ', 1990-08-01",
    "01-08-1990, 1990-08-01",
    "01/08/1990, 1990-08-01",
    "2024-02-29, 2024-02-29",
    "29-02-2000, 2000-02-29",
    "0000-01-01, 0000-01-01",
    "9999-12-31, 9999-12-31"
  })
  void readsIsoAndDayFirstDates(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), DateText.readDate(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1990-8-01", "1990-08-1", "1990/08/01", "01-08/1990", "01.08.1990", "2023-02-29",
        "29-02-1900", "1990-13-01", "1990-00-10", "1990-01-00", "1990-04-31", "+990-08-01",
        "1990-08-0x", "١٩٩٠-٠٨-٠١", "1990-08-01T00:00", "01-08-90", "-1990-08-1"
      })
  void refusesEverythingElse(String text) {
    assertEquals(Optional.empty(), DateText.readDate(text));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-07-01T09:30, 2024-07-01T09:30",
    "2024-07-01T09:30:15, 2024-07-01T09:30:15",
    "2024-07-01T09:30:15.5, 2024-07-01T09:30:15.500",
    "' 2024-07-01T09:30:00+07:00 ', 2024-07-01T09:30",
    "2024-07-01T09:30:00Z, 2024-07-01T09:30",
    "2024-07-01t09:30:00-03:30, 2024-07-01T09:30"
  })
  void readsIsoDateTimesDroppingTheOffset(String text, LocalDateTime expected) {
    assertEquals(Optional.of(expected), DateText.readDateTime(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "2024-07-01", "2024-07-01 09:30", "2024-07-01T24:00", "2024-02-30T09:00",
        "2024-07-01T09:60", "2024-07-01T09:30+19:00", "2024-07-01T09:30:00+7", "T", "then"
      })
  void refusesOtherDateTimes(String text) {
    assertEquals(Optional.empty(), DateText.readDateTime(text));
  }
}
