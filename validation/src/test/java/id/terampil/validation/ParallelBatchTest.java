package id.terampil.validation;

import id.terampil.validation.code.FindingCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BatchValidator.Builder#parallelism(int)}: the report of several threads equals the
 * report of one, also for what needs several records (repeated NIKs, overlapping cohorts, seats
 * in input order); only the records on their own are split, and no thread is used unasked.
 */
class ParallelBatchTest {

  /**
   * An enrollment roster with something across records everywhere: a NIK repeated in its cohort
   * and in an overlapping one, a cohort (KERGON, 2 seats) asked for more seats than it has,
   * broken and null records, spread over the parts of any split.
   */
  private static List<EnrollmentRecord> roster() {
    List<EnrollmentRecord> batch = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      String cohort = i % 3 == 0 ? Roster.KERGON : i % 3 == 1 ? Roster.SAPURO : Roster.LATE;
      batch.add(Roster.record(i % 20 + 1, cohort));
      if (i % 7 == 0) {
        batch.add(Roster.record(d -> d.birthDate = "05-13-1990"));
      }
      if (i % 11 == 0) {
        batch.add(null);
      }
    }
    return batch;
  }

  private static BatchValidator enrollments(int threads) {
    return BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE)
        .roster(RosterKind.ENROLLMENTS)
        .parallelism(threads)
        .build();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 7, 200})
  void theReportOfSeveralThreadsIsTheReportOfOne(int threads) {
    List<EnrollmentRecord> batch = roster();
    BatchReport one = enrollments(1).validate(batch);
    assertTrue(one.countsByCode().containsKey(FindingCode.DUPLICATE_NIK));
    assertTrue(
        one.countsByCode().containsKey(FindingCode.COHORT_SEATS_EXCEEDED));
    assertTrue(one.countsByCode().containsKey(FindingCode.RECORD_NULL));
    assertEquals(one, enrollments(threads).validate(batch));
    assertEquals(one.records(), enrollments(threads).validate(batch).records());
  }

  @Test
  void theThreadsComeFromTheCallersExecutor() {
    AtomicInteger tasks = new AtomicInteger();
    Executor counting =
        task -> {
          tasks.incrementAndGet();
          new Thread(task).start();
        };
    List<EnrollmentRecord> batch = roster();
    BatchReport report =
        BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE)
            .roster(RosterKind.ENROLLMENTS)
            .parallelism(3)
            .executor(counting)
            .build()
            .validate(batch);
    assertEquals(2, tasks.get());
    assertEquals(enrollments(1).validate(batch), report);
  }

  @Test
  void oneThreadByDefaultAndNoTaskForTheExecutor() {
    AtomicInteger tasks = new AtomicInteger();
    BatchReport report =
        BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE)
            .roster(RosterKind.ENROLLMENTS)
            .executor(task -> tasks.incrementAndGet())
            .build()
            .validate(roster());
    assertEquals(0, tasks.get());
    assertEquals(enrollments(1).validate(roster()), report);
  }

  @Test
  void anEmptyBatchNeedsNoThread() {
    assertEquals(0, enrollments(4).validate(List.of()).size());
  }

  @Test
  void aParallelismBelowOneIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE).parallelism(0));
    assertEquals("parallelism must be at least 1: 0", e.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE).executor(null));
  }

  @Test
  void aFailureOnAnotherThreadReachesTheCaller() {
    Executor failing =
        task -> {
          throw new IllegalStateException("pool shut down");
        };
    BatchValidator validator =
        BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE).parallelism(2).executor(failing).build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> validator.validate(roster()));
    assertEquals("pool shut down", e.getMessage());
  }
}
