package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.applicant.Occupation;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An occupation that names no one employment status (GURU, SOPIR) converts as {@code OTHER} with
 * the occupation kept and the warning {@code OCCUPATION_NOT_MAPPED}, through the record
 * validator, the batch validator and the batch report's applications; garbage stays {@code
 * EMPLOYMENT_INVALID}.
 */
class OccupationTest {

  private static final RecordValidator RECORDS = RecordValidator.builder(CLOSE).build();

  private static List<FindingCode> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void anOccupationWithNoStatusConvertsAsOtherWithTheOccupationAndAWarning() {
    RecordReport report = RECORDS.validateAndConvert(record(d -> d.employment = "  GURU "), 0);
    assertEquals(List.of(FindingCode.OCCUPATION_NOT_MAPPED), codes(report.findings()));
    Finding warning = report.findings().get(0);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals(Optional.of("employment"), warning.field());
    assertEquals("GURU", warning.parameters().get("occupation"));
    Applicant applicant = report.application().orElseThrow().applicant();
    assertEquals(EmploymentStatus.OTHER, applicant.employment());
    assertEquals(Optional.of("GURU"), applicant.occupation());
  }

  @Test
  void theOccupationIsKeptAsWrittenWithItsCaseAndPunctuation() {
    Applicant applicant =
        RECORDS
            .validateAndConvert(record(d -> d.employment = "Tukang Jahit (konveksi)"), 0)
            .application()
            .orElseThrow()
            .applicant();
    assertEquals(Optional.of("Tukang Jahit (konveksi)"), applicant.occupation());
  }

  @Test
  void theWarningMessageNamesTheOccupationInBothLanguages() {
    Finding warning =
        RECORDS.validate(record(d -> d.employment = "SOPIR"), 0).stream()
            .filter(f -> f.code() == FindingCode.OCCUPATION_NOT_MAPPED)
            .findFirst()
            .orElseThrow();
    String id = warning.message(Locale.forLanguageTag("id"));
    assertTrue(id.contains("\"SOPIR\"") && id.contains("status pekerjaan lainnya"), id);
    String en = warning.message(Locale.ENGLISH);
    assertTrue(en.contains("\"SOPIR\"") && en.contains("OTHER"), en);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"${1+1}", "12", "G", "GURU 2", "<b>GURU</b>", "GURU;", "#{x}", "OTHER_2", "ГУРУ"})
  void garbageStaysInvalidAndConvertsNoApplicant(String text) {
    RecordReport report = RECORDS.validateAndConvert(record(d -> d.employment = text), 0);
    assertTrue(codes(report.findings()).contains(FindingCode.EMPLOYMENT_INVALID), text);
    assertFalse(codes(report.findings()).contains(FindingCode.OCCUPATION_NOT_MAPPED), text);
    assertTrue(report.application().isEmpty(), text);
    assertNull(Occupation.read(text).flatMap(Occupation::unmapped).orElse(null), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"AZ", "az", "USTADZ/MUBALIGH", "Tukang Las/Pandai Besi", "A.B, C-D (E) 'F'"})
  void lettersSpacesAndTheListsPunctuationAreAnOccupation(String text) {
    assertEquals(text, Occupation.read(" " + text + "\t").flatMap(Occupation::unmapped).orElse(null));
    assertEquals(FindingCode.OCCUPATION_NOT_MAPPED, FieldCheck.of("employment", text).code());
  }

  @Test
  void anOccupationUpToTheLimitIsReadAndALongerOneIsNot() {
    String longest = "A".repeat(Occupation.MAX_LENGTH);
    assertEquals(longest, Occupation.read(longest).flatMap(Occupation::unmapped).orElse(null));
    assertNull(Occupation.read(longest + "A").flatMap(Occupation::unmapped).orElse(null));
    assertEquals(
        FindingCode.EMPLOYMENT_INVALID, FieldCheck.of("employment", longest + "A").code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WIRASWASTA", "homemaker", "BELUM / TIDAK BEKERJA"})
  void aTextThatNamesAStatusIsNoOccupation(String text) {
    assertNull(Occupation.read(text).flatMap(Occupation::unmapped).orElse(null));
    assertNull(FieldCheck.of("employment", text));
  }

  @Test
  void theBatchValidatorKeepsTheOccupationOnTheApplicant() {
    EnrollmentRecord guru = record(d -> d.employment = "GURU");
    BatchReport report = Roster.VALIDATOR.validate(List.of(guru, record(2, Roster.SAPURO)));
    assertEquals(
        List.of(FindingCode.OCCUPATION_NOT_MAPPED), codes(report.records().get(0).findings()));
    assertEquals(2, report.applications().size());
    Applicant applicant = report.applications().get(0).applicant();
    assertEquals(EmploymentStatus.OTHER, applicant.employment());
    assertEquals(Optional.of("GURU"), applicant.occupation());
    assertEquals(Optional.empty(), report.applications().get(1).applicant().occupation());
  }

  @Test
  void theBatchReportsApplicationsEqualTheRecordValidatorsConversion() {
    List<EnrollmentRecord> records =
        List.of(
            record(d -> d.employment = "PERAWAT"),
            record(2, Roster.SAPURO),
            record(
                d -> {
                  d.nik = Roster.nik(3);
                  d.cohortId = Roster.SAPURO;
                  d.employment = "Wartawan";
                }));
    BatchReport report = Roster.VALIDATOR.validate(records);
    for (int i = 0; i < records.size(); i++) {
      Application single = RECORDS.validateAndConvert(records.get(i), i).application().orElseThrow();
      assertEquals(single.applicant(), report.applications().get(i).applicant(), "record " + i);
      assertEquals(single.applicant(), report.records().get(i).application().orElseThrow().applicant());
    }
  }

  @Test
  void theRecordOfAnOtherApplicationWritesTheOccupationAndReadsBack() {
    Application application =
        RECORDS.validateAndConvert(record(d -> d.employment = "BIDAN"), 0).application().orElseThrow();
    EnrollmentRecord written = EnrollmentRecord.of(application, application.cohortChoices().get(0));
    assertEquals("BIDAN", written.employment());
    assertEquals(
        application.applicant(),
        RECORDS.validateAndConvert(written, 0).application().orElseThrow().applicant());
  }
}
