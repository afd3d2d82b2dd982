package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.InMemoryRegionDirectory;
import id.terampil.core.region.RegionDirectory;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.InstalledRegionDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With a complete directory (the official lists of terampil-regions), a domicile that does not
 * exist is an error, a retired one a warning naming its successor, and a NIK district prefix no
 * edition ever had a warning; with a caller's partial directory the findings stay warnings.
 * Names and NIKs are synthetic; region codes are real (or, where a test says so, never listed).
 */
class OfficialRegionFindingsTest {

  private static final LocalDate CLOSE = LocalDate.of(2024, 7, 31);

  /** The official directory, found as users find it: terampil-regions through ServiceLoader. */
  private static final RegionDirectory REGIONS = InstalledRegionDirectory.require();

  private static final RecordValidator OFFICIAL =
      RecordValidator.builder(CLOSE).regionDirectory(REGIONS).build();

  /** A clean record of a synthetic woman born 05-08-1990, first registered in {@code nikDistrict}. */
  private static EnrollmentRecord record(String nikDistrict, String domicile) {
    return EnrollmentRecord.builder()
        .nik(nikDistrict + "4508900001")
        .name("Siti Aminah")
        .sex("P")
        .birthDate("1990-08-05")
        .domicileCode(domicile)
        .programId("PKL-DBHCHT-2024")
        .cohortId("PKL24-BENDAN-KERGON")
        .registeredAt("2024-07-02T09:30:00+07:00")
        .build();
  }

  private static Optional<Finding> finding(List<Finding> findings, FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).findFirst();
  }

  @Test
  void installedDirectoryIsTheCompleteOfficialOne() {
    assertTrue(REGIONS.isComplete());
    assertEquals(
        Optional.of("Bendan Kergon"),
        REGIONS.name(id.terampil.core.region.RegionCode.parse("33.75.01.1006")));
  }

  @Test
  void realDomicileAndNikPrefixGiveNoRegionFindings() {
    // Kel. Bendan Kergon, Kec. Pekalongan Barat
    List<Finding> findings = OFFICIAL.validate(record("337501", "33.75.01.1006"), 0);
    assertEquals(List.of(), findings);
  }

  @Test
  void domicileNoEditionListsIsAnErrorWithTheOfficialDirectory() {
    // well formed, but Kec. Pekalongan Timur has no village 1001 in any edition
    List<Finding> findings = OFFICIAL.validate(record("337502", "33.75.02.1001"), 0);
    Finding unknown = finding(findings, FindingCode.REGION_CODE_UNKNOWN).orElseThrow();
    assertEquals(Severity.ERROR, unknown.severity());
    assertEquals(Optional.of("domicileCode"), unknown.field());
  }

  @Test
  void sameDomicileIsOnlyAWarningWithAPartialDirectory() {
    RecordValidator partial =
        RecordValidator.builder(CLOSE)
            .regionDirectory(InMemoryRegionDirectory.builder().add("33.75.02", "Pekalongan Timur").build())
            .build();
    List<Finding> findings = partial.validate(record("337502", "33.75.02.1001"), 0);
    assertEquals(
        Severity.WARNING,
        finding(findings, FindingCode.REGION_CODE_UNKNOWN).orElseThrow().severity());
  }

  @Test
  void callersSeverityOverrideWinsOverTheCompleteDirectory() {
    RecordValidator lenient =
        RecordValidator.builder(CLOSE)
            .regionDirectory(REGIONS)
            .severity(FindingCode.REGION_CODE_UNKNOWN, Severity.WARNING)
            .build();
    List<Finding> findings = lenient.validate(record("337502", "33.75.02.1001"), 0);
    assertEquals(
        Severity.WARNING,
        finding(findings, FindingCode.REGION_CODE_UNKNOWN).orElseThrow().severity());
  }

  @Test
  void retiredDomicileIsAWarningNamingItsSuccessor() {
    // 12.20.07.2001 (2016 list) is the desa re-coded as Kel. Sayur Matinggi 12.20.07.1001
    List<Finding> findings = OFFICIAL.validate(record("122007", "12.20.07.2001"), 0);
    Finding retired = finding(findings, FindingCode.REGION_CODE_RETIRED).orElseThrow();
    assertEquals(Severity.WARNING, retired.severity());
    assertEquals(Map.of("value", "12.20.07.2001", "successor", "12.20.07.1001"), retired.parameters());
    assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
  }

  @Test
  void retiredNikPrefixIsAWarningNamingItsSuccessor() {
    // an older Kota Sorong NIK keeps 92.71.01; Kel. Remu Utara is 96.71.01.1001 today
    List<Finding> findings = OFFICIAL.validate(record("927101", "96.71.01.1001"), 0);
    Finding retired = finding(findings, FindingCode.NIK_REGION_RETIRED).orElseThrow();
    assertEquals(Severity.WARNING, retired.severity());
    assertEquals("96.71", retired.parameters().get("successor"));
    assertTrue(
        retired.message(java.util.Locale.ENGLISH).contains("its successor: 96.71"),
        retired.message(java.util.Locale.ENGLISH));
    assertTrue(
        retired.message(java.util.Locale.forLanguageTag("id")).contains("penggantinya: 96.71"),
        retired.message(java.util.Locale.forLanguageTag("id")));
    assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
  }

  @Test
  void nikDistrictNoEditionListsIsAWarning() {
    // Kota Pekalongan has four districts; 33.75.05 was never listed
    List<Finding> findings = OFFICIAL.validate(record("337505", "33.75.01.1006"), 0);
    Finding unknown = finding(findings, FindingCode.NIK_REGION_UNKNOWN).orElseThrow();
    assertEquals(Severity.WARNING, unknown.severity());
    assertEquals("33.75.05", unknown.parameters().get("nikRegion"));
    assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
  }
}
