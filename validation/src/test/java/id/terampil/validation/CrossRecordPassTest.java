package id.terampil.validation;

import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.VALIDATOR;
import static id.terampil.validation.Roster.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.AbstractList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The findings across records come after each record has been checked on its own: a record's own
 * errors and its repeated NIK add up, so it takes no seat; and a list whose size does not match
 * what it yields is refused with a clear message instead of failing deep inside.
 */
class CrossRecordPassTest {

  private static List<String> codes(RecordReport report) {
    return report.findings().stream().map(f -> f.code().name()).collect(Collectors.toList());
  }

  @Test
  void aRecordWithItsOwnErrorAndARepeatedNikTakesNoSeat() {
    // KERGON has two seats. The second record repeats the first NIK and has a bad score.
    EnrollmentRecord badScoreRepeat =
        record(
            d -> {
              d.nik = Roster.nik(1);
              d.score = "-1";
            });
    BatchReport report =
        Roster.ENROLLMENTS.validate(
            List.of(record(1, KERGON), badScoreRepeat, record(2, KERGON), record(3, KERGON)));
    assertEquals(List.of(), codes(report.records().get(0)));
    assertEquals(List.of("SCORE_INVALID", "DUPLICATE_NIK"), codes(report.records().get(1)));
    assertEquals(List.of(), codes(report.records().get(2)));
    assertEquals(List.of("COHORT_SEATS_EXCEEDED"), codes(report.records().get(3)));
    assertEquals(List.of(0, 2), report.cleanIndexes());
    CohortLoad kergon =
        report.cohortLoads().stream()
            .filter(l -> l.cohort().toString().equals(KERGON))
            .findFirst()
            .orElseThrow();
    assertEquals(3, kergon.requested());
  }

  /** A list that yields {@code yielded} elements but says it has {@code claimed}. */
  private static List<EnrollmentRecord> lying(int claimed, int yielded) {
    List<EnrollmentRecord> real = Collections.nCopies(yielded, record(1, KERGON));
    return new AbstractList<>() {
      @Override
      public EnrollmentRecord get(int index) {
        return real.get(index);
      }

      @Override
      public int size() {
        return claimed;
      }

      @Override
      public Iterator<EnrollmentRecord> iterator() {
        return real.iterator();
      }
    };
  }

  @Test
  void aBatchThatYieldsMoreOrFewerRecordsThanItsSizeIsRefused() {
    IllegalArgumentException grew =
        assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(lying(1, 2)));
    assertEquals("the batch grew while it was validated", grew.getMessage());
    IllegalArgumentException shrank =
        assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(lying(2, 1)));
    assertEquals("the batch shrank while it was validated", shrank.getMessage());
  }
}
