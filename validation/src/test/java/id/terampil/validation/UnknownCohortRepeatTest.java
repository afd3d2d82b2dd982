package id.terampil.validation;

import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.VALIDATOR;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A NIK whose record names an unknown cohort is reported as such, before or after the same NIK
 * in a known cohort, and never as enrolled in overlapping cohorts.
 */
class UnknownCohortRepeatTest {

  private static final String NOWHERE = "PKL24-NOWHERE";

  private static List<String> codes(RecordReport report) {
    return report.findings().stream().map(f -> f.code().name()).collect(Collectors.toList());
  }

  @Test
  void anUnknownCohortFirstThenAKnownOne() {
    BatchReport report = VALIDATOR.validate(List.of(record(1, NOWHERE), record(1, KERGON)));
    assertEquals(List.of("COHORT_UNKNOWN"), codes(report.records().get(0)));
    assertEquals(List.of(), codes(report.records().get(1)));
    assertEquals(List.of(1), report.cleanIndexes());
  }

  @Test
  void aKnownCohortFirstThenAnUnknownOne() {
    BatchReport report = VALIDATOR.validate(List.of(record(1, KERGON), record(1, NOWHERE)));
    assertEquals(List.of(), codes(report.records().get(0)));
    assertEquals(List.of("COHORT_UNKNOWN"), codes(report.records().get(1)));
    assertEquals(List.of(0), report.cleanIndexes());
  }
}
