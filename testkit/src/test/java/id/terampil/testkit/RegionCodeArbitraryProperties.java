package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.region.VillageKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RegionCodeArbitraryProperties {

  private static final RegionCode KOTA_PEKALONGAN = RegionCode.parse("33.75");

  @Example
  void eachFactoryGeneratesItsLevelOnly() {
    assertLevels(TerampilArbitraries.provinces(), EnumSet.of(RegionLevel.PROVINCE));
    assertLevels(TerampilArbitraries.regencies(), EnumSet.of(RegionLevel.REGENCY));
    assertLevels(TerampilArbitraries.districts(), EnumSet.of(RegionLevel.DISTRICT));
    assertLevels(TerampilArbitraries.villages(), EnumSet.of(RegionLevel.VILLAGE));
    assertLevels(TerampilArbitraries.regionCodes(), EnumSet.allOf(RegionLevel.class));
  }

  private static void assertLevels(Arbitrary<RegionCode> codes, Set<RegionLevel> expected) {
    Set<RegionLevel> seen =
        codes.sampleStream().limit(500).map(RegionCode::level).collect(Collectors.toSet());
    assertEquals(expected, seen);
  }

  @Property
  void generatedCodesAreWellFormed(@ForAll("all") RegionCode code) {
    assertEquals(code, RegionCode.parse(code.toString()));
    assertEquals(code, RegionCode.parse(code.toCompactString()));
  }

  @Property
  void withinIsRespected(@ForAll("inKotaPekalongan") RegionCode code) {
    assertTrue(code.isWithin(KOTA_PEKALONGAN), code.toString());
    assertTrue(code.level() != RegionLevel.PROVINCE, code.toString());
  }

  @Property
  void kotaGivesRegencyParts71AndAbove(@ForAll("kotaDistricts") RegionCode code) {
    assertTrue(code.isKota() && code.regencyPart() >= 71, code.toString());
  }

  @Property
  void kabupatenGivesRegencyPartsBelow70(@ForAll("kabupatenVillages") RegionCode code) {
    assertTrue(code.isKabupaten() && code.regencyPart() <= 69, code.toString());
  }

  @Property
  void kelurahanAndDesaAreRespected(
      @ForAll("kelurahan") RegionCode kelurahan, @ForAll("desa") RegionCode desa) {
    assertEquals(VillageKind.KELURAHAN, kelurahan.villageKind().orElseThrow());
    assertEquals(VillageKind.DESA, desa.villageKind().orElseThrow());
  }

  @Example
  void rejectsContradictoryConfigurations() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.regencies().within(RegionCode.parse("33.75.01")));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.districts().kabupaten().within(KOTA_PEKALONGAN));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.villages().within(RegionCode.parse("33.75.01.1006")).desa());
    assertThrows(IllegalStateException.class, () -> TerampilArbitraries.provinces().kota());
    assertThrows(IllegalStateException.class, () -> TerampilArbitraries.districts().kelurahan());
  }

  @Provide
  Arbitrary<RegionCode> all() {
    return TerampilArbitraries.regionCodes();
  }

  @Provide
  Arbitrary<RegionCode> inKotaPekalongan() {
    return TerampilArbitraries.regionCodes().within(KOTA_PEKALONGAN);
  }

  @Provide
  Arbitrary<RegionCode> kotaDistricts() {
    return TerampilArbitraries.districts().kota();
  }

  @Provide
  Arbitrary<RegionCode> kabupatenVillages() {
    return TerampilArbitraries.villages().kabupaten();
  }

  @Provide
  Arbitrary<RegionCode> kelurahan() {
    return TerampilArbitraries.villages().within(RegionCode.parse("33.75.01")).kelurahan();
  }

  @Provide
  Arbitrary<RegionCode> desa() {
    return TerampilArbitraries.regionCodes().desa();
  }
}
