package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Edge cases of {@link InMemoryRegionDirectory}: retiring by text, equality and hashing. */
class InMemoryRegionDirectoryEdgeTest {

  @Test
  void retiringByTextRejectsACodeThatIsAlreadyCurrent() {
    InMemoryRegionDirectory.Builder builder =
        InMemoryRegionDirectory.builder().add("92.71", "Kota Sorong");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder.retire("92.71", "Kota Sorong", "96.71"));
    assertEquals("region 92.71 is already in the directory", e.getMessage());
  }

  @Test
  void equalsItselfAndNothingOfAnotherType() {
    InMemoryRegionDirectory directory =
        InMemoryRegionDirectory.builder().add("62.71", "Kota Palangka Raya").build();
    assertEquals(directory, directory);
    assertNotEquals(directory, (Object) "InMemoryRegionDirectory[1 current, 0 retired]");
  }

  @Test
  void directoriesThatDifferHaveDifferentHashCodes() {
    InMemoryRegionDirectory one =
        InMemoryRegionDirectory.builder().add("62.71", "Kota Palangka Raya").build();
    InMemoryRegionDirectory renamed =
        InMemoryRegionDirectory.builder().add("62.71", "Palangka Raya").build();
    InMemoryRegionDirectory retired =
        InMemoryRegionDirectory.builder()
            .add("62.71", "Kota Palangka Raya")
            .retire(RegionCode.parse("62.71"))
            .build();
    assertNotEquals(one.hashCode(), renamed.hashCode());
    assertNotEquals(one.hashCode(), retired.hashCode());
    assertNotEquals(one, retired);
  }
}
