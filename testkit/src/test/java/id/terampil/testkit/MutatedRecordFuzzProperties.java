package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.internal.Providers;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordReport;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Issue 9, point 2: batches that mix untouched valid records of a generated program's cohort
 * (a roster, distinct NIKs, within capacity) with almost-valid records (each broken in exactly
 * one way), in random order, through the record validator the testkit's records are valid for
 * and through a {@link BatchValidator} of the program: no exception escapes, every broken record
 * gets at least one finding (its expected code among its errors), every untouched valid record
 * gets none, and the batch report accounts for each input record exactly once, in order.
 *
 * <p>Tagged {@code fuzz}: {@code ./mvnw -B -Pfuzz -pl testkit -am verify} runs it with
 * {@code jqwik.tries.default} = 10,000 and batches of {@value #FUZZ_BATCH}: one million records.
 * The ordinary build runs it with jqwik's default 1,000 tries and batches of
 * {@value #QUICK_BATCH}.
 */
@Tag("fuzz")
class MutatedRecordFuzzProperties {

  static final int FUZZ_BATCH = 40;
  static final int QUICK_BATCH = 4;

  /** Records per try: full batches only when the fuzz profile raised the default tries. */
  static final int BATCH = System.getProperty("jqwik.tries.default") == null ? QUICK_BATCH : FUZZ_BATCH;

  /**
   * Codes judged by settings of the testkit's record validator that a batch validator takes from
   * the program instead (an age range when the program has no age rule; required documents):
   * a record broken this way is flagged by the record validator but may pass the batch.
   */
  static final Set<FindingCode> SETTINGS_OF_THE_RECORD_VALIDATOR =
      Set.of(FindingCode.AGE_OUTSIDE_RANGE, FindingCode.DOCUMENT_MISSING);

  private static final AtomicLong VALID = new AtomicLong();
  private static final AtomicLong BROKEN = new AtomicLong();

  /** One try: a program, its validators, and a shuffled batch of valid and broken records. */
  static final class Scenario {
    final RecordValidator records;
    final BatchValidator batches;
    final List<EnrollmentRecord> batch;
    final List<BrokenRecord> broken;
    final List<BrokenRecord> checkedAlone;
    final Set<Integer> validIndexes;
    final java.util.Map<Integer, BrokenRecord> brokenAt = new java.util.HashMap<>();

    Scenario(
        ProgramFixture fixture, List<EnrollmentRecord> roster, List<BrokenRecord> brokenRecords, long seed) {
      this.records = fixture.records;
      this.batches = fixture.batches;
      List<EnrollmentRecord> valid = roster.subList(0, Math.min(roster.size(), BATCH / 2));
      Set<String> niks = valid.stream().map(EnrollmentRecord::nik).collect(Collectors.toSet());
      // A broken record sharing a valid record's NIK would rightly make that record a duplicate.
      this.broken =
          brokenRecords.stream()
              .filter(b -> b.broken().nik() == null || !niks.contains(b.broken().nik().strip()))
              .filter(b -> !SETTINGS_OF_THE_RECORD_VALIDATOR.contains(b.expected()))
              .limit(BATCH - valid.size())
              .collect(Collectors.toList());
      this.checkedAlone = brokenRecords;
      List<Object> mixed = new ArrayList<>(valid);
      mixed.addAll(broken);
      Collections.shuffle(mixed, new Random(seed));
      this.batch = new ArrayList<>();
      this.validIndexes = new java.util.HashSet<>();
      for (Object o : mixed) {
        if (o instanceof BrokenRecord) {
          brokenAt.put(batch.size(), (BrokenRecord) o);
          batch.add(((BrokenRecord) o).broken());
        } else {
          validIndexes.add(batch.size());
          batch.add((EnrollmentRecord) o);
        }
      }
    }

    @Override
    public String toString() {
      return "Scenario{" + batch.size() + " records, valid at " + validIndexes + ", broken "
          + broken.stream().map(b -> b.expected() + ": " + b.description()).collect(Collectors.toList()) + "}";
    }
  }

  /** A program with its records and its two validators, built once for all tries. */
  static final class ProgramFixture {
    final TrainingProgram program;
    final EnrollmentRecordArbitrary arbitrary;
    final RecordValidator records;
    final BatchValidator batches;

    ProgramFixture(TrainingProgram program) {
      LocalDate close = Providers.registrationClose(program);
      this.program = program;
      this.arbitrary = TerampilArbitraries.enrollmentRecords(program, close);
      this.records = arbitrary.validator();
      this.batches = BatchValidator.builder(program, close).build();
    }
  }

  /**
   * Programs drawn once (fixed seed), each with its validators: generating a program or building
   * its validators per try would dominate the run.
   */
  private static final List<ProgramFixture> PROGRAMS =
      Samples.list(TerampilArbitraries.programs(), BATCH == FUZZ_BATCH ? 200 : 20, 9L).stream()
          .map(ProgramFixture::new)
          .collect(Collectors.toList());

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(PROGRAMS)
        .flatMap(
            fixture -> {
              TrainingProgram program = fixture.program;
              EnrollmentRecordArbitrary arbitrary = fixture.arbitrary;
              return Arbitraries.of(program.cohorts())
                  .flatMap(
                      cohort ->
                          Combinators.combine(
                                  arbitrary
                                      .forCohort(cohort.id())
                                      .list()
                                      .uniqueElements(EnrollmentRecord::nik)
                                      .ofMaxSize(Math.min(cohort.seats().max(), BATCH / 2)),
                                  arbitrary.almostValid().list().ofSize(BATCH),
                                  Arbitraries.longs())
                              .as(
                                  (roster, broken, seed) -> new Scenario(fixture, roster, broken, seed)));
            })
        .withoutEdgeCases();
  }

  @Property
  void brokenRecordsGetFindingsValidOnesNoneAndEveryRecordIsReportedOnce(
      @ForAll("scenarios") Scenario s) {
    for (BrokenRecord b : s.checkedAlone) {
      List<Finding> findings = s.records.validate(b.broken(), 0);
      assertTrue(
          findings.stream().anyMatch(f -> f.isError() && f.code() == b.expected()), () -> b + ": " + findings);
      assertEquals(
          ValidRecordFindings.expected(b.original()),
          ValidRecordFindings.codes(s.records.validate(b.original(), 0)),
          b::toString);
    }
    BatchReport report = s.batches.validate(s.batch);
    assertEquals(s.batch.size(), report.size());
    for (int i = 0; i < s.batch.size(); i++) {
      RecordReport r = report.records().get(i);
      assertEquals(i, r.index());
      for (Finding f : r.findings()) {
        assertEquals(i, f.recordIndex());
      }
      if (s.validIndexes.contains(i)) {
        List<FindingCode> expected = ValidRecordFindings.expected(s.batch.get(i));
        assertEquals(expected, ValidRecordFindings.codes(r.findings()), s.batch.get(i)::toString);
        assertTrue(r.application().isPresent());
        assertEquals(expected, ValidRecordFindings.codes(s.records.validate(s.batch.get(i), i)));
      } else {
        assertFalse(r.findings().isEmpty(), s.brokenAt.get(i)::toString);
      }
    }
    assertTrue(report.cleanIndexes().containsAll(s.validIndexes));
    VALID.addAndGet(s.validIndexes.size());
    BROKEN.addAndGet(s.broken.size());
  }

  @AfterContainer
  static void reportVolume() {
    System.out.printf(
        "MutatedRecordFuzzProperties: %,d records (%,d valid, %,d broken; batches of up to %d) through both validators%n",
        VALID.get() + BROKEN.get(), VALID.get(), BROKEN.get(), BATCH);
  }
}
