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
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The length limit counts the raw text, surrounding whitespace included: a valid value padded to
 * exactly {@link FieldRules#MAX_LENGTH} characters is read, one character more is refused unread.
 * Also the edges of the age, region containment, NIK position and document-kind rules.
 */
class FieldRulesLimitsTest {

  private static String padTo(int length, String value) {
    return " ".repeat(length - value.length()) + value;
  }

  static Stream<Arguments> parsers() {
    return Stream.of(
        Arguments.of("sex", "L", (Function<String, Object>) FieldRules::parseSex, Sex.MALE),
        Arguments.of(
            "date", "1990-08-05", (Function<String, Object>) FieldRules::parseDate,
            LocalDate.of(1990, 8, 5)),
        Arguments.of(
            "education", "SMK", (Function<String, Object>) FieldRules::parseEducation,
            EducationLevel.SMA_SMK),
        Arguments.of(
            "employment", "HOMEMAKER", (Function<String, Object>) FieldRules::parseEmployment,
            EmploymentStatus.HOMEMAKER),
        Arguments.of(
            "registration time", "2024-07-02T09:30:00",
            (Function<String, Object>) FieldRules::parseRegistrationTime,
            LocalDateTime.of(2024, 7, 2, 9, 30)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void aPaddedValueAtTheLimitIsReadAndOneLongerIsNot(
      String name, String value, Function<String, Object> parse, Object expected) {
    assertEquals(expected, parse.apply(padTo(FieldRules.MAX_LENGTH, value)), name);
    assertNull(parse.apply(padTo(FieldRules.MAX_LENGTH + 1, value)), name);
  }

  @Test
  void aPaddedRegionAtTheLimitIsReadAsRegionCodeReadsIt() {
    String atLimit = padTo(FieldRules.MAX_LENGTH, "33.75.01");
    assertEquals(RegionCode.tryParse(atLimit), FieldRules.parseRegion(atLimit));
    assertEquals(Optional.empty(), FieldRules.parseRegion(padTo(FieldRules.MAX_LENGTH + 1, "33.75.01")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-07-02t09:30:00", "2024-07-02T09:30:00.5", "2024-07-02T09:30"})
  void registrationTimesOffTheFastPathAreReadByJavaTime(String text) {
    assertEquals(
        LocalDateTime.parse(text.replace('t', 'T')), FieldRules.parseRegistrationTime(text));
  }

  @Test
  void anAgeOfExactlyTheMaximumIsPlausibleAndOneYearMoreIsNot() {
    LocalDate reference = LocalDate.of(2024, 7, 31);
    assertNull(FieldRules.birthDate(reference.minusYears(FieldRules.MAX_AGE), reference));
    Issue older = FieldRules.birthDate(reference.minusYears(FieldRules.MAX_AGE + 1), reference);
    assertNotNull(older);
    assertEquals(FindingCode.BIRTH_DATE_IMPLAUSIBLE, older.code());
  }

  @Test
  void aNonDigitIsPlacedAfterLeadingZerosAndNines() {
    Issue issue = FieldRules.nik("3375094508900X01");
    assertNotNull(issue);
    assertEquals(FindingCode.NIK_NOT_DIGITS, issue.code());
    assertEquals("14", issue.parameters().get("position"));
  }

  @Test
  void documentKindsAreReadByTheirCommonNames() {
    assertEquals(DocumentKind.DIPLOMA, FieldRules.documentKindOf("IJAZAH"));
    assertEquals(DocumentKind.BUSINESS_CERTIFICATE, FieldRules.documentKindOf("SKU"));
    assertEquals(DocumentKind.LOW_INCOME_CERTIFICATE, FieldRules.documentKindOf("SKTM"));
    assertEquals(DocumentKind.AK_I, FieldRules.documentKindOf("AK1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"s2_or_higher", "D1_D3", "sd"})
  void anEducationLevelIsReadByItsNameInAnyCase(String text) {
    assertEquals(
        EducationLevel.valueOf(text.toUpperCase(Locale.ROOT)),
        FieldRules.parseEducation(text));
  }

  @Test
  void commonEducationFormsMapToTheirLevel() {
    assertEquals(EducationLevel.S2_OR_HIGHER, FieldRules.parseEducation("S2"));
    assertEquals(EducationLevel.S2_OR_HIGHER, FieldRules.parseEducation(" s3 "));
    assertEquals(EducationLevel.D4_S1, FieldRules.parseEducation("S1"));
    assertEquals(EducationLevel.D1_D3, FieldRules.parseEducation("d2"));
    assertNull(FieldRules.parseEducation("S4"));
  }
}
