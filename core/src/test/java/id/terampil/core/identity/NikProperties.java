package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.Province;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link Nik}: round trips of text and of encoded parts, over synthetic numbers. */
class NikProperties {

  private static final LocalDate FIRST = LocalDate.of(Nik.MIN_BIRTH_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(Nik.MAX_BIRTH_YEAR, 12, 31);

  @Provide
  Arbitrary<RegionCode> districts() {
    return Combinators.combine(
            Arbitraries.of(Province.values()),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 99))
        .as((p, k, c) -> RegionCode.ofDistrict(p.code(), k, c));
  }

  @Provide
  Arbitrary<LocalDate> birthDates() {
    return Arbitraries.longs()
        .between(0, FIRST.until(LAST).toTotalMonths() * 31)
        .map(d -> FIRST.plusDays(d))
        .filter(d -> !d.isAfter(LAST))
        .edgeCases(
            e ->
                e.add(
                    LocalDate.of(2000, 2, 29),
                    LocalDate.of(1904, 2, 29),
                    LocalDate.of(2096, 2, 29),
                    FIRST,
                    LAST));
  }

  @Provide
  Arbitrary<Nik> niks() {
    return Combinators.combine(
            districts(),
            birthDates(),
            Arbitraries.of(Sex.class),
            Arbitraries.integers().between(1, 9999))
        .as(Nik::of);
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("niks") Nik nik) {
    assertEquals(nik, Nik.parse(nik.toString()));
    assertEquals(nik, Nik.parse("  " + nik + " "));
    assertEquals(16, nik.toString().length());
  }

  @Property
  void encodedPartsDecode(
      @ForAll("districts") RegionCode district,
      @ForAll("birthDates") LocalDate birthDate,
      @ForAll Sex sex,
      @ForAll("serials") int serial) {
    Nik nik = Nik.of(district, birthDate, sex, serial);
    assertEquals(district, nik.region());
    assertEquals(sex, nik.sex());
    assertEquals(serial, nik.serial());
    assertEquals(birthDate.getDayOfMonth(), nik.birthDayOfMonth());
    assertEquals(birthDate.getMonthValue(), nik.birthMonth());
    assertEquals(birthDate, nik.birthDateDeclared(birthDate));
    assertEquals(birthDate, nik.birthDateDeclared(birthDate, birthDate));
    // any reference date within 100 years after the birth resolves the century
    assertEquals(birthDate, nik.birthDateAsOf(birthDate));
    assertEquals(birthDate, nik.birthDateAsOf(birthDate.plusYears(100).minusDays(1)));
  }

  @Provide
  Arbitrary<Integer> serials() {
    return Arbitraries.integers().between(1, 9999).edgeCases(e -> e.add(1, 9999));
  }

  @Property
  void everyDateOfTheSupportedRangeRoundTripsForBothSexes(
      @ForAll("dayIndexes") int dayIndex) {
    LocalDate date = FIRST.plusDays(dayIndex);
    RegionCode district = RegionCode.ofDistrict(33, 75, 1);
    for (Sex sex : Sex.values()) {
      Nik nik = Nik.of(district, date, sex, 1);
      Nik parsed = Nik.parse(nik.toString());
      assertEquals(sex, parsed.sex());
      assertEquals(date, parsed.birthDateAsOf(date.plusDays(dayIndex % 36_500)));
      assertTrue(parsed.matchesBirthDate(date));
    }
  }

  @Provide
  Arbitrary<Integer> dayIndexes() {
    int count = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
    return Arbitraries.integers().between(0, count);
  }

  @Property
  void resolvedBirthDateIsNeverAfterTheReferenceNorAHundredYearsBefore(
      @ForAll("niks") Nik nik, @ForAll("birthDates") LocalDate reference) {
    Optional<LocalDate> resolved = resolve(nik, reference);
    resolved.ifPresent(
        birth -> {
          assertFalse(birth.isAfter(reference));
          assertTrue(birth.isAfter(reference.minusYears(100).minusDays(1)));
          assertTrue(nik.matchesBirthDate(birth));
        });
    // only 29 February of a year ending in 00 can fail: the candidate is 1900 or 2100
    if (resolved.isEmpty()) {
      assertEquals(29, nik.birthDayOfMonth());
      assertEquals(0, nik.birthYearOfCentury());
    }
  }

  private static Optional<LocalDate> resolve(Nik nik, LocalDate reference) {
    try {
      return Optional.of(nik.birthDateAsOf(reference));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Property
  void everyStructurallyValidTextParsesAndNoOtherDoes(@ForAll("nikLikeTexts") String text) {
    Optional<NikProblem> problem = Nik.read(text).problem();
    assertEquals(problem.isEmpty(), Nik.read(text).value().isPresent());
    problem.ifPresent(
        p -> {
          try {
            Nik.parse(text);
            throw new AssertionError("parse accepted a text with problem " + p);
          } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage().contains(text), e.getMessage());
          }
        });
  }

  @Provide
  Arbitrary<String> nikLikeTexts() {
    return Arbitraries.strings().withChars("0123456789").ofLength(16);
  }

  @Property
  void maskingHidesTheBirthDate(@ForAll("niks") Nik nik) {
    String masked = nik.masked();
    assertEquals(nik.toString().substring(0, 4), masked.substring(0, 4));
    assertEquals("********", masked.substring(4, 12));
    assertEquals(nik.toString().substring(12), masked.substring(12));
  }
}
