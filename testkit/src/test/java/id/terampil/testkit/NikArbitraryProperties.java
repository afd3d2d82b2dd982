package id.terampil.testkit;

import static id.terampil.core.eligibility.EligibilityRule.PRODUCTIVE_AGE_MAX;
import static id.terampil.core.eligibility.EligibilityRule.PRODUCTIVE_AGE_MIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NikArbitraryProperties {

  private static final LocalDate REFERENCE = LocalDate.of(2024, 7, 1);
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(1999, 12, 31);

  @Property
  void generatedNiksAreValidAndRoundTrip(@ForAll("any") Nik nik) {
    assertEquals(nik, Nik.parse(nik.toString()));
    assertTrue(Nik.read(nik.toString()).problem().isEmpty());
  }

  @Property
  void womenHaveSexPerempuanAndDayAbove40(@ForAll("women") Nik nik) {
    assertEquals(Sex.FEMALE, nik.sex());
    assertEquals("P", nik.sex().code());
    int rawDay = Integer.parseInt(nik.toString().substring(6, 8));
    assertTrue(rawDay >= 41 && rawDay <= 71, "raw day " + rawDay);
  }

  @Property
  void menHaveDayUpTo31(@ForAll("men") Nik nik) {
    int rawDay = Integer.parseInt(nik.toString().substring(6, 8));
    assertEquals(Sex.MALE, nik.sex());
    assertTrue(rawDay >= 1 && rawDay <= 31, "raw day " + rawDay);
  }

  @Property
  void bornBetweenIsRespected(@ForAll("bornInThe1990s") Nik nik) {
    LocalDate birth = nik.birthDateAsOf(LATEST);
    assertTrue(!birth.isBefore(EARLIEST) && !birth.isAfter(LATEST), birth.toString());
  }

  @Property
  void agedBetweenGivesProductiveAgesAtTheReferenceDate(@ForAll("productiveAge") Nik nik) {
    long age = ChronoUnit.YEARS.between(nik.birthDateAsOf(REFERENCE), REFERENCE);
    assertTrue(age >= PRODUCTIVE_AGE_MIN && age <= PRODUCTIVE_AGE_MAX, "age " + age);
  }

  @Property
  void registeredInIsRespected(@ForAll("kotaPekalongan") Nik nik) {
    assertTrue(nik.region().isWithin(RegionCode.parse("33.75")), nik.masked());
  }

  @Property
  void registeredInADistrictFixesTheFirstSixDigits(@ForAll("bendanKergonDistrict") Nik nik) {
    assertEquals("337501", nik.toString().substring(0, 6));
  }

  @Property
  void serialRangeIsRespected(@ForAll("lowSerials") Nik nik) {
    assertTrue(nik.serial() >= 1 && nik.serial() <= 20, "serial " + nik.serial());
  }

  @Example
  void configurationReturnsNewArbitrariesAndLeavesTheOriginalUnchanged() {
    NikArbitrary all = TerampilArbitraries.niks();
    NikArbitrary women = all.women();
    assertNotSame(all, women);
    assertTrue(all.sampleStream().limit(500).anyMatch(n -> n.sex() == Sex.MALE));
    assertTrue(women.sampleStream().limit(500).allMatch(n -> n.sex() == Sex.FEMALE));
  }

  @Example
  void rejectsAVillageAsRegionOfRegistration() {
    RegionCode village = RegionCode.parse("33.75.01.1006");
    assertThrows(
        IllegalArgumentException.class, () -> TerampilArbitraries.niks().registeredIn(village));
  }

  @Example
  void rejectsSerialsOutside0001To9999AndEmptyRanges() {
    NikArbitrary niks = TerampilArbitraries.niks();
    assertThrows(IllegalArgumentException.class, () -> niks.serialsBetween(0, 10));
    assertThrows(IllegalArgumentException.class, () -> niks.serialsBetween(1, 10_000));
    assertThrows(IllegalArgumentException.class, () -> niks.serialsBetween(20, 10));
  }

  @Example
  void rejectsABirthRangeThatEndsBeforeItStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.niks().bornBetween(LATEST, EARLIEST));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.niks().agedBetween(64, 15, REFERENCE));
  }

  @Example
  void rejectsRegionsThatDoNotOverlap() {
    NikArbitrary pekalongan = TerampilArbitraries.niks().registeredIn(RegionCode.parse("33.75"));
    assertThrows(
        IllegalArgumentException.class, () -> pekalongan.registeredIn(RegionCode.parse("62.71")));
  }

  @Provide
  Arbitrary<Nik> any() {
    return TerampilArbitraries.niks();
  }

  @Provide
  Arbitrary<Nik> women() {
    return TerampilArbitraries.niks().women();
  }

  @Provide
  Arbitrary<Nik> men() {
    return TerampilArbitraries.niks().men();
  }

  @Provide
  Arbitrary<Nik> bornInThe1990s() {
    return TerampilArbitraries.niks().bornBetween(EARLIEST, LATEST);
  }

  @Provide
  Arbitrary<Nik> productiveAge() {
    return TerampilArbitraries.niks().agedBetween(PRODUCTIVE_AGE_MIN, PRODUCTIVE_AGE_MAX, REFERENCE);
  }

  @Provide
  Arbitrary<Nik> kotaPekalongan() {
    return TerampilArbitraries.niks().registeredIn(RegionCode.parse("33.75"));
  }

  @Provide
  Arbitrary<Nik> bendanKergonDistrict() {
    return TerampilArbitraries.niks().women().registeredIn(RegionCode.parse("33.75.01"));
  }

  @Provide
  Arbitrary<Nik> lowSerials() {
    return TerampilArbitraries.niks().serialsBetween(1, 20);
  }
}
