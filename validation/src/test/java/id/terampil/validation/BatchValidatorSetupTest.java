package id.terampil.validation;

import static id.terampil.validation.BatchValidatorTest.codes;
import static id.terampil.validation.BatchValidatorTest.only;
import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.LATE;
import static id.terampil.validation.Roster.SAPURO;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a validator built inside the test derives from its program: which cohorts overlap, the
 * served regions it reports, and the builder's options. (The shared {@code Roster.VALIDATOR} is
 * built once per JVM, so these checks build their own.)
 */
class BatchValidatorSetupTest {

  private static BatchValidator fresh() {
    return BatchValidator.builder(Roster.program(EligibilityPolicy.of()), CLOSE).build();
  }

  @Test
  void overlapIsFoundInEitherOrderAndOnlyBetweenDifferentOverlappingCohorts() {
    BatchReport report =
        fresh().validate(
            List.of(
                record(1, SAPURO),
                record(1, KERGON),
                record(2, KERGON),
                record(2, KERGON),
                record(3, LATE),
                record(3, KERGON)));

    Finding overlap = only(report.records().get(1), FindingCode.OVERLAPPING_COHORTS);
    assertEquals(KERGON, overlap.parameters().get("cohort"));
    assertEquals(SAPURO, overlap.parameters().get("otherCohort"));
    assertEquals("0", overlap.parameters().get("otherIndex"));
    // The same cohort twice is a duplicate, not an overlap with itself.
    assertEquals(List.of("DUPLICATE_NIK@nik"), codes(report.records().get(3)));
    // October and July do not overlap.
    assertEquals(List.of(0, 2, 4, 5), report.cleanIndexes());
  }

  @Test
  void aRepeatedNikInAnUnknownCohortNamesThatCohort() {
    BatchReport report =
        fresh().validate(
            List.of(record(d -> d.cohortId = "PKL24-NOWHERE"), record(d -> d.cohortId = "PKL24-NOWHERE")));

    Finding f = only(report.records().get(1), FindingCode.DUPLICATE_NIK);
    assertEquals("PKL24-NOWHERE", f.parameters().get("cohort"));
    assertEquals("0", f.parameters().get("firstIndex"));
  }

  @Test
  void aDomicileOutsideTheServedRegionsIsOneResidenceFindingWithTheRegionsSorted() {
    TrainingProgram base = Roster.program(EligibilityPolicy.of());
    Cohort wide =
        Cohort.builder()
            .id(CohortId.of("PKL24-WIDE"))
            .addSkills(Skills.SEWING)
            .period(DateRange.ofClosed(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 20)))
            .seats(Seats.exactly(10))
            .addRegionsServed(RegionCode.parse("33.75.04"))
            .addRegionsServed(RegionCode.parse("33.75.01"))
            .build();
    TrainingProgram program =
        TrainingProgram.builder()
            .id(base.id())
            .title(base.title())
            .kind(base.kind())
            .organizer(base.organizer())
            .fiscalYear(base.fiscalYear())
            .addAllFunding(base.funding())
            .period(base.period())
            .addCohorts(wide)
            .eligibility(base.eligibility())
            .build();

    BatchReport report =
        BatchValidator.builder(program, CLOSE)
            .build()
            .validate(
                List.of(
                    record(d -> {
                      d.cohortId = "PKL24-WIDE";
                      d.domicileCode = "33.75.02.1001";
                    })));

    // The NIK's other district is only a warning; the residence is one error.
    assertEquals(
        List.of("NIK_REGION_MISMATCH@domicileCode", "NOT_ELIGIBLE_RESIDENCE@domicileCode"),
        codes(report.records().get(0)));
    assertEquals(1, report.records().get(0).errorCount());
    Finding f = only(report.records().get(0), FindingCode.NOT_ELIGIBLE_RESIDENCE);
    assertEquals("33.75.02.1001", f.parameters().get("domicile"));
    assertEquals("33.75.01,33.75.04", f.parameters().get("regions"));
  }

  @Test
  void builderOptionsChainAndAreKept() {
    TrainingProgram program = Roster.program(EligibilityPolicy.of());
    Nik nik = Nik.parse(Roster.nik(9));
    PastParticipation past =
        PastParticipation.of(
            CohortId.of("BLK-2023-LAS"),
            DateRange.ofClosed(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 20)),
            List.of(Skills.SEWING),
            true);
    TargetGroup tobacco = TargetGroup.of("TOBACCO_FARMER", "Petani tembakau", "Tobacco farmer");
    BatchValidator validator =
        BatchValidator.builder(program, CLOSE)
            .participationHistory(nik, ParticipationHistory.of(past))
            .knownTargetGroups(List.of(tobacco))
            .build();

    assertSame(program, validator.program());
    assertEquals(CLOSE, validator.referenceDate());
    assertEquals(
        "BatchValidator{program=PKL-DBHCHT-2024, referenceDate=2024-06-30, roster=APPLICATIONS,"
            + " cohorts=3, histories=1}",
        validator.toString());
    BatchReport report =
        validator.validate(List.of(record(d -> d.targetGroups = List.of("TOBACCO_FARMER"))));
    assertTrue(report.isClean(), report.summary(java.util.Locale.ENGLISH));
  }
}
