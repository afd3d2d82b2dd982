package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordConversionTest {

  static final RecordValidator VALIDATOR = RecordValidator.builder(CLOSE).build();

  static List<String> codes(RecordReport report) {
    return report.findings().stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void aValidRecordConvertsIntoAnApplicationWithEveryField() {
    RecordReport report = VALIDATOR.validateAndConvert(record(d -> { }), 4);

    assertEquals(List.of(), report.findings());
    assertEquals(4, report.index());
    assertTrue(report.isClean());
    Application application = report.application().orElseThrow();
    Applicant a = application.applicant();
    assertEquals(Nik.parse(Roster.nik(1)), a.nik());
    assertEquals(PersonName.of("Siti Aminah"), a.name());
    assertEquals(Sex.FEMALE, a.sex());
    assertEquals(LocalDate.of(1990, 8, 5), a.birthDate());
    assertEquals(RegionCode.parse("33.75.01.1006"), a.domicile());
    assertEquals(EducationLevel.SMA_SMK, a.education());
    assertEquals(EmploymentStatus.HOMEMAKER, a.employment());
    assertEquals(ImmutableSet.of(TargetGroup.HOUSEWIFE), a.targetGroups());
    assertEquals(
        List.of(
            Document.of(DocumentKind.KTP, LocalDate.of(2012, 3, 1)),
            Document.of(DocumentKind.AK_I, LocalDate.of(2024, 1, 15))),
        a.documents());
    assertEquals(KbliCode.of("14120"), a.business().orElseThrow().kbli());
    assertEquals(Rupiah.of(5_000_000), a.business().orElseThrow().capital().orElseThrow());
    assertTrue(a.business().orElseThrow().annualSales().isEmpty());
    assertEquals(ProgramId.of("PKL-DBHCHT-2024"), application.program());
    assertEquals(List.of(CohortId.of(Roster.KERGON)), application.cohortChoices());
    assertEquals(LocalDateTime.of(2024, 6, 2, 9, 30), application.registeredAt());
    assertEquals(new BigDecimal("87.5"), application.score().orElseThrow());
  }

  @Test
  void commonFormsOfEducationAndDocumentKindsAreRead() {
    assertEquals(EducationLevel.D1_D3, convert(d -> d.education = " d3 ").education());
    assertEquals(EducationLevel.D4_S1, convert(d -> d.education = "S1").education());
    assertEquals(EducationLevel.NONE, convert(d -> d.education = "none").education());
    assertEquals(EmploymentStatus.LAID_OFF, convert(d -> d.employment = "laid_off").employment());
  }

  private static Applicant convert(java.util.function.Consumer<Roster.Draft> change) {
    return VALIDATOR.validateAndConvert(record(change), 0).application().orElseThrow().applicant();
  }

  @Test
  void valuesAnApplicationNeedsAreReportedWhenAbsentButNotByValidate() {
    EnrollmentRecord record =
        EnrollmentRecord.builder()
            .nik(Roster.nik(1))
            .name("Siti Aminah")
            .sex("P")
            .birthDate("1990-08-05")
            .domicileCode("33.75.01.1006")
            .cohortId(Roster.KERGON)
            .addDocuments(DocumentEntry.of("KK", null))
            .businessKbli("14120")
            .build();

    assertEquals(List.of(), VALIDATOR.validate(record, 0));
    RecordReport report = VALIDATOR.validateAndConvert(record, 0);
    assertEquals(
        List.of(
            "REQUIRED_FOR_APPLICATION@education",
            "REQUIRED_FOR_APPLICATION@employment",
            "REQUIRED_FOR_APPLICATION@documents[0].issueDate",
            "REQUIRED_FOR_APPLICATION@businessCapital",
            "REQUIRED_FOR_APPLICATION@programId",
            "REQUIRED_FOR_APPLICATION@registeredAt"),
        codes(report));
    assertTrue(report.application().isEmpty());
    assertEquals(
        "registeredAt must be present and valid to form an application",
        report.findings().get(5).message(Locale.ENGLISH));
    assertEquals(
        "waktu pendaftaran harus diisi dengan benar agar pendaftaran dapat dibentuk",
        report.findings().get(5).message(Locale.forLanguageTag("id")));
  }

  @Test
  void invalidValuesAreReportedOnceNotAgainAsMissingForTheApplication() {
    RecordReport report =
        VALIDATOR.validateAndConvert(
            record(d -> {
              d.education = "SMP/SMA";
              d.employment = "ASTRONAUT #1"; // letters alone would be an occupation (OTHER)
              d.registeredAt = "yesterday";
              d.nik = "123";
            }),
            0);
    assertEquals(
        List.of(
            "NIK_LENGTH@nik",
            "EDUCATION_INVALID@education",
            "EMPLOYMENT_INVALID@employment",
            "REGISTRATION_TIME_INVALID@registeredAt"),
        codes(report));
    assertTrue(report.application().isEmpty());
  }

  @Test
  void aDomicileAboveVillageLevelCannotBecomeAnApplicantsDomicile() {
    RecordValidator districts =
        RecordValidator.builder(CLOSE).domicileLevel(RegionLevel.DISTRICT, true).build();
    RecordReport report =
        districts.validateAndConvert(record(d -> d.domicileCode = "33.75.01"), 0);
    assertEquals(List.of("REGION_CODE_LEVEL@domicileCode"), codes(report));
    assertEquals("VILLAGE", report.findings().get(0).parameters().get("requiredLevel"));
    assertTrue(report.application().isEmpty());
  }

  @Test
  void warningsDoNotPreventTheApplicationButErrorsAlwaysDo() {
    RecordValidator lenient =
        RecordValidator.builder(CLOSE)
            .severity(FindingCode.NIK_BIRTH_DATE_MISMATCH, Severity.WARNING)
            .build();
    RecordReport warned = lenient.validateAndConvert(record(d -> d.birthDate = "1990-08-06"), 0);
    assertEquals(List.of("NIK_BIRTH_DATE_MISMATCH@birthDate"), codes(warned));
    assertEquals(
        LocalDate.of(1990, 8, 6), warned.application().orElseThrow().applicant().birthDate());

    RecordValidator lenientNik =
        RecordValidator.builder(CLOSE).severity(FindingCode.NIK_LENGTH, Severity.WARNING).build();
    RecordReport unusable = lenientNik.validateAndConvert(record(d -> d.nik = "123"), 0);
    assertEquals(List.of("NIK_LENGTH@nik", "REQUIRED_FOR_APPLICATION@nik"), codes(unusable));
    assertTrue(unusable.application().isEmpty());
  }
}
