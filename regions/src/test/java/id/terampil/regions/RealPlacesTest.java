package id.terampil.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.region.RegionCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every region code written in the project (main and test sources of every module, their
 * Javadoc, the READMEs) names a real place: a code that some edition of the official list has.
 * Text that is not a well-formed code (a zero part, village kind 4) is no claim about a place and
 * is not checked. A well-formed code no edition has must be on {@link #DELIBERATELY_UNLISTED}
 * with the reason it is there.
 */
class RealPlacesTest {

  private static final Pattern CODE = Pattern.compile("\\b\\d{2}\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?\\b");

  private static final List<String> MODULES =
      List.of("core", "validation", "regions", "testkit", "examples", "benchmarks");

  /** Well-formed codes that no edition lists, each with why it is written down. */
  private static final ImmutableMap<String, String> DELIBERATELY_UNLISTED =
      ImmutableMap.<String, String>builder()
          // tests of the directory and of the validators: codes that must be unknown
          .put("33.75.05", "a district Kota Pekalongan never had (4 districts): unknown NIK prefix")
          .put("33.75.02.1001", "a village Kec. Pekalongan Timur never had: unknown domicile")
          .put("33.26.01.1001", "a kelurahan no edition lists: unknown code")
          .put("62.71.05.2001", "a desa no edition lists (Rakumpit has kelurahan): unknown code")
          .put("74.71.01.1001", "a kelurahan no edition lists: unknown code")
          .put("94.01.01.2001", "a desa no edition lists: unknown code")
          // core's format tests: boundaries of the coding rules, not places
          .put("33.69", "format test: the last kabupaten number")
          .put("33.70", "format test: regency part 70 is neither kabupaten nor kota")
          .put("33.70.01", "format test: regency part 70")
          .put("33.99", "format test: the last kota number")
          .put("33.99.99.3999", "format test: the largest parts")
          .put("33.26.01.2999", "format test: the last desa serial")
          .put("33.75.01.2001", "format test: village kind desa within a kota")
          .put("33.75.01.2003", "format test: village kind desa within a kota")
          .put("51.03.01.3001", "format test: village kind desa adat")
          .build();

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("regions")) ? here : here.getParent();
  }

  @Test
  void everyWellFormedCodeInTheProjectIsListedOrDeliberatelyUnlisted() {
    Path root = root();
    assumeTrue(Files.isDirectory(root.resolve("core/src")), "sources not present at " + root);
    OfficialRegionDirectory regions = OfficialRegions.directory();
    Map<String, Set<String>> unlisted = new TreeMap<>();
    Set<String> seen = new TreeSet<>();
    int files = 0;
    for (Path file : files(root)) {
      files++;
      String relative = root.relativize(file).toString().replace('\\', '/');
      Matcher m = CODE.matcher(read(file));
      while (m.find()) {
        Optional<RegionCode> code = RegionCode.read(m.group());
        if (code.isEmpty()) {
          continue;
        }
        seen.add(m.group());
        if (!regions.isListed(code.get()) && !DELIBERATELY_UNLISTED.containsKey(m.group())) {
          unlisted.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(relative);
        }
      }
    }
    assertTrue(files > 100, "scanned " + files + " files");
    if (!unlisted.isEmpty()) {
      fail(
          "region codes no edition of the official list has (use a real place, or add the code"
              + " to DELIBERATELY_UNLISTED with its reason): "
              + unlisted);
    }
    // the list names real gaps only: none of its codes is listed after all
    for (String code : DELIBERATELY_UNLISTED.keySet()) {
      assertTrue(!regions.isListed(RegionCode.parse(code)), code + " is a real code");
    }
    assertTrue(seen.contains("33.75.01.1006"), "the scan finds Bendan Kergon in the README");
  }

  @Test
  void theScanFindsCodesInText() {
    Matcher m = CODE.matcher("Kel. Bendan Kergon 33.75.01.1006, Kota Sorong 96.71; 1.500.000 and 2.5");
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    assertEquals(List.of("33.75.01.1006", "96.71"), found);
  }

  private static List<Path> files(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      for (String module : MODULES) {
        for (String set : List.of("src/main/java", "src/test/java")) {
          Path dir = root.resolve(module).resolve(set);
          if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
              files.addAll(
                  walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList()));
            }
          }
        }
        Path readme = root.resolve(module).resolve("README.md");
        if (Files.exists(readme)) {
          files.add(readme);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(root.resolve("README.md"));
    files.sort(null);
    return files;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
