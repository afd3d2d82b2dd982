package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The applicant builder's refusals, and the scored {@link Application#of}: the value the builder makes. */
class ApplicantFactoryTest {

  private static final LocalDate BIRTH = LocalDate.of(1990, 5, 17);
  private static final Nik NIK = Nik.of(RegionCode.parse("33.75.01"), BIRTH, Sex.FEMALE, 1);
  private static final PersonName NAME = PersonName.of("Siti Contoh");
  private static final RegionCode VILLAGE = RegionCode.parse("33.75.01.1006");
  private static final Document KTP = Document.of(DocumentKind.KTP, LocalDate.of(2012, 1, 2));
  private static final BusinessProfile BUSINESS =
      BusinessProfile.builder().kbli(KbliCode.of("10792")).annualSales(Rupiah.ofMillions(60)).build();

  private static Applicant.Builder builder() {
    Applicant.Builder b = Applicant.builder();
    b.nik(NIK)
        .name(NAME)
        .sex(Sex.FEMALE)
        .birthDate(BIRTH)
        .domicile(VILLAGE)
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.HOMEMAKER);
    return b;
  }

  private static Applicant of(
      RegionCode domicile, List<TargetGroup> groups, List<Document> documents) {
    return Applicant.builder()
        .nik(NIK)
        .name(NAME)
        .sex(Sex.FEMALE)
        .birthDate(BIRTH)
        .domicile(domicile)
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.HOMEMAKER)
        .addAllTargetGroups(groups)
        .addAllDocuments(documents)
        .build();
  }

  @Test
  void aGroupGivenTwiceCountsOnce() {
    Applicant a =
        of(VILLAGE, Arrays.asList(TargetGroup.HOUSEWIFE, TargetGroup.HOUSEWIFE), List.of());
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE), a.targetGroups());
  }

  @Test
  void theBuilderRejectsADomicileAboveVillageLevel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(RegionCode.parse("33.75.01"), List.of(), List.of()));
    assertTrue(e.getMessage().contains("domicile"), e.getMessage());
  }

  @Test
  void theBuilderRejectsNullsAndNullElements() {
    assertThrows(NullPointerException.class, () -> of(null, List.of(), List.of()));
    assertThrows(
        NullPointerException.class,
        () -> of(VILLAGE, Arrays.asList(TargetGroup.HOUSEWIFE, null), List.of()));
    assertThrows(NullPointerException.class, () -> of(VILLAGE, List.of(), Arrays.asList(KTP, null)));
    assertThrows(NullPointerException.class, () -> Applicant.builder().name(null));
  }

  @Test
  void theScoredApplicationIsTheBuiltOne() {
    Applicant a = builder().build();
    ProgramId program = ProgramId.parse("PRG-2026-01");
    CohortId cohort = CohortId.parse("A1");
    LocalDateTime at = LocalDateTime.of(2026, 1, 5, 9, 30);
    Application built =
        Application.builder()
            .applicant(a)
            .program(program)
            .addCohortChoices(cohort)
            .registeredAt(at)
            .score(new BigDecimal("87.5"))
            .build();
    Application made = Application.of(a, program, cohort, at, new BigDecimal("87.5"));
    assertEquals(built, made);
    assertEquals(Optional.of(new BigDecimal("87.5")), made.score());
    assertEquals(Optional.empty(), Application.of(a, program, cohort, at).score());
    assertEquals(ImmutableList.of(cohort), made.cohortChoices());
    assertThrows(NullPointerException.class, () -> Application.of(a, program, cohort, at, null));
    assertThrows(
        NullPointerException.class,
        () -> Application.of(a, program, null, at, new BigDecimal("1")));
  }
}
