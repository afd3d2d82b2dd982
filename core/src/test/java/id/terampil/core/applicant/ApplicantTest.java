package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.BusinessSizeClass;
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
import org.junit.jupiter.api.Test;

class ApplicantTest {

  private static final LocalDate BIRTH = LocalDate.of(1990, 5, 17);
  private static final Nik NIK = Nik.of(RegionCode.parse("33.75.01"), BIRTH, Sex.FEMALE, 1);

  private static Applicant.Builder applicant() {
    return person(NIK, BIRTH, RegionCode.parse("33.75.01.1006"));
  }

  private static Applicant.Builder person(Nik nik, LocalDate birth, RegionCode domicile) {
    Applicant.Builder b = Applicant.builder();
    b.nik(nik)
        .name(PersonName.of("Siti Contoh"))
        .sex(Sex.FEMALE)
        .birthDate(birth)
        .domicile(domicile)
        .education(EducationLevel.SMA_SMK)
        .employment(EmploymentStatus.HOMEMAKER);
    return b;
  }

  @Test
  void buildsAnApplicantWithGroupsDocumentsAndBusiness() {
    Applicant a =
        applicant()
            .addTargetGroups(TargetGroup.HOUSEWIFE)
            .addDocuments(Document.of(DocumentKind.KTP, LocalDate.of(2012, 1, 2)))
            .business(
                BusinessProfile.builder()
                    .kbli(KbliCode.of("10792"))
                    .annualSales(Rupiah.ofMillions(60))
                    .build())
            .build();
    assertTrue(a.isMemberOf(TargetGroup.HOUSEWIFE));
    assertFalse(a.isMemberOf(TargetGroup.JOB_SEEKER));
    assertEquals(1, a.documentsOf(DocumentKind.KTP).size());
    assertTrue(a.documentsOf(DocumentKind.AK_I).isEmpty());
    assertEquals(BusinessSizeClass.MICRO, a.business().orElseThrow().sizeClass());
  }

  @Test
  void rejectsADomicileAboveVillageLevel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> person(NIK, BIRTH, RegionCode.parse("33.75.01")).build());
    assertTrue(e.getMessage().contains("domicile"), e.getMessage());
  }

  @Test
  void toStringMasksNikAndName() {
    String text = applicant().build().toString();
    assertFalse(text.contains(NIK.toString()), text);
    assertTrue(text.contains(NIK.masked()), text);
    assertFalse(text.contains("Siti Contoh"), text);
    assertTrue(text.contains("S*** C*****"), text);
  }

  @Test
  void ageCountsCompletedYears() {
    Applicant a = applicant().build();
    assertEquals(33, a.ageOn(LocalDate.of(2024, 5, 16)));
    assertEquals(34, a.ageOn(LocalDate.of(2024, 5, 17)));
    assertEquals(0, a.ageOn(BIRTH));
    assertThrows(IllegalArgumentException.class, () -> a.ageOn(BIRTH.minusDays(1)));
  }

  @Test
  void aLeapDayBirthdayCountsFromTheFirstOfMarchInCommonYears() {
    LocalDate leap = LocalDate.of(2008, 2, 29);
    Applicant a =
        person(Nik.of(RegionCode.parse("33.75.01"), leap, Sex.FEMALE, 2), leap, RegionCode.parse("33.75.01.1006"))
            .build();
    assertEquals(14, a.ageOn(LocalDate.of(2023, 2, 28)));
    assertEquals(15, a.ageOn(LocalDate.of(2023, 3, 1)));
    assertEquals(16, a.ageOn(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void akiIsValidForExactlyTwoYearsFromIssue() {
    Document aki = Document.of(DocumentKind.AK_I, LocalDate.of(2023, 3, 1));
    assertEquals(LocalDate.of(2025, 2, 28), aki.validUntil().orElseThrow());
    assertTrue(aki.isValidOn(LocalDate.of(2023, 3, 1)));
    assertTrue(aki.isValidOn(LocalDate.of(2025, 2, 28)));
    assertFalse(aki.isValidOn(LocalDate.of(2025, 3, 1)));
    assertFalse(aki.isValidOn(LocalDate.of(2023, 2, 28)), "not valid before it was issued");
  }

  @Test
  void aPrintedExpiryTakesPrecedenceAndAKtpNeverExpires() {
    Document aki = Document.of(DocumentKind.AK_I, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31));
    assertFalse(aki.isValidOn(LocalDate.of(2024, 1, 1)));
    Document ktp = Document.of(DocumentKind.KTP, LocalDate.of(2012, 1, 2));
    assertTrue(ktp.validUntil().isEmpty());
    assertTrue(ktp.isValidOn(LocalDate.of(2090, 1, 1)));
  }

  @Test
  void rejectsAnExpiryBeforeTheIssueDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Document.of(DocumentKind.AK_I, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 2, 28)));
    assertTrue(e.getMessage().contains("expiry"), e.getMessage());
  }

  @Test
  void holdsValidLooksAtEveryDocumentOfTheKind() {
    Applicant a =
        applicant()
            .addDocuments(
                Document.of(DocumentKind.AK_I, LocalDate.of(2020, 1, 1)),
                Document.of(DocumentKind.AK_I, LocalDate.of(2024, 1, 1)))
            .build();
    assertTrue(a.holdsValid(DocumentKind.AK_I, LocalDate.of(2025, 6, 1)));
    assertFalse(a.holdsValid(DocumentKind.AK_I, LocalDate.of(2026, 1, 1)));
    assertFalse(a.holdsValid(DocumentKind.KK, LocalDate.of(2025, 6, 1)));
  }

  @Test
  void businessSizeFollowsSalesWhenKnownElseCapital() {
    BusinessProfile byCapital =
        BusinessProfile.builder().kbli(KbliCode.of("16291")).capital(Rupiah.of(1_000_000_001L)).build();
    assertEquals(BusinessSizeClass.SMALL, byCapital.sizeClass());
    BusinessProfile bySales =
        BusinessProfile.builder()
            .kbli(KbliCode.of("16291"))
            .capital(Rupiah.of(1_000_000_001L))
            .annualSales(Rupiah.of(2_000_000_000L))
            .build();
    assertEquals(BusinessSizeClass.MICRO, bySales.sizeClass());
  }

  @Test
  void rejectsABusinessProfileWithoutCapitalOrSales() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BusinessProfile.builder().kbli(KbliCode.of("16291")).build());
    assertTrue(e.getMessage().contains("capital or annual sales"), e.getMessage());
  }

  @Test
  void applicationKeepsRankedCohortChoicesAndMasksThePerson() {
    Application app =
        Application.builder()
            .applicant(applicant().build())
            .program(ProgramId.of("BLK-2025"))
            .addCohortChoices(CohortId.of("LAS-1"), CohortId.of("LAS-2"))
            .registeredAt(LocalDateTime.of(2025, 6, 2, 8, 0))
            .score(new BigDecimal("78.5"))
            .build();
    assertEquals(CohortId.of("LAS-1"), app.firstChoice());
    assertFalse(app.toString().contains(NIK.toString()), app.toString());
    assertTrue(app.toString().contains("score=78.5"), app.toString());
  }

  @Test
  void rejectsAnApplicationWithoutOrWithRepeatedCohortChoices() {
    Application.Builder none =
        Application.builder()
            .applicant(applicant().build())
            .program(ProgramId.of("BLK-2025"))
            .registeredAt(LocalDateTime.of(2025, 6, 2, 8, 0));
    assertThrows(IllegalArgumentException.class, none::build);
    Application.Builder repeated =
        Application.builder()
            .applicant(applicant().build())
            .program(ProgramId.of("BLK-2025"))
            .addCohortChoices(CohortId.of("LAS-1"), CohortId.of("LAS-1"))
            .registeredAt(LocalDateTime.of(2025, 6, 2, 8, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, repeated::build);
    assertTrue(e.getMessage().contains("cohort choices"), e.getMessage());
  }

  @Test
  void educationLevelsAreOrdered() {
    assertTrue(EducationLevel.D4_S1.isAtLeast(EducationLevel.SMA_SMK));
    assertFalse(EducationLevel.SMP.isAtLeast(EducationLevel.SMA_SMK));
  }
}
