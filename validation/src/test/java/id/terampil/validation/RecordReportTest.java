package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import id.terampil.validation.internal.Texts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of {@link RecordReport}, the age-range setting and the field length limit. */
class RecordReportTest {

  private static void assertRefused(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  private static Finding required(int index) {
    return Finding.of(FindingCode.FIELD_REQUIRED, index, "nik", Map.of());
  }

  @Test
  void aReportWithAnErrorHasNoApplication() {
    RecordReport report = RecordReport.of(0, List.of(required(0)), Optional.empty());
    assertFalse(report.isClean());
  }

  @Test
  void theErrorCountCountsErrorsAndNotWarnings() {
    Finding warning = Finding.of(FindingCode.NIK_REGION_MISMATCH, 0, "domicileCode", Map.of());
    assertEquals(
        2, RecordReport.of(0, List.of(required(0), warning, required(0)), Optional.empty()).errorCount());
    assertEquals(1, RecordReport.of(0, List.of(warning, required(0)), Optional.empty()).errorCount());
  }

  @Test
  void rejectsANegativeIndexAForeignFindingAndAMissingApplication() {
    assertRefused(
        () -> RecordReport.of(-1, List.of(), Optional.empty()), "index must not be negative: -1");
    assertRefused(
        () -> RecordReport.of(0, List.of(required(1)), Optional.empty()),
        "findings must be about record 0: 1");
    assertRefused(
        () -> RecordReport.of(0, List.of(), Optional.empty()),
        "application must be present exactly when there is no error: record 0");
  }

  @Test
  void ageRangeAcceptsZeroAndAnEqualMaximumOnly() {
    LocalDate close = LocalDate.of(2024, 7, 31);
    assertNotNull(RecordValidator.builder(close).ageRange(0, 0).build());
    assertNotNull(RecordValidator.builder(close).ageRange(18, 18).build());
    assertRefused(
        () -> RecordValidator.builder(close).ageRange(-1, 5), "minimum age must not be negative: -1");
    assertRefused(
        () -> RecordValidator.builder(close).ageRange(18, 17),
        "maximum age must not be less than the minimum: 17 < 18");
  }

  @Test
  void aFieldOfTheMaximumLengthIsExaminedAndOneMoreIsTooLong() {
    assertNull(FieldCheck.of("sex", " ".repeat(Texts.MAX_LENGTH - 1) + "L"));
    assertEquals(
        FindingCode.FIELD_TOO_LONG, FieldCheck.code("sex", " ".repeat(Texts.MAX_LENGTH) + "L"));
  }
}
