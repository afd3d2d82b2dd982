package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples and edge cases of {@link RegionCode}, with codes from the seed articles. */
class RegionCodeTest {

  private static void assertRejected(String text, String messagePart) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionCode.parse(text));
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertEquals(Optional.empty(), RegionCode.read(text));
  }

  @Test
  void parsesAndPrintsEveryLevel() {
    assertEquals(RegionLevel.PROVINCE, RegionCode.parse("62").level());
    assertEquals(RegionLevel.REGENCY, RegionCode.parse("62.71").level());
    assertEquals(RegionLevel.DISTRICT, RegionCode.parse("62.71.02").level());
    assertEquals(RegionLevel.VILLAGE, RegionCode.parse("33.75.01.1006").level());
    for (String text : new String[] {"62", "62.71", "62.71.02", "33.75.01.1006"}) {
      assertEquals(text, RegionCode.parse(text).toString());
    }
  }

  @Test
  void parsesTheCompactFormAndSurroundingWhitespace() {
    assertEquals(RegionCode.parse("33.75.01.1006"), RegionCode.parse("3375011006"));
    assertEquals(RegionCode.parse("62.71.05"), RegionCode.parse(" 627105\t"));
    assertEquals("3375011006", RegionCode.parse("33.75.01.1006").toCompactString());
    assertEquals("33", RegionCode.parse("33").toCompactString());
  }

  @Test
  void factoriesAgreeWithParse() {
    assertEquals(RegionCode.parse("33"), RegionCode.ofProvince(33));
    assertEquals(RegionCode.parse("33.75"), RegionCode.ofRegency(33, 75));
    assertEquals(RegionCode.parse("33.75.01"), RegionCode.ofDistrict(33, 75, 1));
    assertEquals(RegionCode.parse("33.75.01.1012"), RegionCode.ofVillage(33, 75, 1, 1012));
    assertEquals(Province.JAWA_TENGAH, RegionCode.parse("33.75.01").province());
    assertEquals(75, RegionCode.parse("33.75.01").regencyPart());
    assertEquals(1, RegionCode.parse("33.75.01").districtPart());
    assertEquals(1012, RegionCode.parse("33.75.01.1012").villagePart());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "3", "333", "33.7", "33.75.", "33.75.1", "33.75.01.106", "33.75.01.10060",
        "33.75.01.1006.01", "33..75", "33.75 01", "33375", "337501100"})
  void rejectsMalformedShapes(String text) {
    assertRejected(text, "region code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3a", "33.7x", "33.75.0-", "337a"})
  void rejectsNonDigits(String text) {
    assertRejected(text, "region code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "20", "54", "97", "99.71"})
  void rejectsUnknownProvinces(String text) {
    assertRejected(text, "not a known province");
  }

  @Test
  void rejectsZeroParts() {
    assertRejected("33.00", "regency part 00");
    assertRejected("33.75.00", "district part 00");
    assertRejected("33.75.01.1000", "serial 000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"33.75.01.0001", "33.75.01.4001", "33.75.01.9006"})
  void rejectsVillagePartsNotBeginningWithOneTwoOrThree(String text) {
    assertRejected(text, "must begin with 1 (kelurahan), 2 (desa) or 3 (desa adat)");
  }

  @Test
  void factoriesRejectOutOfRangeParts() {
    assertThrows(IllegalArgumentException.class, () -> RegionCode.ofProvince(10));
    IllegalArgumentException regency =
        assertThrows(IllegalArgumentException.class, () -> RegionCode.ofRegency(33, 100));
    assertTrue(regency.getMessage().contains("regency part"), regency.getMessage());
    IllegalArgumentException district =
        assertThrows(IllegalArgumentException.class, () -> RegionCode.ofDistrict(33, 75, 0));
    assertTrue(district.getMessage().contains("district part"), district.getMessage());
    IllegalArgumentException village =
        assertThrows(IllegalArgumentException.class, () -> RegionCode.ofVillage(33, 75, 1, 10_006));
    assertTrue(village.getMessage().contains("village part"), village.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RegionCode.ofVillage(33, 75, 1, 4006));
  }

  @ParameterizedTest
  @CsvSource({"33.26, KABUPATEN", "33.01, KABUPATEN", "33.69, KABUPATEN", "33.71, KOTA",
      "33.75, KOTA", "96.71, KOTA", "33.99, KOTA", "62.71.02, KOTA", "33.26.01.2001, KABUPATEN"})
  void tellsKotaFromKabupatenByTheRegencyPart(String code, RegencyKind kind) {
    RegionCode region = RegionCode.parse(code);
    assertEquals(Optional.of(kind), region.regencyKind());
    assertEquals(kind == RegencyKind.KOTA, region.isKota());
    assertEquals(kind == RegencyKind.KABUPATEN, region.isKabupaten());
  }

  @Test
  void provincesAndRegencyPartSeventyAreNeitherKotaNorKabupaten() {
    for (String code : new String[] {"33", "33.70", "33.70.01"}) {
      RegionCode region = RegionCode.parse(code);
      assertEquals(Optional.empty(), region.regencyKind());
      assertFalse(region.isKota());
      assertFalse(region.isKabupaten());
    }
  }

  @ParameterizedTest
  @CsvSource({"33.75.01.1006, KELURAHAN", "33.26.01.1001, KELURAHAN", "33.75.01.2003, DESA",
      "33.26.01.2999, DESA", "51.03.01.3001, DESA_ADAT"})
  void tellsVillageKindByTheFirstDigit(String code, VillageKind kind) {
    assertEquals(Optional.of(kind), RegionCode.parse(code).villageKind());
    assertEquals(kind.firstDigit(), RegionCode.parse(code).villagePart() / 1000);
  }

  @Test
  void kotaMayHoldDesaAndKabupatenMayHoldKelurahan() {
    RegionCode desaInKota = RegionCode.parse("33.75.01.2001");
    assertTrue(desaInKota.isKota());
    assertEquals(Optional.of(VillageKind.DESA), desaInKota.villageKind());
    RegionCode kelurahanInKabupaten = RegionCode.parse("33.26.01.1001");
    assertTrue(kelurahanInKabupaten.isKabupaten());
    assertEquals(Optional.of(VillageKind.KELURAHAN), kelurahanInKabupaten.villageKind());
  }

  @Test
  void villageKindIsEmptyAboveVillageLevel() {
    assertEquals(Optional.empty(), RegionCode.parse("33.75.01").villageKind());
  }

  @Test
  void partAccessorsRejectLevelsWithoutThatPart() {
    assertThrows(IllegalStateException.class, () -> RegionCode.parse("33").regencyPart());
    assertThrows(IllegalStateException.class, () -> RegionCode.parse("33.75").districtPart());
    assertThrows(IllegalStateException.class, () -> RegionCode.parse("33.75.01").villagePart());
  }

  @Test
  void parentsAndContainment() {
    RegionCode bendanKergon = RegionCode.parse("33.75.01.1006");
    RegionCode barat = RegionCode.parse("33.75.01");
    RegionCode kota = RegionCode.parse("33.75");
    RegionCode jateng = RegionCode.parse("33");
    assertEquals(Optional.of(barat), bendanKergon.parent());
    assertEquals(Optional.of(kota), barat.parent());
    assertEquals(Optional.of(jateng), kota.parent());
    assertEquals(Optional.empty(), jateng.parent());
    assertTrue(kota.contains(bendanKergon));
    assertTrue(kota.contains(kota));
    assertTrue(bendanKergon.isWithin(jateng));
    assertFalse(bendanKergon.contains(kota));
    assertFalse(RegionCode.parse("33.26").contains(bendanKergon));
    assertFalse(RegionCode.parse("33.75.02").contains(bendanKergon));
    assertEquals(kota, bendanKergon.truncateTo(RegionLevel.REGENCY));
    assertEquals(barat, barat.truncateTo(RegionLevel.DISTRICT));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kota.truncateTo(RegionLevel.VILLAGE));
    assertTrue(e.getMessage().contains("cannot widen"), e.getMessage());
  }

  @Test
  void equalityAndOrderPutParentsFirst() {
    assertEquals(RegionCode.parse("33.75"), RegionCode.parse("3375"));
    assertEquals(RegionCode.parse("33.75").hashCode(), RegionCode.parse("3375").hashCode());
    assertNotEquals(RegionCode.parse("33.75"), RegionCode.parse("33.75.01"));
    assertTrue(RegionCode.parse("33.75").compareTo(RegionCode.parse("33.75.01")) < 0);
    assertTrue(RegionCode.parse("33.75.01.1006").compareTo(RegionCode.parse("33.75.02")) < 0);
    assertTrue(RegionCode.parse("33.99").compareTo(RegionCode.parse("34")) < 0);
  }

  @Test
  void provincesAreTheThirtyEightCurrentOnes() {
    assertEquals(38, Province.values().length);
    assertEquals(Optional.of(Province.PAPUA_BARAT_DAYA), Province.ofCode(96));
    assertEquals(Optional.empty(), Province.ofCode(54));
    assertEquals(Optional.empty(), Province.ofCode(-1));
    assertEquals(Optional.empty(), Province.ofCode(100));
    for (Province p : Province.values()) {
      assertEquals(Optional.of(p), Province.ofCode(p.code()));
      assertEquals(p, p.regionCode().province());
    }
  }
}
