package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.DateText;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Edges of {@link RecordValidator#validateAndConvert}: texts of exactly the maximum length that
 * are valid once stripped, values a conversion needs, the domicile level "or finer" and required
 * documents. Each case states the exact findings, so a changed bound or branch shows.
 */
class ConversionEdgeTest {

  static final LocalDate CLOSE = LocalDate.of(2024, 6, 30);
  static final RecordValidator VALIDATOR = RecordValidator.builder(CLOSE).build();

  /**
   * A record that converts without findings and declares no business ({@link Roster#record} with
   * the business fields cleared), changed by {@code change}.
   */
  static EnrollmentRecord record(Consumer<Roster.Draft> change) {
    return Roster.record(
        d -> {
          d.businessKbli = null;
          d.businessCapital = null;
          change.accept(d);
        });
  }

  static List<String> codes(RecordReport report) {
    return report.findings().stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  /** {@code text} followed by spaces up to exactly {@link FieldRules#MAX_LENGTH} characters. */
  static String padded(String text) {
    String s = Strings.padEnd(text, Texts.MAX_LENGTH, ' ');
    assertEquals(Texts.MAX_LENGTH, s.length());
    return s;
  }

  static Application converted(RecordValidator validator, EnrollmentRecord record) {
    RecordReport report = validator.validateAndConvert(record, 0);
    assertEquals(List.of(), codes(report));
    return report.application().orElseThrow();
  }

  @Test
  void theDraftConvertsWithoutFindings() {
    Application a = converted(VALIDATOR, record(d -> { }));
    assertEquals("PKL-DBHCHT-2024", a.program().toString());
  }

  @Test
  void textsOfExactlyTheMaximumLengthAreReadAfterStripping() {
    Application name = converted(VALIDATOR, record(d -> d.name = padded("Siti Aminah")));
    assertEquals("Siti Aminah", name.applicant().name().toString());

    Application program = converted(VALIDATOR, record(d -> d.programId = padded("PKL-DBHCHT-2024")));
    assertEquals("PKL-DBHCHT-2024", program.program().toString());

    Application cohort = converted(VALIDATOR, record(d -> d.cohortId = padded(Roster.KERGON)));
    assertEquals(Roster.KERGON, cohort.firstChoice().toString());

    Application group =
        converted(VALIDATOR, record(d -> d.targetGroups = List.of(padded("HOUSEWIFE"))));
    assertEquals(Set.of(TargetGroup.HOUSEWIFE), group.applicant().targetGroups());

    Application groups =
        converted(
            VALIDATOR,
            record(d -> d.targetGroups = List.of(padded("HOUSEWIFE"), "TOBACCO_WORKER_HOUSEHOLD")));
    assertEquals(
        Set.of(TargetGroup.HOUSEWIFE, TargetGroup.TOBACCO_WORKER_HOUSEHOLD),
        groups.applicant().targetGroups());

    Application time =
        converted(VALIDATOR, record(d -> d.registeredAt = padded("2024-06-02T09:30:00")));
    assertEquals(LocalDateTime.of(2024, 6, 2, 9, 30), time.registeredAt());

    Application score = converted(VALIDATOR, record(d -> d.score = padded("87.5")));
    assertEquals(new BigDecimal("87.5"), score.score().orElseThrow());
  }

  @Test
  void oneCharacterMoreThanTheMaximumIsTooLongEvenWhenItStripsToAValidValue() {
    String tooLong = padded("HOUSEWIFE") + " ";
    RecordReport report =
        VALIDATOR.validateAndConvert(record(d -> d.targetGroups = List.of(tooLong)), 0);
    assertEquals(List.of("FIELD_TOO_LONG@targetGroups[0]"), codes(report));
    assertEquals(
        ImmutableMap.of("length", "1025", "maxLength", "1024"),
        report.findings().get(0).parameters());
    assertTrue(report.application().isEmpty());

    assertEquals(
        FindingCode.FIELD_TOO_LONG, FieldCheck.code("registeredAt", padded("2024-06-02T09:30:00") + " "));
    assertEquals(FindingCode.FIELD_TOO_LONG, FieldCheck.code("score", padded("87.5") + " "));
  }

  @Test
  void theFieldRulesReadTextsOfExactlyTheMaximumLength() {
    assertEquals(
        LocalDateTime.of(2024, 6, 2, 9, 30),
        DateText.readDateTime(padded("2024-06-02T09:30:00")).orElse(null));
    assertEquals(new BigDecimal("87.5"), Application.readScore(padded("87.5")).orElse(null));
    assertEquals(null, FieldCheck.of("score", padded("87.5")));
  }

  @Test
  void anUnknownTargetGroupIsItsOnlyFindingNotAlsoAFailedConversion() {
    RecordReport report =
        VALIDATOR.validateAndConvert(record(d -> d.targetGroups = List.of("ASTRONAUT")), 0);
    assertEquals(List.of("TARGET_GROUP_UNKNOWN@targetGroups[0]"), codes(report));
    assertTrue(report.application().isEmpty());

    RecordReport second =
        VALIDATOR.validateAndConvert(
            record(d -> d.targetGroups = List.of("HOUSEWIFE", "ASTRONAUT")), 0);
    assertEquals(List.of("TARGET_GROUP_UNKNOWN@targetGroups[1]"), codes(second));
  }

  @Test
  void aDocumentWithoutIssueDateNeedsOnlyItsDate() {
    RecordReport report =
        VALIDATOR.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("KK", null))), 0);
    assertEquals(List.of("REQUIRED_FOR_APPLICATION@documents[2].issueDate"), codes(report));
    assertTrue(report.application().isEmpty());

    RecordReport blank =
        VALIDATOR.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("KK", "  "))), 0);
    assertEquals(List.of("REQUIRED_FOR_APPLICATION@documents[2].issueDate"), codes(blank));
  }

  @Test
  void aDocumentWithoutKindIsReportedOnceNotAlsoAsNeeded() {
    RecordReport report =
        VALIDATOR.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of(null, "2020-01-01"))), 0);
    assertEquals(List.of("FIELD_REQUIRED@documents[2].kind"), codes(report));
    assertTrue(report.application().isEmpty());
  }

  @Test
  void aDocumentWithNeitherKindNorDateNeedsBoth() {
    RecordReport report =
        VALIDATOR.validateAndConvert(record(d -> d.documents.add(DocumentEntry.of(null, null))), 0);
    assertEquals(
        List.of(
            "FIELD_REQUIRED@documents[2].kind",
            "REQUIRED_FOR_APPLICATION@documents[2].issueDate"),
        codes(report));
  }

  @Test
  void aDocumentWithAnUnreadableDateIsReportedOnceNotAlsoAsNeeded() {
    RecordReport report =
        VALIDATOR.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("KK", "2020-02-30"))), 0);
    assertEquals(List.of("DOCUMENT_DATE_INVALID@documents[2].issueDate"), codes(report));
    assertTrue(report.application().isEmpty());
  }

  @Test
  void aDomicileFinerThanTheRequiredLevelIsAcceptedOnlyWithOrFiner() {
    RecordValidator orFiner =
        RecordValidator.builder(CLOSE).domicileLevel(RegionLevel.DISTRICT, true).build();
    Application a = converted(orFiner, record(d -> { }));
    assertEquals("33.75.01.1006", a.applicant().domicile().toString());
    assertEquals(List.of(), orFiner.validate(record(d -> { }), 0));

    // The required level itself: valid for the rule, but an application needs a village.
    RecordReport district = orFiner.validateAndConvert(record(d -> d.domicileCode = "33.75.01"), 0);
    assertEquals(List.of("REGION_CODE_LEVEL@domicileCode"), codes(district));
    assertEquals(
        ImmutableMap.of("level", "DISTRICT", "requiredLevel", "VILLAGE", "value", "33.75.01"),
        district.findings().get(0).parameters());
    assertEquals(List.of(), orFiner.validate(record(d -> d.domicileCode = "33.75.01"), 0));

    // Coarser than the required level.
    List<Finding> regency = orFiner.validate(record(d -> d.domicileCode = "33.75"), 0);
    assertEquals(1, regency.size());
    assertEquals(FindingCode.REGION_CODE_LEVEL, regency.get(0).code());
    assertEquals(
        ImmutableMap.of("level", "REGENCY", "requiredLevel", "DISTRICT", "value", "33.75"),
        regency.get(0).parameters());

    // Not a region code at all.
    List<Finding> invalid = orFiner.validate(record(d -> d.domicileCode = "33.75.01.x"), 0);
    assertEquals(1, invalid.size());
    assertEquals(FindingCode.REGION_CODE_INVALID, invalid.get(0).code());
    assertEquals("domicileCode", invalid.get(0).field().orElseThrow());

    // Without "or finer" a village is not a district.
    RecordValidator exact =
        RecordValidator.builder(CLOSE).domicileLevel(RegionLevel.DISTRICT, false).build();
    List<Finding> village = exact.validate(record(d -> { }), 0);
    assertEquals(1, village.size());
    assertEquals(
        ImmutableMap.of(
            "level", "VILLAGE", "requiredLevel", "DISTRICT", "value", "33.75.01.1006"),
        village.get(0).parameters());
  }

  @Test
  void aRequiredDocumentIsMissingOnlyWhenNoEntryHasItsKind() {
    RecordValidator ktp = RecordValidator.builder(CLOSE).requiredDocuments(List.of("KTP")).build();
    // One entry, of the required kind.
    assertEquals(
        List.of(),
        codes(ktp.validateAndConvert(
            record(d -> d.documents = List.of(DocumentEntry.of("KTP", "2012-03-01"))), 0)));
    // One entry, of another kind.
    RecordReport other =
        ktp.validateAndConvert(
            record(d -> d.documents = List.of(DocumentEntry.of("AK1", "2024-01-15"))), 0);
    assertEquals(List.of("DOCUMENT_MISSING@documents"), codes(other));
    assertEquals(ImmutableMap.of("kind", "KTP"), other.findings().get(0).parameters());
    // Two entries, the required one second.
    assertEquals(List.of(), codes(ktp.validateAndConvert(record(d -> { }), 0)));

    RecordValidator two =
        RecordValidator.builder(CLOSE).requiredDocuments(List.of("KTP", "KK")).build();
    assertEquals(
        List.of("DOCUMENT_MISSING@documents"),
        codes(two.validateAndConvert(record(d -> { }), 0)));
  }

  @Test
  void twoEntriesOfOneKindAreADuplicateWithoutRequiredDocuments() {
    RecordReport report =
        VALIDATOR.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("KTP", "2015-01-01"))), 0);
    assertEquals(List.of("DOCUMENT_DUPLICATE@documents[2].kind"), codes(report));
    assertEquals(Severity.WARNING, report.findings().get(0).severity());
    // A warning: the record converts with all three documents.
    assertEquals(3, report.application().orElseThrow().applicant().documents().size());
    assertEquals(0, report.errorCount());
  }

  @Test
  void aRequiredDocumentIsListedUnderAnyCodeOfItsKind() {
    // The record lists AK1, which the conversion reads as AK_I.
    RecordValidator akI = RecordValidator.builder(CLOSE).requiredDocuments(List.of("AK_I")).build();
    RecordReport aliased = akI.validateAndConvert(record(d -> { }), 0);
    assertEquals(List.of(), codes(aliased));
    assertTrue(
        aliased.application().orElseThrow().applicant().documents().stream()
            .anyMatch(document -> document.kind() == DocumentKind.AK_I));
    // Required under an alias, listed under the kind's name.
    RecordValidator ijazah =
        RecordValidator.builder(CLOSE).requiredDocuments(List.of("IJAZAH")).build();
    assertEquals(
        List.of(),
        codes(ijazah.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("DIPLOMA", "2010-06-01"))), 0)));
    // Still missing where no entry is of that kind; the finding names the code as required.
    RecordReport missing = ijazah.validateAndConvert(record(d -> { }), 0);
    assertEquals(List.of("DOCUMENT_MISSING@documents"), codes(missing));
    assertEquals(ImmutableMap.of("kind", "IJAZAH"), missing.findings().get(0).parameters());
  }

  @Test
  void twoCodesOfOneKindAreRequiredOnceAndMissingOnce() {
    RecordValidator both =
        RecordValidator.builder(CLOSE).requiredDocuments(List.of("SKU", "BUSINESS_CERTIFICATE")).build();
    RecordReport missing = both.validateAndConvert(record(d -> { }), 0);
    assertEquals(List.of("DOCUMENT_MISSING@documents"), codes(missing));
    assertEquals(ImmutableMap.of("kind", "SKU"), missing.findings().get(0).parameters());
    assertEquals(
        List.of(),
        codes(both.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("BUSINESS_CERTIFICATE", "2020-01-01"))),
            0)));
  }

  @Test
  void aRequiredDocumentOfNoKnownKindIsListedOnlyUnderItsOwnCode() {
    // NPWP and BPJS are both DocumentKind.OTHER, but different documents.
    RecordValidator npwp = RecordValidator.builder(CLOSE).requiredDocuments(List.of("NPWP")).build();
    RecordReport other =
        npwp.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("BPJS", "2020-01-01"))), 0);
    assertEquals(List.of("DOCUMENT_MISSING@documents"), codes(other));
    assertEquals(ImmutableMap.of("kind", "NPWP"), other.findings().get(0).parameters());
    assertEquals(
        List.of(),
        codes(npwp.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("NPWP", "2020-01-01"))), 0)));
  }

  @Test
  void twoCodesOfOneKindAreADuplicateOfThatKindButTwoOtherDocumentsAreNot() {
    // The record lists AK1 second; AKI third is the same card.
    RecordReport report =
        VALIDATOR.validateAndConvert(
            record(d -> d.documents.add(DocumentEntry.of("AKI", "2024-02-01"))), 0);
    assertEquals(List.of("DOCUMENT_DUPLICATE@documents[2].kind"), codes(report));
    assertEquals(ImmutableMap.of("kind", "AK_I"), report.findings().get(0).parameters());
    assertEquals(
        List.of("DOCUMENT_DUPLICATE@documents[1].kind"),
        codes(VALIDATOR.validateAndConvert(
            record(d -> d.documents = List.of(
                DocumentEntry.of("IJAZAH", "2010-06-01"), DocumentEntry.of("DIPLOMA", "2010-06-01"))),
            0)));
    assertEquals(
        List.of(),
        codes(VALIDATOR.validateAndConvert(
            record(d -> d.documents = List.of(
                DocumentEntry.of("NPWP", "2020-01-01"), DocumentEntry.of("BPJS", "2020-01-01"))),
            0)));
  }

  @Test
  void aBatchReportRefusesRecordsOutOfInputOrder() {
    RecordReport first = VALIDATOR.validateAndConvert(record(d -> { }), 0);
    RecordReport second = VALIDATOR.validateAndConvert(record(d -> d.name = ""), 1);
    BatchReport ok =
        BatchReport.of(
            Roster.PROGRAM.id(), CLOSE, List.of(first, second), List.of());
    assertEquals(2, ok.size());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchReport.of(Roster.PROGRAM.id(), CLOSE, List.of(second, first), List.of()));
    assertEquals("records must be in input order: index 1 at position 0", e.getMessage());
    IllegalArgumentException gap =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchReport.of(Roster.PROGRAM.id(), CLOSE, List.of(second), List.of()));
    assertEquals("records must be in input order: index 1 at position 0", gap.getMessage());
    IllegalArgumentException later =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchReport.of(Roster.PROGRAM.id(), CLOSE, List.of(first, first), List.of()));
    assertEquals("records must be in input order: index 0 at position 1", later.getMessage());
  }
}
