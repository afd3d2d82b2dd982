package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.region.Province;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialRegionDirectoryTest {

  private final OfficialRegionDirectory regions = OfficialRegions.directory();

  private static RegionCode code(String text) {
    return RegionCode.parse(text);
  }

  @Test
  void directoryIsLoadedOnceAndShared() {
    assertSame(regions, OfficialRegions.directory());
    assertTrue(regions.isComplete());
    assertEquals(
        "OfficialRegionDirectory[Kepmendagri No. 300.2.2-2138 Tahun 2025, 6 editions]",
        regions.toString());
  }

  @Test
  void currentListHasTheOfficialCountsPerLevel() {
    assertEquals(38, regions.currentCodes(RegionLevel.PROVINCE).size());
    assertEquals(514, regions.currentCodes(RegionLevel.REGENCY).size());
    assertEquals(7_285, regions.currentCodes(RegionLevel.DISTRICT).size());
    assertEquals(83_762, regions.currentCodes(RegionLevel.VILLAGE).size());
  }

  @Test
  void retiredCodesPerLevel() {
    assertEquals(0, regions.retiredCodes(RegionLevel.PROVINCE).size());
    assertEquals(26, regions.retiredCodes(RegionLevel.REGENCY).size());
    assertEquals(594, regions.retiredCodes(RegionLevel.DISTRICT).size());
    assertEquals(6_914, regions.retiredCodes(RegionLevel.VILLAGE).size());
  }

  @ParameterizedTest
  @CsvSource({
    "33.75, Kota Pekalongan",
    "33.26, Kabupaten Pekalongan",
    "62.71, Kota Palangkaraya",
    "62.71.02, Bukit Batu",
    "62.71.05, Rakumpit",
    "33.75.01.1006, Bendan Kergon",
    "33.75.01.1004, Sapuro Kebulen",
    "96.71, Kota Sorong",
    "31, Daerah Khusus Ibukota Jakarta",
  })
  void currentCodesExistWithTheirName(String text, String name) {
    RegionCode code = code(text);
    assertTrue(regions.exists(code));
    assertFalse(regions.isRetired(code));
    assertTrue(regions.isListed(code));
    assertEquals(Optional.of(name), regions.name(code));
    assertEquals(Optional.empty(), regions.successor(code));
  }

  @Test
  void nameIsTidiedButSpellingsAreExact() {
    RegionCode jakartaUtara = code("31.72");
    assertEquals(Optional.of("Kota Administrasi Jakarta Utara"), regions.name(jakartaUtara));
    assertEquals(
        "Kota Administrasi Jakarta Utara ",
        regions.spellings(jakartaUtara).get(RegionListEdition.EDITION_2025));
    assertEquals(
        "KOTA ADM. JAKARTA UTARA", regions.spellings(jakartaUtara).get(RegionListEdition.EDITION_2016));
    assertEquals(6, regions.spellings(jakartaUtara).size());
  }

  @Test
  void retiredCodeKeepsTheNameOfItsLastEditionAndNamesItsSuccessor() {
    RegionCode oldSorong = code("92.71");
    assertFalse(regions.exists(oldSorong));
    assertTrue(regions.isRetired(oldSorong));
    assertTrue(regions.isListed(oldSorong));
    assertEquals(Optional.of("KOTA SORONG"), regions.name(oldSorong));
    assertEquals(Optional.of(code("96.71")), regions.successor(oldSorong));
    assertEquals(
        ImmutableSet.of(
            RegionListEdition.EDITION_2016,
            RegionListEdition.EDITION_2018,
            RegionListEdition.EDITION_2020,
            RegionListEdition.EDITION_2022,
            RegionListEdition.EDITION_2023),
        regions.editions(oldSorong));
  }

  @ParameterizedTest
  @CsvSource({
    // regencies moved to the Papua provinces of 2022: kota stays kota, kabupaten kabupaten
    "92.71, 96.71",
    "92.01, 96.01",
    "91.01, 93.01",
    "91.02, 95.01",
    "91.04, 94.01",
    // a district and a village follow their regency
    "92.71.01, 96.71.01",
    // a desa re-coded as a kelurahan of the same name in the same district
    "12.20.07.2001, 12.20.07.1001",
    "16.11.04.2010, 16.11.04.1010",
  })
  void successorIsTheCurrentCodeOfTheSamePlace(String retired, String successor) {
    assertTrue(regions.isRetired(code(retired)));
    assertEquals(Optional.of(code(successor)), regions.successor(code(retired)));
    assertEquals(regions.name(code(successor)).isPresent(), true);
  }

  @Test
  void kotaIsNeverTheSuccessorOfAKabupaten() {
    for (RegionCode retired : regions.retiredCodes(RegionLevel.REGENCY)) {
      Optional<RegionCode> successor = regions.successor(retired);
      successor.ifPresent(
          s -> {
            assertEquals(retired.isKota(), s.isKota(), retired + " -> " + s);
            assertTrue(regions.exists(s), s.toString());
          });
    }
  }

  @Test
  void everySuccessorIsCurrentAtTheSameLevel() {
    for (RegionLevel level : RegionLevel.values()) {
      for (RegionCode retired : regions.retiredCodes(level)) {
        regions
            .successor(retired)
            .ifPresent(
                s -> {
                  assertEquals(level, s.level());
                  assertTrue(regions.exists(s), retired + " -> " + s);
                });
      }
    }
  }

  @Test
  void codeThatVanishedAndCameBackExistsAndIsNotRetired() {
    RegionCode ranowila = code("74.05.18.2006");
    assertTrue(regions.exists(ranowila));
    assertFalse(regions.isRetired(ranowila));
    assertEquals(
        ImmutableSet.of(RegionListEdition.EDITION_2016, RegionListEdition.EDITION_2025),
        regions.editions(ranowila));
    assertEquals(Optional.of("Ranowila"), regions.name(ranowila));
  }

  @Test
  void nameIsThatOfTheLatestEditionListingTheCode() {
    RegionCode taria = code("91.20.02.2015");
    assertEquals(Optional.of("Taria"), regions.name(taria));
    assertEquals("Faria", regions.spellings(taria).get(RegionListEdition.EDITION_2016));
    assertEquals(3, regions.editions(taria).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"62.71.05.2001", "74.71.01.1001", "94.01.01.2001", "33.75.02.1001", "33.26.01.1001"})
  void wellFormedCodesNoEditionListsAreUnknown(String text) {
    RegionCode code = code(text);
    assertFalse(regions.exists(code));
    assertFalse(regions.isRetired(code));
    assertFalse(regions.isListed(code));
    assertEquals(Optional.empty(), regions.name(code));
    assertEquals(Optional.empty(), regions.successor(code));
    assertEquals(ImmutableSet.of(), regions.editions(code));
    assertTrue(regions.spellings(code).isEmpty());
  }

  @Test
  void childrenAreTheCurrentRegionsOneLevelBelow() {
    assertEquals(
        List.of("33.75.01", "33.75.02", "33.75.03", "33.75.04"),
        strings(regions.children(code("33.75"))));
    assertEquals(
        List.of(
            "33.75.01.1002",
            "33.75.01.1003",
            "33.75.01.1004",
            "33.75.01.1006",
            "33.75.01.1008",
            "33.75.01.1009",
            "33.75.01.1012"),
        strings(regions.children(code("33.75.01"))));
    assertEquals(35, regions.children(code("33")).size());
    assertTrue(regions.children(code("33.75.01.1006")).isEmpty());
    // a retired regency has no current children
    assertTrue(regions.children(code("92.71")).isEmpty());
    // 92 keeps its remaining regencies, without those moved to 96
    assertFalse(regions.children(code("92")).contains(code("92.71")));
    assertFalse(regions.children(code("92")).isEmpty());
  }

  @Test
  void everyCurrentCodeIsTheChildOfItsCurrentParent() {
    for (RegionLevel level : List.of(RegionLevel.REGENCY, RegionLevel.DISTRICT)) {
      int total = 0;
      for (RegionCode parent : regions.currentCodes(level)) {
        total += regions.children(parent).size();
      }
      RegionLevel below = RegionLevel.values()[level.ordinal() + 1];
      assertEquals(regions.currentCodes(below).size(), total, level.toString());
    }
  }

  @Test
  void findsByNameIgnoringCaseSpacingAndTheSpellingOfTheKind() {
    RegionCode jawaTengah = code("33");
    assertEquals(List.of("62.71"), strings(regions.findByName(code("62"), "Kota Palangka Raya")));
    assertEquals(List.of("62.71"), strings(regions.findByName(code("62"), "KOTA PALANGKARAYA")));
    assertEquals(List.of("33.26", "33.75"), strings(regions.findByName(jawaTengah, "Pekalongan")));
    assertEquals(List.of("33.26", "33.75"), strings(regions.findByName(jawaTengah, " pekaLONGAN ")));
    assertEquals(List.of("33.75"), strings(regions.findByName(jawaTengah, "Kota Pekalongan")));
    assertEquals(List.of("33.26"), strings(regions.findByName(jawaTengah, "Kabupaten Pekalongan")));
    assertEquals(List.of("33.26"), strings(regions.findByName(jawaTengah, "Kab. Pekalongan")));
    assertEquals(List.of("33.26"), strings(regions.findByName(jawaTengah, "KAB. PEKALONGAN")));
    assertEquals(List.of("33.26"), strings(regions.findByName(jawaTengah, "kab pekalongan")));
    assertEquals(List.of("31.72"), strings(regions.findByName(code("31"), "Jakarta Utara")));
    assertEquals(
        List.of("31.72"), strings(regions.findByName(code("31"), "Kota Adm. Jakarta Utara")));
  }

  @Test
  void findByNameBelowDistrictAndVillageLevels() {
    assertEquals(
        List.of("33.75.01"), strings(regions.findByName(code("33.75"), "Pekalongan Barat")));
    assertEquals(
        List.of("33.75.01"), strings(regions.findByName(code("33.75"), "Kec. Pekalongan Barat")));
    assertEquals(
        List.of("33.75.01.1006"), strings(regions.findByName(code("33.75.01"), "bendan kergon")));
    assertEquals(
        List.of("33.75.01.1006"),
        strings(regions.findByName(code("33.75.01"), "Kelurahan Bendan Kergon")));
    // the kind word keeps its kind: Bendan Kergon is a kelurahan, not a desa
    assertTrue(regions.findByName(code("33.75.01"), "Desa Bendan Kergon").isEmpty());
    assertTrue(regions.findByName(code("33.75.01"), "Kebulen").isEmpty());
    assertTrue(regions.findByName(code("33.75.01.1006"), "Bendan Kergon").isEmpty());
    assertTrue(regions.findByName(code("33"), "Sorong").isEmpty());
  }

  @Test
  void findByNameMatchesOlderSpellings() {
    // 2016 writes "Faria", 2023 and 2025 "Taria"
    assertEquals(
        List.of("91.20.02.2015"), strings(regions.findByName(code("91.20.02"), "Faria")));
  }

  @Test
  void findByNameKeepsAVillageWhoseNameBeginsWithDesa() {
    // "Desa Baru" is the whole name of a desa in 13.12.07, not the kind word
    assertTrue(regions.findByName(code("13.12.07"), "Desa Baru").contains(code("13.12.07.2002")));
  }

  @ParameterizedTest
  @EnumSource(Province.class)
  void everyProvinceOfCoreHasItsOfficialName(Province province) {
    assertTrue(regions.exists(province.regionCode()));
    assertEquals(Optional.of(province.officialName()), regions.name(province.regionCode()));
  }

  @Test
  void everyCurrentProvinceIsACoreProvince() {
    assertEquals(
        Province.values().length, regions.currentCodes(RegionLevel.PROVINCE).size());
    for (RegionCode code : regions.currentCodes(RegionLevel.PROVINCE)) {
      assertTrue(Province.ofCode(code.provinceCode()).isPresent());
    }
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> regions.name(null));
    assertThrows(NullPointerException.class, () -> regions.exists(null));
    assertThrows(NullPointerException.class, () -> regions.isRetired(null));
    assertThrows(NullPointerException.class, () -> regions.isListed(null));
    assertThrows(NullPointerException.class, () -> regions.successor(null));
    assertThrows(NullPointerException.class, () -> regions.children(null));
    assertThrows(NullPointerException.class, () -> regions.editions(null));
    assertThrows(NullPointerException.class, () -> regions.spellings(null));
    assertThrows(NullPointerException.class, () -> regions.findByName(null, "x"));
    assertThrows(NullPointerException.class, () -> regions.findByName(code("33"), null));
    assertThrows(NullPointerException.class, () -> regions.currentCodes(null));
    assertThrows(NullPointerException.class, () -> regions.retiredCodes(null));
  }

  @Test
  void editionsAreInOrderWithTheirLegalBasis() {
    assertEquals(RegionListEdition.EDITION_2025, RegionListEdition.latest());
    assertEquals(2025, RegionListEdition.latest().year());
    assertEquals(
        "Permendagri No. 56 Tahun 2015", RegionListEdition.EDITION_2016.legalBasis());
    ImmutableList<Integer> years =
        ImmutableList.copyOf(RegionListEdition.values()).stream()
            .map(RegionListEdition::year)
            .collect(ImmutableList.toImmutableList());
    assertEquals(List.of(2016, 2018, 2020, 2022, 2023, 2025), years);
  }

  private static List<String> strings(java.util.Collection<RegionCode> codes) {
    return codes.stream().map(RegionCode::toString).collect(Collectors.toList());
  }

  @Test
  void firstAndLastCodesOfTheListAreAnsweredLikeAnyOther() {
    // Aceh (11) is the first code of the list, 96.71.xx the last codes
    RegionCode aceh = code("11");
    assertTrue(regions.isListed(aceh));
    assertTrue(regions.exists(aceh));
    assertFalse(regions.isRetired(aceh));
    assertEquals(Optional.empty(), regions.successor(aceh));
    assertEquals(23, regions.children(aceh).size());
    assertEquals(List.of("11.01"), strings(regions.findByName(aceh, "Kabupaten Aceh Selatan")));
    assertEquals(
        List.of("96.01", "96.02", "96.03", "96.04", "96.05", "96.71"),
        strings(regions.children(code("96"))));
    assertEquals(List.of("96.71"), strings(regions.findByName(code("96"), "Kota Sorong")));
    RegionCode lastDistrict = regions.currentCodes(RegionLevel.DISTRICT).get(7_284);
    assertEquals(
        regions.children(lastDistrict).asList(),
        regions.currentCodes(RegionLevel.VILLAGE).subList(
            83_762 - regions.children(lastDistrict).size(), 83_762));
  }

  @Test
  void predecessorsAreTheRetiredCodesWhoseSuccessorACodeIs() {
    assertTrue(regions.predecessors(code("96.71")).contains(code("92.71")), "Kota Sorong");
    assertTrue(regions.predecessors(code("93.01")).contains(code("91.01")), "Kabupaten Merauke");
    for (RegionCode older : regions.predecessors(code("96.71.01"))) {
      assertEquals(Optional.of(code("96.71.01")), regions.successor(older));
    }
    assertTrue(regions.predecessors(code("33.75")).isEmpty(), "Kota Pekalongan was never re-coded");
    assertTrue(regions.predecessors(code("92.71")).isEmpty(), "a retired code has no predecessor");
    assertThrows(NullPointerException.class, () -> regions.predecessors(null));
  }
}
