package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateText;
import id.terampil.validation.FieldCheck;
import id.terampil.validation.Finding;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The length limit counts the raw text, surrounding whitespace included: a valid value padded to
 * exactly {@link Texts#MAX_LENGTH} characters is read, one character more is refused unread.
 * Also the edges of the age, region containment, NIK position and document-kind rules.
 */
class FieldRulesLimitsTest {

  private static String padTo(int length, String value) {
    return " ".repeat(length - value.length()) + value;
  }

  @ParameterizedTest
  @CsvSource({
    "sex, L", "birthDate, 1990-08-05", "education, SMK", "employment, HOMEMAKER",
    "registeredAt, 2024-07-02T09:30:00", "domicileCode, 33.75.02.1001", "nik, 3375014506900001"
  })
  void aPaddedValueAtTheLimitIsReadAndOneLongerIsNot(String field, String value) {
    assertNull(FieldCheck.of(field, padTo(Texts.MAX_LENGTH, value)), field);
    Finding tooLong = FieldCheck.of(field, padTo(Texts.MAX_LENGTH + 1, value));
    assertNotNull(tooLong, field);
    assertEquals(FindingCode.FIELD_TOO_LONG, tooLong.code());
    assertEquals(Integer.toString(Texts.MAX_LENGTH + 1), tooLong.parameters().get("length"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-07-02t09:30:00", "2024-07-02T09:30:00.5", "2024-07-02T09:30"})
  void registrationTimesOffTheFastPathAreReadByJavaTime(String text) {
    assertEquals(
        LocalDateTime.parse(text.replace('t', 'T')), DateText.readDateTime(text).orElse(null));
  }

  @Test
  void anAgeOfExactlyTheMaximumIsPlausibleAndOneYearMoreIsNot() {
    LocalDate reference = LocalDate.of(2024, 7, 31);
    assertNull(RecordRules.birthDate(reference.minusYears(RecordRules.MAX_AGE), reference));
    assertEquals(
        FindingCode.BIRTH_DATE_IMPLAUSIBLE,
        RecordRules.birthDate(reference.minusYears(RecordRules.MAX_AGE + 1), reference));
  }

  @Test
  void aNonDigitIsPlacedAfterLeadingZerosAndNines() {
    Finding issue = FieldCheck.of("nik", "3375094508900X01");
    assertNotNull(issue);
    assertEquals(FindingCode.NIK_NOT_DIGITS, issue.code());
    assertEquals("14", issue.parameters().get("position"));
  }

  @Test
  void documentKindsAreReadByTheirCommonNames() {
    assertEquals(DocumentKind.DIPLOMA, DocumentKind.read("IJAZAH").orElseThrow());
    assertEquals(DocumentKind.BUSINESS_CERTIFICATE, DocumentKind.read("SKU").orElseThrow());
    assertEquals(DocumentKind.LOW_INCOME_CERTIFICATE, DocumentKind.read("SKTM").orElseThrow());
    assertEquals(DocumentKind.AK_I, DocumentKind.read("AK1").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"s2_or_higher", "D1_D3", "sd"})
  void anEducationLevelIsReadByItsNameInAnyCase(String text) {
    assertEquals(
        EducationLevel.valueOf(text.toUpperCase(Locale.ROOT)),
        EducationLevel.read(text).orElse(null));
  }

  @Test
  void commonEducationFormsMapToTheirLevel() {
    assertEquals(EducationLevel.S2_OR_HIGHER, EducationLevel.read("S2").orElse(null));
    assertEquals(EducationLevel.S2_OR_HIGHER, EducationLevel.read(" s3 ").orElse(null));
    assertEquals(EducationLevel.D4_S1, EducationLevel.read("S1").orElse(null));
    assertEquals(EducationLevel.D1_D3, EducationLevel.read("d2").orElse(null));
    assertNull(EducationLevel.read("S4").orElse(null));
  }
}
