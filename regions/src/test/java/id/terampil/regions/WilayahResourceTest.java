package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.terampil.core.region.RegionCode;
import id.terampil.regions.tools.WilayahConverter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped resource is a faithful transcription of the SQL sources in {@code
 * regions/src/data/wilayah}: every code and name of every edition, checked both on the text the
 * converter writes and through the directory's public API.
 */
class WilayahResourceTest {

  /** The jar's budget is 3 MB; the resource is nearly all of it. */
  private static final long RESOURCE_BUDGET_BYTES = 2_500_000L;

  private static Map<String, Map<String, String>> sources;

  @BeforeAll
  static void readSources() throws IOException {
    Path folder = Path.of(System.getProperty("terampil.regions.sources", "src/data/wilayah"));
    assumeTrue(Files.isDirectory(folder), "SQL sources not present at " + folder.toAbsolutePath());
    sources = WilayahConverter.readEditions(folder);
  }

  private static byte[] resourceBytes() throws IOException {
    try (InputStream in = RegionTable.class.getResourceAsStream(RegionTable.RESOURCE)) {
      assertNotNull(in, "resource " + RegionTable.RESOURCE);
      return in.readAllBytes();
    }
  }

  @Test
  void sourcesAreTheSixEditionsWithTheirPublishedRowCounts() {
    assertEquals(
        Map.of(
            "2016", 90_892,
            "2018", 91_185,
            "2020", 91_227,
            "2022", 91_281,
            "2023", 91_591,
            "2025", 91_599),
        Map.of(
            "2016", sources.get("2016").size(),
            "2018", sources.get("2018").size(),
            "2020", sources.get("2020").size(),
            "2022", sources.get("2022").size(),
            "2023", sources.get("2023").size(),
            "2025", sources.get("2025").size()));
  }

  @Test
  void shippedResourceIsWhatTheConverterWritesFromTheSources() throws IOException {
    String expected = WilayahConverter.toText(sources);
    String shipped;
    try (InputStream in =
        new GZIPInputStream(new java.io.ByteArrayInputStream(resourceBytes()))) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(
        expected.equals(shipped),
        "wilayah.tsv.gz differs from the sources: run the converter (see regions/README.md)");
  }

  @Test
  void everyCodeAndNameOfEveryEditionIsInTheDirectory() {
    OfficialRegionDirectory regions = OfficialRegions.directory();
    for (RegionListEdition edition : RegionListEdition.values()) {
      Map<String, String> rows = sources.get(Integer.toString(edition.year()));
      assertNotNull(rows, "source of " + edition);
      for (Map.Entry<String, String> row : rows.entrySet()) {
        RegionCode code = RegionCode.parse(row.getKey());
        assertEquals(row.getValue(), regions.spellings(code).get(edition), row.getKey());
        assertTrue(regions.editions(code).contains(edition), row.getKey());
        if (edition == RegionListEdition.latest()) {
          assertTrue(regions.exists(code), row.getKey());
        }
      }
    }
    // and nothing more: per level, current plus retired is the union of the editions' codes
    long union =
        sources.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
    long listed = 0;
    for (id.terampil.core.region.RegionLevel level : id.terampil.core.region.RegionLevel.values()) {
      listed += regions.currentCodes(level).size() + regions.retiredCodes(level).size();
    }
    assertEquals(union, listed);
    assertEquals(sources.get("2025").size(), RegionTable.load().size() - countRetired(regions));
  }

  private static long countRetired(OfficialRegionDirectory regions) {
    long retired = 0;
    for (id.terampil.core.region.RegionLevel level : id.terampil.core.region.RegionLevel.values()) {
      retired += regions.retiredCodes(level).size();
    }
    return retired;
  }

  @Test
  void resourceStaysWithinTheJarBudget() throws IOException {
    long size = resourceBytes().length;
    assertTrue(size <= RESOURCE_BUDGET_BYTES, "wilayah.tsv.gz is " + size + " bytes");
  }

  @Test
  void converterUndoesBothQuotingStyles() throws IOException {
    Path dir = Files.createTempDirectory("wilayah");
    try {
      Path sql = dir.resolve("wilayah_2016.sql");
      Files.writeString(
          sql,
          "INSERT INTO wilayah(kode,nama) VALUES\n"
              + "(\"11.01.07.2015\",\"Sawang Ba\\'u\"),\n"
              + "('61.01.09.2001','Kaliau\\''),\n"
              + "('11.01.02.2018', 'Pasi Kuala Ba''u'),\n"
              + "('31.72','Kota Administrasi Jakarta Utara ');\n",
          StandardCharsets.UTF_8);
      Map<String, String> rows = WilayahConverter.readSql(sql);
      assertEquals("Sawang Ba'u", rows.get("11.01.07.2015"));
      assertEquals("Kaliau'", rows.get("61.01.09.2001"));
      assertEquals("Pasi Kuala Ba'u", rows.get("11.01.02.2018"));
      assertEquals("Kota Administrasi Jakarta Utara ", rows.get("31.72"));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Test
  void converterRejectsARowItDoesNotUnderstandAndARepeatedCode() throws IOException {
    Path dir = Files.createTempDirectory("wilayah");
    Path bad = dir.resolve("wilayah_2016.sql");
    try {
      Files.writeString(bad, "('11.01', KAB. ACEH SELATAN),\n", StandardCharsets.UTF_8);
      assertThrows(IOException.class, () -> WilayahConverter.readSql(bad));
      Files.writeString(bad, "('11','Aceh'),\n('11','Aceh');\n", StandardCharsets.UTF_8);
      assertThrows(IOException.class, () -> WilayahConverter.readSql(bad));
    } finally {
      Files.delete(bad);
      Files.delete(dir);
    }
  }
}
