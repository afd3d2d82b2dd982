package id.terampil.examples.readme;

import id.terampil.core.region.RegionCode;
import id.terampil.regions.OfficialRegionDirectory;
import id.terampil.regions.OfficialRegions;
import id.terampil.validation.RecordValidator;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's "Official regions" snippet (terampil-regions), compiled with the build and checked
 * by {@code ReadmeSnippetsTest} like the others in {@link ReadmeSnippets}; kept in its own file
 * so that the region module's snippet changes apart from the rest.
 */
public final class OfficialRegionsSnippet {

  private OfficialRegionsSnippet() {}

  /**
   * Looks regions up in the official lists and gives a record validator the complete directory.
   *
   * @return the values the README shows in comments, in order, then the validator
   */
  @SuppressWarnings("CheckReturnValue") // the snippet shows results in comments
  public static List<Object> officialRegions() {
    // tag::official-regions[]
    OfficialRegionDirectory regions = OfficialRegions.directory();
    regions.name(RegionCode.parse("33.75.01.1006"));           // Optional[Bendan Kergon]
    regions.successor(RegionCode.parse("92.71"));              // Optional[96.71]: Kota Sorong
    regions.findByName(RegionCode.parse("33"), "Pekalongan");  // [33.26, 33.75]

    RecordValidator validator = RecordValidator.builder(LocalDate.of(2024, 7, 31))
        .regionDirectory(regions)   // complete: a domicile that no list has is an ERROR
        .build();
    // end::official-regions[]
    return List.of(
        regions.name(RegionCode.parse("33.75.01.1006")),
        regions.successor(RegionCode.parse("92.71")),
        regions.findByName(RegionCode.parse("33"), "Pekalongan"),
        validator);
  }
}
