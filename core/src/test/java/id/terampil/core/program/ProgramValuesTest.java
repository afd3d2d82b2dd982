package id.terampil.core.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Organizer, Funding, Venue, Instructor, CurriculumModule and the identifiers. */
class ProgramValuesTest {

  private static final RegionCode KOTA_PEKALONGAN = RegionCode.parse("33.75");

  private static void assertRejected(String messageStart, Executable executable) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }

  @Test
  void organizerHoldsNameKindRegionAndOptionalShortName() {
    Organizer dinas =
        Organizer.builder()
            .name("Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan")
            .shortName("Dinperinaker")
            .kind(AgencyKind.DINAS)
            .region(KOTA_PEKALONGAN)
            .build();
    assertEquals(Optional.of("Dinperinaker"), dinas.shortName());
    assertEquals(AgencyKind.DINAS, dinas.kind());
    assertEquals(KOTA_PEKALONGAN, dinas.region());
    Organizer same =
        Organizer.builder()
            .name("Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan")
            .shortName("Dinperinaker")
            .kind(AgencyKind.DINAS)
            .region(KOTA_PEKALONGAN)
            .build();
    assertEquals(dinas, same);
    assertEquals(dinas.hashCode(), same.hashCode());
    assertNotEquals(dinas, Organizer.of(dinas.name(), AgencyKind.DINAS, KOTA_PEKALONGAN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "BLK\u0000", "BLK\u202EKOTA", "line\nbreak"})
  void organizerRejectsBadNames(String name) {
    assertRejected(
        "organizer name must", () -> Organizer.of(name, AgencyKind.BLK, KOTA_PEKALONGAN));
  }

  @Test
  void organizerRejectsLongNamesAndBlankShortNames() {
    assertRejected(
        "organizer name must be at most",
        () -> Organizer.of("x".repeat(301), AgencyKind.BLK, KOTA_PEKALONGAN));
    assertRejected(
        "organizer shortName must not be blank",
        () ->
            Organizer.builder()
                .name("BLK Kota Pekalongan")
                .shortName(" ")
                .kind(AgencyKind.BLK)
                .region(KOTA_PEKALONGAN)
                .build());
  }

  @Test
  void organizerBuilderReportsMissingRequiredAttributes() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Organizer.builder().name("BLK").build());
    assertTrue(e.getMessage().contains("kind"), e.getMessage());
    assertTrue(e.getMessage().contains("region"), e.getMessage());
  }

  @Test
  void strictBuildersRejectSettingAnAttributeTwice() {
    assertThrows(
        IllegalStateException.class, () -> Organizer.builder().name("A").name("B"));
  }

  @Test
  void fundingWithAndWithoutAmount() {
    Funding known = Funding.of(FundingSource.DBHCHT, 2024, Rupiah.ofMillions(150));
    assertEquals(Optional.of(Rupiah.of(150_000_000L)), known.amount());
    Funding unknown = Funding.of(FundingSource.APBD_PROVINSI, 2025);
    assertEquals(Optional.empty(), unknown.amount());
    assertEquals(unknown, Funding.of(FundingSource.APBD_PROVINSI, 2025));
    assertNotEquals(unknown, Funding.of(FundingSource.APBD_PROVINSI, 2024));
    Funding noted =
        Funding.builder().source(FundingSource.OTHER).fiscalYear(2025).note("Dana desa").build();
    assertEquals(Optional.of("Dana desa"), noted.note());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 24, 1969, 2200, -2024, 20240})
  void fundingRejectsImplausibleFiscalYears(int year) {
    assertRejected(
        "funding fiscalYear must", () -> Funding.of(FundingSource.APBN, year));
  }

  @Test
  void fundingLinesSumOnlyWhenEveryAmountIsKnown() {
    Funding a = Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025, Rupiah.ofMillions(100));
    Funding b = Funding.of(FundingSource.DBHCHT, 2025, Rupiah.ofMillions(30));
    assertEquals(Optional.of(Rupiah.ofMillions(130)), Funding.sum(List.of(a, b)));
    assertEquals(Optional.of(Rupiah.ZERO), Funding.sum(List.of()));
    assertEquals(
        Optional.empty(), Funding.sum(List.of(a, Funding.of(FundingSource.CSR, 2025))));
    NullPointerException e = assertThrows(NullPointerException.class, () -> Funding.sum(null));
    assertEquals("lines must not be null", e.getMessage());
    Funding named =
        Funding.builder().source(FundingSource.DBHCHT).fiscalYear(2025).addCohorts(CohortId.of("A")).build();
    assertEquals(Set.of(CohortId.of("A")), named.cohorts());
    assertTrue(a.cohorts().isEmpty());
  }

  @Test
  void fundingAcceptsTheFiscalYearBounds() {
    assertEquals(1970, Funding.of(FundingSource.APBN, 1970).fiscalYear());
    assertEquals(2199, Funding.of(FundingSource.APBN, 2199).fiscalYear());
  }

  @Test
  void fundingRejectsZeroAmountAndBlankNote() {
    assertRejected(
        "funding amount must be positive", () -> Funding.of(FundingSource.CSR, 2025, Rupiah.ZERO));
    assertRejected(
        "funding note must not be blank",
        () -> Funding.builder().source(FundingSource.CSR).fiscalYear(2025).note("").build());
  }

  @Test
  void venueWithOptionalRegionAndAddress() {
    Venue aula = Venue.of("Aula Kecamatan Bukit Batu", RegionCode.parse("62.71.02"));
    assertEquals(Optional.of(RegionCode.parse("62.71.02")), aula.region());
    assertEquals(Optional.empty(), aula.address());
    assertEquals(Venue.of("Gedung YPK"), Venue.of("Gedung YPK"));
    assertRejected("venue name must not be blank", () -> Venue.of(" "));
    assertRejected(
        "venue address must not contain control characters",
        () -> Venue.builder().name("Gedung YPK").address("Jl. \u0007").build());
  }

  @Test
  void instructorMasksTheNameInToString() {
    Instructor instructor =
        Instructor.builder()
            .name(PersonName.of("Contoh Pelatih Sintetis"))
            .affiliation(Instructor.Affiliation.BUSINESS)
            .organisation("Bengkel Contoh")
            .build();
    assertFalse(instructor.toString().contains("Contoh Pelatih"), instructor.toString());
    assertTrue(instructor.toString().contains("BUSINESS"));
    assertEquals(
        Instructor.of(PersonName.of("Contoh Pelatih"), Instructor.Affiliation.ACADEMIA),
        Instructor.of(PersonName.of("CONTOH  pelatih"), Instructor.Affiliation.ACADEMIA));
    assertRejected(
        "instructor organisation must not be blank",
        () ->
            Instructor.builder()
                .name(PersonName.of("Contoh"))
                .affiliation(Instructor.Affiliation.GOVERNMENT)
                .organisation("")
                .build());
  }

  @Test
  void curriculumModuleFromASkillUsesItsLabels() {
    CurriculumModule module = CurriculumModule.of(Skills.ENTREPRENEURSHIP_MANAGEMENT);
    assertEquals("Manajemen berwirausaha", module.titleId());
    assertEquals("Entrepreneurship management", module.titleEn());
    assertEquals(Optional.of(Skills.ENTREPRENEURSHIP_MANAGEMENT), module.skill());
    assertEquals(OptionalInt.empty(), module.lessonHours());
    CurriculumModule timed =
        CurriculumModule.builder().titleId("Pembuatan AK/I").titleEn("AK/I").lessonHours(2).build();
    assertEquals(OptionalInt.of(2), timed.lessonHours());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -8})
  void curriculumModuleRejectsNonPositiveHours(int hours) {
    assertRejected(
        "curriculum module lessonHours must be positive",
        () -> CurriculumModule.builder().titleId("a").titleEn("b").lessonHours(hours).build());
  }

  @Test
  void curriculumModuleRejectsBlankTitles() {
    assertRejected("curriculum module titleId", () -> CurriculumModule.of("", "b"));
    assertRejected("curriculum module titleEn", () -> CurriculumModule.of("a", " "));
  }

  @Test
  void identifiersRoundTripAndRejectBadText() {
    assertEquals("PKL24-BENDAN_KERGON.1", CohortId.parse(" PKL24-BENDAN_KERGON.1 ").toString());
    assertEquals(ProgramId.of("PKL-DBHCHT-2024"), ProgramId.parse("PKL-DBHCHT-2024"));
    assertNotEquals(CohortId.of("a"), CohortId.of("A"));
    assertRejected("cohort id must not be blank", () -> CohortId.parse("  "));
    assertRejected("cohort id may contain only", () -> CohortId.parse("-A"));
    assertRejected("cohort id may contain only", () -> CohortId.parse("A B"));
    assertRejected("program id must not be longer", () -> ProgramId.parse("P".repeat(65)));
    assertRejected("program id may contain only", () -> ProgramId.parse("PKL/2024"));
  }

  @Test
  void aGroupRequirementNeedsAGroupAndIsEqualInItsGroups() {
    assertRejected(
        "a group requirement needs at least one target group", () -> GroupRequirement.anyOf());
    assertRejected(
        "a group requirement needs at least one target group", () -> GroupRequirement.anyOf(Set.of()));
    GroupRequirement owners =
        GroupRequirement.anyOf(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.SMALL_INDUSTRY_OWNER);
    GroupRequirement same =
        GroupRequirement.anyOf(List.of(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.SMALL_INDUSTRY_OWNER));
    GroupRequirement covid = GroupRequirement.anyOf(TargetGroup.COVID_AFFECTED);
    assertEquals(owners, same);
    assertEquals(owners.hashCode(), same.hashCode());
    assertNotEquals(owners, covid);
    assertNotEquals(owners.hashCode(), covid.hashCode());
    assertNotEquals(owners, owners.groups());
    assertEquals(
        "ANY_OF[" + TargetGroup.MICRO_BUSINESS_OWNER.code() + ", "
            + TargetGroup.SMALL_INDUSTRY_OWNER.code() + "]",
        owners.toString());
  }
}
