package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The NIK's day rules, stated once: the women's day offset and the month lengths from the JDK. */
class NikDayRulesTest {

  /** The hand-written month lengths {@code Nik} had before it asked {@code java.time.Month}. */
  private static int handWrittenMaxDay(int month, int yy) {
    switch (month) {
      case 2:
        return yy % 4 == 0 ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  @Test
  void month_lengths_from_the_jdk_match_the_hand_written_ones_for_every_two_digit_year() {
    for (int yy = 0; yy < 100; yy++) {
      for (int month = 1; month <= 12; month++) {
        assertEquals(handWrittenMaxDay(month, yy), Nik.maxDay(month, yy), month + "/" + yy);
      }
    }
  }

  @Test
  void a_womans_nik_day_is_her_birth_day_plus_the_offset() {
    assertEquals(40, Nik.FEMALE_DAY_OFFSET);
    RegionCode district = RegionCode.ofDistrict(33, 74, 1);
    Nik woman = Nik.of(district, LocalDate.of(1990, 3, 5), Sex.FEMALE, 1);
    Nik man = Nik.of(district, LocalDate.of(1990, 3, 5), Sex.MALE, 1);
    assertEquals(5 + Nik.FEMALE_DAY_OFFSET, Integer.parseInt(woman.toString().substring(6, 8)));
    assertEquals(5, Integer.parseInt(man.toString().substring(6, 8)));
    assertEquals(5, woman.birthDayOfMonth());
    assertEquals(Sex.FEMALE, woman.sex());
    assertEquals(Sex.MALE, man.sex());
  }

  @Test
  void the_day_messages_keep_their_text() {
    assertEquals(
        "the NIK's birth day is not a valid day (women add 40)", NikProblem.BIRTH_DAY.description());
    assertEquals(
        "birth day 72 is not a valid day (women add 40)", message("3374017201900001"));
    assertEquals(
        "birth date 29-02 does not exist: 29 February exists only in leap years and no year ending"
            + " in 01 is one",
        message("3374016902010001"));
    assertEquals("birth date 31-04 does not exist", message("3374017104900001"));
  }

  private static String message(String nik) {
    return assertThrows(IllegalArgumentException.class, () -> Nik.parse(nik)).getMessage();
  }
}
