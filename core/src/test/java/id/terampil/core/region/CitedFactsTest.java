package id.terampil.core.region;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The facts the Javadoc states where they are used match their sources (DOMAIN-FACTS, the
 * Kemendagri list editions in {@code data/wilayah}): a wrong citation is a defect a reader acts on.
 */
class CitedFactsTest {

  private static final Path MAIN = Path.of("src/main/java/id/terampil/core");

  private static String javadoc(String file) throws IOException {
    return Files.readString(MAIN.resolve(file), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
  }

  @Test
  void sorongsCodeChangedInTheKemendagriListOf2025AndOldNiksStart9271() throws IOException {
    String text = javadoc("region/RegionDirectory.java");
    assertFalse(text.contains("96.71 in 2022"), "the 2022 and 2023 lists still carry 92.71");
    assertTrue(text.contains("300.2.2-2138/2025"), "the list that first carries 96.71");
    assertTrue(text.contains("start 9271"), "NIKs issued until then");
  }

  @Test
  void theRegionPackageWarnsThatBpsCodesDifferInPapua() throws IOException {
    String text = javadoc("region/package-info.java");
    assertTrue(text.contains("Papua Barat is 92 for Kemendagri and 91 for BPS"), text);
  }

  @Test
  void theSizeClassCitesAyatFourForEmpowermentAndCallsSalesFirstThePolicyOfTheLibrary()
      throws IOException {
    String text = javadoc("applicant/BusinessProfile.java");
    assertFalse(text.contains("training (ayat 5)"), "ayat (5) is the sales table");
    assertTrue(text.contains("ayat (4) adds annual sales"), text);
    assertTrue(text.contains("its policy, not the regulation's rule"), text);
    assertTrue(javadoc("classification/BusinessSizeClass.java").contains("the program's policy"));
  }
}
