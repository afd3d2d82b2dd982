package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples and edge cases of {@link Nik}; all numbers are synthetic. */
class NikTest {

  private static final RegionCode PEKALONGAN_BARAT = RegionCode.parse("33.75.01");

  private static IllegalArgumentException rejection(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Nik.parse(text));
    String trimmed = text.strip();
    if (trimmed.length() >= 10) {
      assertFalse(e.getMessage().contains(trimmed), "message echoes the NIK: " + e.getMessage());
    }
    return e;
  }

  private static void assertRejected(String text, NikProblem problem, String... messageParts) {
    IllegalArgumentException e = rejection(text);
    for (String part : messageParts) {
      assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks " + part);
    }
    assertEquals(Optional.of(problem), Nik.read(text).problem());
    assertEquals(Optional.empty(), Nik.read(text).value());
  }

  @Test
  void decodesRegionSexBirthDigitsAndSerial() {
    Nik nik = Nik.parse("3375014506900001");
    assertEquals(RegionCode.parse("33.75.01"), nik.region());
    assertEquals(Sex.FEMALE, nik.sex());
    assertEquals(5, nik.birthDayOfMonth());
    assertEquals(6, nik.birthMonth());
    assertEquals(90, nik.birthYearOfCentury());
    assertEquals(1, nik.serial());
    assertEquals("3375014506900001", nik.toString());
    assertEquals(3375014506900001L, nik.toLong());
  }

  @Test
  void aNikStoredAsANumberReadsBackEqualAndABadNumberIsRejectedByTheSameRules() {
    Nik nik = Nik.parse("3375014506900001");
    assertEquals(nik, Nik.ofLong(nik.toLong()));
    assertEquals("3375014506900001", Nik.ofLong(3375014506900001L).toString());
    // Each rule of the text applies to the number's digits; no message shows them.
    long[] bad = {
      337501450690001L, // 15 digits
      -3375014506900001L, // a sign is not a digit
      0L,
      9975014506900001L, // province 99 does not exist
      3300014506900001L, // regency 00
      3375004506900001L, // district 00
      3375013206900001L, // day 32
      3375014513900001L, // month 13
      3375013002900001L, // 30 February
      3375014506900000L, // serial 0000
    };
    String[] problems = {
      "16 digits", "16 digits", "16 digits", "province", "regency", "district", "day", "month",
      "date", "serial"
    };
    for (int i = 0; i < bad.length; i++) {
      long value = bad[i];
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Nik.ofLong(value), "" + value);
      assertTrue(
          e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(problems[i]),
          value + ": " + e.getMessage());
      if (value > 999_999_999L) {
        assertFalse(e.getMessage().contains(Long.toString(value)), e.getMessage());
      }
    }
  }

  @Test
  void menKeepTheDayAndWomenAddForty() {
    assertEquals(Sex.MALE, Nik.parse("3375010506900001").sex());
    assertEquals(Sex.MALE, Nik.parse("3375013112900001").sex());
    assertEquals(Sex.FEMALE, Nik.parse("3375014101900001").sex());
    Nik woman = Nik.parse("3375017112900001");
    assertEquals(Sex.FEMALE, woman.sex());
    assertEquals(31, woman.birthDayOfMonth());
  }

  @Test
  void toleratesSurroundingWhitespaceOnly() {
    Nik nik = Nik.parse("  3375014506900001\t\n");
    assertEquals("3375014506900001", nik.toString());
    assertRejected("3375 0145 0690 0001", NikProblem.LENGTH, "16 digits");
    assertRejected("3375-01-450690-0001", NikProblem.LENGTH, "16 digits");
    assertRejected("33750145069000 1", NikProblem.NOT_DIGITS, "only the digits", "position 15");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "337501450690001", "33750145069000011"})
  void rejectsAnythingButSixteenCharacters(String text) {
    IllegalArgumentException e = rejection(text);
    assertTrue(e.getMessage().contains("exactly 16 digits"), e.getMessage());
    assertEquals(Optional.of(NikProblem.LENGTH), Nik.read(text).problem());
  }

  @Test
  void rejectsNonAsciiDigitsAndLetters() {
    assertRejected("33750145069000O1", NikProblem.NOT_DIGITS, "position 15");
    // Arabic-Indic digit three in the first position
    assertRejected("\u0663375014506900001".substring(0, 16), NikProblem.NOT_DIGITS, "position 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "20", "37", "54", "97", "99"})
  void rejectsUnknownProvince(String province) {
    assertRejected(
        province + "75014506900001",
        NikProblem.UNKNOWN_PROVINCE,
        "province code " + province,
        "not a known province");
  }

  @Test
  void rejectsRegencyAndDistrictZero() {
    assertRejected("3300014506900001", NikProblem.ZERO_REGENCY, "regency part 00");
    assertRejected("3375004506900001", NikProblem.ZERO_DISTRICT, "district part 00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "32", "35", "39", "40", "72", "80", "99"})
  void rejectsInvalidBirthDay(String day) {
    assertRejected(
        "337501" + day + "06900001",
        NikProblem.BIRTH_DAY,
        "birth day " + Integer.parseInt(day) + " is not a valid day (women add 40)");
  }

  @Test
  void birthDayMessageMatchesTheIssueExample() {
    assertEquals(
        "birth day 35 is not a valid day (women add 40)",
        rejection("3375013506900001").getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "13", "99"})
  void rejectsInvalidBirthMonth(String month) {
    assertRejected(
        "33750105" + month + "900001",
        NikProblem.BIRTH_MONTH,
        "birth month " + month + " is not a valid month");
  }

  @ParameterizedTest
  @CsvSource({"3104, 31-04", "7104, 31-04", "3106, 31-06", "3109, 31-09", "3111, 31-11",
      "3002, 30-02", "7002, 30-02", "3102, 31-02"})
  void rejectsImpossibleDates(String dayMonth, String shown) {
    assertRejected(
        "337501" + dayMonth + "900001", NikProblem.BIRTH_DATE, "birth date " + shown, "not exist");
  }

  @Test
  void acceptsTwentyNinthFebruaryOnlyWhenTheTwoDigitYearCanBeALeapYear() {
    assertEquals(29, Nik.parse("3375012902000001").birthDayOfMonth()); // 2000
    assertEquals(29, Nik.parse("3375016902960001").birthDayOfMonth()); // 1996/2096, woman
    assertEquals(29, Nik.parse("3375012902880001").birthDayOfMonth());
    assertRejected("3375012902010001", NikProblem.BIRTH_DATE, "29-02", "leap years");
    assertRejected("3375016902990001", NikProblem.BIRTH_DATE, "29-02", "leap years");
    assertRejected("3375012902900001", NikProblem.BIRTH_DATE, "29-02", "leap years");
  }

  @Test
  void rejectsSerialZeroAndAcceptsTheSerialBounds() {
    assertRejected("3375014506900000", NikProblem.ZERO_SERIAL, "serial 0000");
    assertEquals(1, Nik.parse("3375014506900001").serial());
    assertEquals(9999, Nik.parse("3375014506909999").serial());
  }

  @Test
  void reportsTheFirstRuleBrokenInDeclaredOrder() {
    // unknown province, bad day, bad month and zero serial at once: province comes first
    assertEquals(Optional.of(NikProblem.UNKNOWN_PROVINCE), Nik.read("9975003513900000").problem());
    assertEquals(Optional.of(NikProblem.BIRTH_DAY), Nik.read("3375013513900000").problem());
    assertEquals(Optional.of(NikProblem.BIRTH_MONTH), Nik.read("3375010513900000").problem());
  }

  @Test
  void doesNotRejectRetiredOrUnknownRegencyAndDistrictPrefixes() {
    // Kota Sorong was 92.71 before UU 29/2022 (now 96.71); older NIKs keep 9271
    Nik sorong = Nik.parse("9271014506900001");
    assertEquals(RegionCode.parse("92.71.01"), sorong.region());
    // regency 70 and district 99 are not assigned to anything, still not rejected
    assertTrue(Nik.read("3370994506900001").value().isPresent());
    assertTrue(Nik.read("3399994506900001").value().isPresent());
  }

  @Test
  void decodesKotaAndKabupatenPrefixes() {
    assertTrue(Nik.parse("3375014506900001").region().isKota());
    assertTrue(Nik.parse("3326014506900001").region().isKabupaten());
    assertTrue(Nik.parse("6271024506900001").region().isKota());
  }

  @Test
  void readNamesTheProblemOrGivesTheNik() {
    assertEquals(Optional.of(Nik.parse("3375014506900001")), Nik.read(" 3375014506900001 ").value());
    assertTrue(Nik.read("3375014506900001").isValue());
    assertEquals(Optional.of(NikProblem.LENGTH), Nik.read("33750145069").problem());
    assertEquals(Optional.of(NikProblem.ZERO_SERIAL), Nik.read("3375014506900000").problem());
    assertFalse(Nik.read("3375014506900000").isValue());
    NullPointerException e = assertThrows(NullPointerException.class, () -> Nik.read(null));
    assertEquals("NIK text must not be null", e.getMessage());
  }

  @Test
  void resolvesTheCenturyAgainstAReferenceDate() {
    Nik nik = Nik.parse("3375011506240001"); // 15-06-24
    assertEquals(LocalDate.of(2024, 6, 15), nik.birthDateAsOf(LocalDate.of(2024, 6, 15)));
    assertEquals(LocalDate.of(2024, 6, 15), nik.birthDateAsOf(LocalDate.of(2024, 7, 1)));
    assertEquals(LocalDate.of(1924, 6, 15), nik.birthDateAsOf(LocalDate.of(2024, 6, 14)));
    assertEquals(LocalDate.of(1924, 6, 15), nik.birthDateAsOf(LocalDate.of(2023, 12, 31)));
    assertEquals(LocalDate.of(2024, 6, 15), nik.birthDateAsOf(LocalDate.of(2123, 6, 14)));
    assertEquals(LocalDate.of(1990, 6, 5), Nik.parse("3375014506900001")
        .birthDateAsOf(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void resolvesTwentyNinthFebruaryOfYearZeroOnlyTo2000() {
    Nik nik = Nik.parse("3375016902000001");
    assertEquals(LocalDate.of(2000, 2, 29), nik.birthDateAsOf(LocalDate.of(2000, 2, 29)));
    assertEquals(LocalDate.of(2000, 2, 29), nik.birthDateAsOf(LocalDate.of(2099, 12, 31)));
    // as of 28 February 2000 the latest century not after the reference is 1900, not a leap year
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> nik.birthDateAsOf(LocalDate.of(2000, 2, 28)));
    assertTrue(e.getMessage().contains("29-02-1900"), e.getMessage());
    assertTrue(e.getMessage().contains("not a leap year"), e.getMessage());
  }

  @Test
  void resolvesTwentyNinthFebruaryOfALeapYear() {
    Nik nik = Nik.parse("3375012902960001");
    assertEquals(LocalDate.of(1996, 2, 29), nik.birthDateAsOf(LocalDate.of(2025, 1, 1)));
    assertEquals(LocalDate.of(2096, 2, 29), nik.birthDateAsOf(LocalDate.of(2096, 3, 1)));
  }

  @Test
  void resolvesTheCenturyUpToTheLastDate() {
    assertEquals(
        LocalDate.of(999_999_924, 6, 15),
        Nik.parse("3375011506240001").birthDateAsOf(LocalDate.MAX));
    assertEquals(LocalDate.MAX, Nik.parse("3375013112990001").birthDateAsOf(LocalDate.MAX));
  }

  @Test
  void rejectsAReferenceDateTooCloseToTheFirstDate() {
    Nik nik = Nik.parse("3375013112000001"); // 31-12-00, resolved furthest back
    LocalDate earliest = LocalDate.of(-999_999_800, 1, 1);
    assertEquals(LocalDate.of(-999_999_900, 12, 31), nik.birthDateAsOf(earliest));
    for (LocalDate reference : new LocalDate[] {earliest.minusDays(1), LocalDate.MIN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> nik.birthDateAsOf(reference));
      assertEquals(
          "reference date " + reference + " is before year -999999800, too early to resolve a birth date",
          e.getMessage());
    }
  }

  @Test
  void resolvesTheCenturyAgainstADeclaredBirthDate() {
    Nik nik = Nik.parse("3375011506240001");
    assertEquals(LocalDate.of(1924, 6, 15), nik.birthDateDeclared(LocalDate.of(1924, 6, 15)));
    assertEquals(LocalDate.of(2024, 6, 15), nik.birthDateDeclared(LocalDate.of(2024, 6, 15)));
    assertTrue(nik.matchesBirthDate(LocalDate.of(1924, 6, 15)));
    assertFalse(nik.matchesBirthDate(LocalDate.of(1925, 6, 15)));
    assertFalse(nik.matchesBirthDate(LocalDate.of(1924, 6, 16)));
    assertFalse(nik.matchesBirthDate(LocalDate.of(1924, 7, 15)));
  }

  @Test
  void rejectsADeclaredBirthDateThatDisagreesWithTheDigits() {
    Nik nik = Nik.parse("3375011506240001");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> nik.birthDateDeclared(LocalDate.of(1924, 6, 16)));
    assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    assertFalse(e.getMessage().contains(nik.toString()), e.getMessage());
  }

  @Test
  void rejectsABirthDateAfterTheReferenceDate() {
    Nik nik = Nik.parse("3375011506240001");
    assertEquals(
        LocalDate.of(2024, 6, 15),
        nik.birthDateDeclared(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 6, 15)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> nik.birthDateDeclared(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 6, 14)));
    assertTrue(e.getMessage().contains("after the reference date"), e.getMessage());
  }

  @Test
  void buildsFromItsParts() {
    Nik woman = Nik.of(PEKALONGAN_BARAT, LocalDate.of(1990, 6, 5), Sex.FEMALE, 1);
    assertEquals(Nik.parse("3375014506900001"), woman);
    Nik man = Nik.of(PEKALONGAN_BARAT, LocalDate.of(2000, 2, 29), Sex.MALE, 9999);
    assertEquals("3375012902009999", man.toString());
  }

  @Test
  void ofRejectsBadParts() {
    LocalDate date = LocalDate.of(1990, 6, 5);
    IllegalArgumentException level =
        assertThrows(
            IllegalArgumentException.class,
            () -> Nik.of(RegionCode.parse("33.75"), date, Sex.MALE, 1));
    assertTrue(level.getMessage().contains("district"), level.getMessage());
    IllegalArgumentException village =
        assertThrows(
            IllegalArgumentException.class,
            () -> Nik.of(RegionCode.parse("33.75.01.1006"), date, Sex.MALE, 1));
    assertTrue(village.getMessage().contains("district"), village.getMessage());
    for (int serial : new int[] {0, -1, 10_000}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Nik.of(PEKALONGAN_BARAT, date, Sex.MALE, serial));
      assertTrue(e.getMessage().contains("serial"), e.getMessage());
    }
    for (LocalDate outside : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2100, 1, 1)}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Nik.of(PEKALONGAN_BARAT, outside, Sex.MALE, 1));
      assertTrue(e.getMessage().contains("birth year"), e.getMessage());
    }
  }

  @Test
  void everyDateFrom1900To2099RoundTripsForBothSexes() {
    LocalDate last = LocalDate.of(Nik.MAX_BIRTH_YEAR, 12, 31);
    int count = 0;
    for (LocalDate date = LocalDate.of(Nik.MIN_BIRTH_YEAR, 1, 1);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (Sex sex : Sex.values()) {
        Nik parsed = Nik.parse(Nik.of(PEKALONGAN_BARAT, date, sex, 1).toString());
        assertEquals(sex, parsed.sex());
        assertEquals(date, parsed.birthDateDeclared(date));
        assertEquals(date, parsed.birthDateAsOf(date));
        count++;
      }
    }
    assertEquals(2 * 73_049, count);
  }

  @Test
  void masksTheMiddleEightDigits() {
    assertEquals("3375********0001", Nik.parse("3375014506900001").masked());
  }

  @Test
  void equalityAndOrderFollowTheDigits() {
    Nik a = Nik.parse("3375014506900001");
    Nik b = Nik.parse(" 3375014506900001 ");
    Nik c = Nik.parse("3375014506900002");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertTrue(a.compareTo(c) < 0);
  }

  @Test
  void everyProblemHasADescriptionWithoutDigitsOfANik() {
    for (NikProblem problem : NikProblem.values()) {
      assertFalse(problem.description().isBlank());
      assertFalse(problem.description().matches(".*\\d{5,}.*"), problem.description());
    }
  }
}
