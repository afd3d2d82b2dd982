package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples of {@link InMemoryRegionDirectory}, with regions from the seed articles. */
class InMemoryRegionDirectoryTest {

  private static final RegionCode PALANGKA_RAYA = RegionCode.parse("62.71");
  private static final RegionCode BUKIT_BATU = RegionCode.parse("62.71.02");
  private static final RegionCode RAKUMPIT = RegionCode.parse("62.71.05");
  private static final RegionCode OLD_SORONG = RegionCode.parse("92.71");
  private static final RegionCode SORONG = RegionCode.parse("96.71");

  private static InMemoryRegionDirectory seeds() {
    return InMemoryRegionDirectory.builder()
        .add(PALANGKA_RAYA, "Kota Palangka Raya")
        .add(RAKUMPIT, "Rakumpit")
        .add(BUKIT_BATU, "Bukit Batu")
        .add("33.75", "Kota Pekalongan")
        .add("33.75.01.1006", "Bendan Kergon")
        .add("33.75.01.1012", "Pringrejo")
        .add(SORONG, "Kota Sorong")
        .retire("92.71", "Kota Sorong", "96.71")
        .build();
  }

  @Test
  void looksUpNamesOfCurrentAndRetiredRegions() {
    InMemoryRegionDirectory directory = seeds();
    assertEquals(Optional.of("Kota Palangka Raya"), directory.name(PALANGKA_RAYA));
    assertEquals(Optional.of("Bendan Kergon"), directory.name(RegionCode.parse("33.75.01.1006")));
    assertEquals(Optional.of("Kota Sorong"), directory.name(OLD_SORONG));
    assertEquals(Optional.empty(), directory.name(RegionCode.parse("74.71")));
  }

  @Test
  void currentRegionsExistAndRetiredOnesDoNot() {
    InMemoryRegionDirectory directory = seeds();
    assertTrue(directory.exists(PALANGKA_RAYA));
    assertTrue(directory.exists(SORONG));
    assertFalse(directory.exists(OLD_SORONG));
    assertTrue(directory.isRetired(OLD_SORONG));
    assertFalse(directory.isRetired(SORONG));
    assertFalse(directory.exists(RegionCode.parse("74.71")));
    assertFalse(directory.isRetired(RegionCode.parse("74.71")));
  }

  @Test
  void recordsSuccessorsOfRetiredRegions() {
    InMemoryRegionDirectory directory = seeds();
    assertEquals(Optional.of(SORONG), directory.successor(OLD_SORONG));
    assertEquals(Optional.empty(), directory.successor(SORONG));
  }

  @Test
  void childrenAreTheCurrentRegionsOneLevelBelowInCodeOrder() {
    InMemoryRegionDirectory directory = seeds();
    assertEquals(ImmutableList.of(BUKIT_BATU, RAKUMPIT), ImmutableList.copyOf(directory.children(PALANGKA_RAYA)));
    // 33.75.01 was never added, but its villages were
    assertEquals(
        ImmutableList.of(RegionCode.parse("33.75.01.1006"), RegionCode.parse("33.75.01.1012")),
        ImmutableList.copyOf(directory.children(RegionCode.parse("33.75.01"))));
    assertEquals(Set.of(), directory.children(BUKIT_BATU));
    assertEquals(Set.of(SORONG), directory.children(RegionCode.parse("96")));
    assertEquals(Set.of(), directory.children(RegionCode.parse("92")));
    Set<RegionCode> children = directory.children(PALANGKA_RAYA);
    assertThrows(UnsupportedOperationException.class, () -> children.add(PALANGKA_RAYA));
  }

  @Test
  void retiringAnAddedRegionKeepsItsNameAndRemovesItFromTheCurrentList() {
    InMemoryRegionDirectory directory =
        InMemoryRegionDirectory.builder()
            .add(OLD_SORONG, "Kota Sorong")
            .add(RegionCode.parse("92.71.01"), "Sorong")
            .retire(OLD_SORONG, SORONG)
            .retire(RegionCode.parse("92.71.01"))
            .build();
    assertFalse(directory.exists(OLD_SORONG));
    assertTrue(directory.isRetired(OLD_SORONG));
    assertEquals(Optional.of("Kota Sorong"), directory.name(OLD_SORONG));
    assertEquals(Optional.empty(), directory.successor(RegionCode.parse("92.71.01")));
    assertEquals(Set.of(), directory.children(OLD_SORONG));
    assertEquals(Set.of(), directory.currentCodes());
    assertEquals(2, directory.retiredCodes().size());
  }

  @Test
  void knowsTheProvincesOnRequest() {
    InMemoryRegionDirectory directory = InMemoryRegionDirectory.ofProvinces();
    assertEquals(38, directory.currentCodes().size());
    assertEquals(Optional.of("Kalimantan Tengah"), directory.name(RegionCode.parse("62")));
    assertFalse(directory.exists(PALANGKA_RAYA));
  }

  @Test
  void rejectsAddingACodeTwice() {
    InMemoryRegionDirectory.Builder builder =
        InMemoryRegionDirectory.builder().add(PALANGKA_RAYA, "Kota Palangka Raya");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.add(PALANGKA_RAYA, "Other"));
    assertTrue(e.getMessage().contains("62.71 is already in the directory"), e.getMessage());
    builder.retire(PALANGKA_RAYA);
    assertThrows(IllegalArgumentException.class, () -> builder.add(PALANGKA_RAYA, "Again"));
  }

  @Test
  void rejectsRetiringACodeTwice() {
    InMemoryRegionDirectory.Builder builder = InMemoryRegionDirectory.builder().retire(OLD_SORONG);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.retire(OLD_SORONG, SORONG));
    assertTrue(e.getMessage().contains("retired twice"), e.getMessage());
  }

  @Test
  void rejectsBlankNames() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> InMemoryRegionDirectory.builder().add(PALANGKA_RAYA, "  "));
    assertTrue(e.getMessage().contains("name of region 62.71 must not be blank"), e.getMessage());
    assertEquals(
        Optional.of("Kota Palangka Raya"),
        InMemoryRegionDirectory.builder()
            .add(PALANGKA_RAYA, " Kota Palangka Raya ")
            .build()
            .name(PALANGKA_RAYA));
  }

  @Test
  void rejectsASuccessorThatIsTheCodeItselfOrAtAnotherLevel() {
    IllegalArgumentException self =
        assertThrows(
            IllegalArgumentException.class,
            () -> InMemoryRegionDirectory.builder().retire(OLD_SORONG, OLD_SORONG));
    assertTrue(self.getMessage().contains("another code"), self.getMessage());
    IllegalArgumentException level =
        assertThrows(
            IllegalArgumentException.class,
            () -> InMemoryRegionDirectory.builder().retire(OLD_SORONG, RegionCode.parse("96")));
    assertTrue(level.getMessage().contains("same level"), level.getMessage());
  }

  @Test
  void rejectsMalformedCodeText() {
    assertThrows(
        IllegalArgumentException.class,
        () -> InMemoryRegionDirectory.builder().add("62.7", "Kota Palangka Raya"));
  }

  @Test
  void isImmutableOnceBuiltAndEqualByContent() {
    InMemoryRegionDirectory.Builder builder =
        InMemoryRegionDirectory.builder().add(PALANGKA_RAYA, "Kota Palangka Raya");
    InMemoryRegionDirectory first = builder.build();
    builder.add(BUKIT_BATU, "Bukit Batu");
    InMemoryRegionDirectory second = builder.build();
    assertFalse(first.exists(BUKIT_BATU));
    assertTrue(second.exists(BUKIT_BATU));
    assertNotEquals(first, second);
    assertEquals(seeds(), seeds());
    assertEquals(seeds().hashCode(), seeds().hashCode());
    assertEquals("InMemoryRegionDirectory[7 current, 1 retired]", seeds().toString());
  }

  @Test
  void aDirectoryWithoutHistoryKnowsNoPredecessors() {
    InMemoryRegionDirectory directory = InMemoryRegionDirectory.ofProvinces();
    org.junit.jupiter.api.Assertions.assertTrue(
        directory.predecessors(RegionCode.parse("96")).isEmpty());
    org.junit.jupiter.api.Assertions.assertFalse(directory.isComplete());
  }
}
