package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.SAPURO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each unmet eligibility rule of the residence, document and recent-skill kinds becomes its own
 * {@code NOT_ELIGIBLE_*} finding on the right field, with the rule's parameters.
 */
class EligibilityFindingsTest {

  /** Serves 33.75.02 (SAPURO and LATE inherit it; KERGON states its own district). */
  static final TrainingProgram STRICT =
      Roster.builder(
              EligibilityPolicy.of(
                  EligibilityRule.holding(DocumentKind.AK_I, DocumentKind.NIB),
                  EligibilityRule.notTrainedInSameSkillWithin(2)))
          .addRegionsServed(RegionCode.parse("33.75.02"))
          .build();

  static final PastParticipation SEWN_LAST_YEAR =
      PastParticipation.of(
          CohortId.of("BLK-2023-JAHIT"),
          DateRange.ofClosed(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30)),
          List.of(Skills.SEWING),
          true);

  static List<String> codes(RecordReport report) {
    return report.findings().stream()
        .map(f -> f.code() + "@" + f.field().orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void everyUnmetRuleIsAFindingWithItsParameters() {
    BatchValidator validator =
        BatchValidator.builder(STRICT, CLOSE)
            .participationHistories(
                Map.of(Nik.parse(Roster.nik(1)), ParticipationHistory.of(SEWN_LAST_YEAR)))
            .build();
    EnrollmentRecord expired =
        ConversionEdgeTest.record(
            d -> {
              d.cohortId = SAPURO;
              d.documents =
                  List.of(
                      DocumentEntry.of("KTP", "2012-03-01"), DocumentEntry.of("AK1", "2021-01-15"));
            });

    RecordReport r = validator.validate(List.of(expired)).records().get(0);

    assertEquals(
        List.of(
            "NOT_ELIGIBLE_RESIDENCE@domicileCode",
            "NOT_ELIGIBLE_DOCUMENT_EXPIRED@documents",
            "NOT_ELIGIBLE_DOCUMENTS@documents",
            "NOT_ELIGIBLE_RECENT_SKILL@cohortId"),
        codes(r));
    assertEquals(
        ImmutableMap.of("domicile", "33.75.01.1006", "regions", "33.75.02"),
        r.findings().get(0).parameters());
    assertEquals(
        ImmutableMap.of(
            "document", "AK_I", "validUntil", "2023-01-14", "referenceDate", "2024-06-30"),
        r.findings().get(1).parameters());
    assertEquals(ImmutableMap.of("document", "NIB"), r.findings().get(2).parameters());
    assertEquals(
        ImmutableMap.of(
            "skill", Skills.SEWING.code(),
            "cohort", "BLK-2023-JAHIT",
            "trainedUntil", "2023-09-30",
            "years", "2"),
        r.findings().get(3).parameters());
    assertTrue(r.application().isEmpty());
  }

  @Test
  void withoutHistoryAndWithTheDocumentsOnlyTheResidenceIsUnmet() {
    EnrollmentRecord holding =
        ConversionEdgeTest.record(
            d -> {
              d.nik = Roster.nik(2);
              d.cohortId = SAPURO;
              d.documents.add(DocumentEntry.of("NIB", "2023-05-05"));
            });

    RecordReport r =
        BatchValidator.builder(STRICT, CLOSE).build().validate(List.of(holding)).records().get(0);

    assertEquals(List.of("NOT_ELIGIBLE_RESIDENCE@domicileCode"), codes(r));
  }
}
