package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.terampil.core.region.RegionDirectoryProvider;
import id.terampil.regions.internal.OfficialRegionDirectoryProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The module offers the official directory to ServiceLoader on the class and module path. */
class ServiceProviderTest {

  @Test
  void providerGivesTheOfficialDirectory() {
    RegionDirectoryProvider provider = new OfficialRegionDirectoryProvider();
    assertSame(OfficialRegions.directory(), provider.directory());
  }

  @Test
  void classPathServiceFileNamesTheProvider() throws IOException {
    try (InputStream in =
        OfficialRegions.class.getResourceAsStream(
            "/META-INF/services/id.terampil.core.region.RegionDirectoryProvider")) {
      assertNotNull(in);
      assertEquals(
          OfficialRegionDirectoryProvider.class.getName(),
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void moduleDescriptorProvidesItWhereTheModuleIsNamed() {
    Module module = OfficialRegions.class.getModule();
    if (module.isNamed()) {
      assertEquals(
          java.util.Set.of(
              new java.util.AbstractMap.SimpleEntry<>(
                  RegionDirectoryProvider.class.getName(),
                  java.util.List.of(OfficialRegionDirectoryProvider.class.getName()))),
          module.getDescriptor().provides().stream()
              .map(p -> new java.util.AbstractMap.SimpleEntry<>(p.service(), p.providers()))
              .collect(java.util.stream.Collectors.toSet()));
    }
  }
}
