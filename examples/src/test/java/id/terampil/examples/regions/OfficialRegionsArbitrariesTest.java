package id.terampil.examples.regions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.examples.readme.ReadmeSnippets;
import id.terampil.regions.OfficialRegionDirectory;
import id.terampil.regions.OfficialRegions;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A consumer's test data with real places: the testkit configured with the official lists. */
class OfficialRegionsArbitrariesTest {

  private final OfficialRegionDirectory regions = OfficialRegions.directory();

  @Test
  void villagesAreRealVillages() {
    List<RegionCode> villages =
        Samples.list(TerampilArbitraries.villages().listedIn(regions), 500, 11L);
    for (RegionCode village : villages) {
      assertTrue(regions.exists(village), village.toString());
    }
  }

  @Test
  void kelurahanOfAKotaAreRealKelurahan() {
    for (RegionCode village :
        Samples.list(
            TerampilArbitraries.villages().within(RegionCode.parse("33.75")).kelurahan().listedIn(regions),
            100,
            12L)) {
      assertTrue(regions.exists(village) && village.isWithin(RegionCode.parse("33.75")), village.toString());
    }
  }

  @Test
  void nikPrefixesAreRealDistricts() {
    for (Nik nik : Samples.list(TerampilArbitraries.niks().registeredIn(regions), 500, 13L)) {
      assertTrue(regions.exists(nik.region()), nik.masked());
    }
  }

  /** The README's Palangka Raya program: its cohort serves Kec. Bukit Batu and Kec. Rakumpit. */
  private static final TrainingProgram PALANGKA_RAYA = ReadmeSnippets.buildProgram();

  private static final LocalDate CLOSE = LocalDate.of(2020, 8, 17);

  private static boolean inServedDistricts(RegionCode village) {
    return village.isWithin(RegionCode.parse("62.71.02"))
        || village.isWithin(RegionCode.parse("62.71.05"));
  }

  @Test
  void applicantsLiveInRealVillagesOfTheDistrictsTheCohortServes() {
    List<Applicant> applicants =
        Samples.list(
            TerampilArbitraries.applicants(PALANGKA_RAYA, CLOSE).regionsFrom(regions), 200, 14L);
    for (Applicant a : applicants) {
      assertTrue(regions.exists(a.domicile()), a.domicile().toString());
      assertTrue(inServedDistricts(a.domicile()), a.domicile().toString());
      assertTrue(regions.exists(a.nik().region()), a.nik().masked());
    }
  }

  @Test
  void applicantsWhoBreakTheResidenceRuleStillLiveInRealVillages() {
    List<Applicant> applicants =
        Samples.list(
            TerampilArbitraries.applicants(PALANGKA_RAYA, CLOSE)
                .ineligibleShare(1.0)
                .regionsFrom(regions),
            200,
            15L);
    for (Applicant a : applicants) {
      assertTrue(regions.exists(a.domicile()), a.domicile().toString());
    }
    assertTrue(
        applicants.stream().anyMatch(a -> !inServedDistricts(a.domicile())),
        "some applicants live outside the served districts");
  }

  @Test
  void recordsNameRealVillagesAndPassTheCompleteDirectory() {
    RecordValidator validator =
        RecordValidator.builder(CLOSE).ageRange(15, 64).regionDirectory(regions).build();
    List<EnrollmentRecord> records =
        Samples.list(
            TerampilArbitraries.enrollmentRecords(PALANGKA_RAYA, CLOSE).regionsFrom(regions),
            200,
            16L);
    for (EnrollmentRecord r : records) {
      String text = r.domicileCode();
      assertTrue(text != null, "a domicile");
      RegionCode domicile = RegionCode.parse(text);
      assertTrue(regions.exists(domicile), domicile.toString());
      assertTrue(
          validator.validate(r, 0).stream()
              .noneMatch(f -> f.code().name().startsWith("REGION_") || f.code().name().startsWith("NIK_REGION")),
          r.toString());
    }
  }

  @Test
  void nowAndThenANikCarriesTheRetiredCodeOfItsDistrictAndIsWarnedNamingTheSuccessor() {
    // Kota Sorong was 92.71 until the 2025 list: NIKs issued before carry 92.71.xx.
    TrainingProgram sorong = id.terampil.examples.seeds.SeedPrograms.sorong2025();
    LocalDate close = LocalDate.of(2025, 11, 3);
    List<Applicant> applicants =
        Samples.list(TerampilArbitraries.applicants(sorong, close).regionsFrom(regions), 600, 21L);
    // The program defines a target group of its own (small-business owners): the validator is told.
    RecordValidator validator =
        RecordValidator.builder(close)
            .regionDirectory(regions)
            .knownTargetGroups(sorong.priorityGroups())
            .build();
    int retired = 0;
    for (Applicant a : applicants) {
      RegionCode district = a.domicile().truncateTo(id.terampil.core.region.RegionLevel.DISTRICT);
      if (regions.isRetired(a.nik().region())) {
        retired++;
        assertTrue(a.nik().region().toString().startsWith("92.71"), a.nik().masked());
        assertTrue(
            regions.successor(a.nik().region()).orElseThrow().equals(district), a.nik().masked());
        List<id.terampil.validation.Finding> findings =
            validator.validate(
                EnrollmentRecord.of(
                    id.terampil.core.applicant.Application.of(
                        a, sorong.id(), sorong.cohorts().get(0).id(), close.atTime(8, 0)),
                    sorong.cohorts().get(0).id()),
                0);
        assertTrue(
            findings.stream()
                .anyMatch(
                    f ->
                        f.code() == id.terampil.validation.code.FindingCode.NIK_REGION_RETIRED
                            && district.isWithin(RegionCode.parse(f.parameters().get("successor")))),
            findings.toString());
        assertTrue(findings.stream().noneMatch(id.terampil.validation.Finding::isError), findings.toString());
      } else {
        assertTrue(regions.exists(a.nik().region()), a.nik().masked());
      }
    }
    // One serial in 20, for districts that had another code: occasional, never the rule.
    assertTrue(retired >= 5 && retired <= 90, "retired NIK prefixes: " + retired + " of 600");
  }
}
