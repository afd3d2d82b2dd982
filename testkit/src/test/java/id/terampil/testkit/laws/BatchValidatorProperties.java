package id.terampil.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.BrokenRecord;
import id.terampil.testkit.EnrollmentRecordArbitrary;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.testkit.internal.Providers;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.CohortLoad;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordReport;
import id.terampil.validation.RecordValidator;
import id.terampil.validation.RosterKind;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jspecify.annotations.Nullable;

/**
 * Laws of the batch validator (issue 5, point 4): every record is accounted for exactly once, in
 * input order; the batch reports first what the record validator finds; a batch of one converts
 * as the record validator does. Batches mix the testkit's valid records ({@link
 * TerampilArbitraries#enrollmentRecords}), a cohort's roster up to full capacity (so seats run
 * out), almost-valid records, repeated records (duplicate NIKs), junk text and null; the testkit's
 * records are drawn once per program and picked by index in each try.
 */
class BatchValidatorProperties {

  /** A program's validator and records drawn once from the testkit. */
  record Pool(
      BatchValidator validator,
      List<EnrollmentRecord> valid,
      List<EnrollmentRecord> broken,
      List<List<EnrollmentRecord>> rosters) {}

  /**
   * Pools drawn once (fixed seeds): generating records is the costly part, so each try picks
   * records from these by index (a repeated index is the same record sent twice).
   */
  private static final List<Pool> POOLS = pools();

  private static List<Pool> pools() {
    List<Pool> pools = new ArrayList<>();
    long seed = 17L;
    for (TrainingProgram program :
        Samples.list(TerampilArbitraries.programs().withCohorts(1, 3), 10, seed)) {
      LocalDate close = Providers.registrationClose(program);
      EnrollmentRecordArbitrary valid = TerampilArbitraries.enrollmentRecords(program, close);
      List<List<EnrollmentRecord>> rosters = new ArrayList<>();
      for (Cohort cohort : program.cohorts()) {
        rosters.addAll(Samples.list(valid.forCohort(cohort.id()).roster(), 1, ++seed));
      }
      pools.add(
          new Pool(
              BatchValidator.builder(program, close).roster(RosterKind.ENROLLMENTS).build(),
              Samples.list(valid, 40, ++seed),
              Samples.list(valid.almostValid().map(BrokenRecord::broken), 20, ++seed),
              rosters));
    }
    return pools;
  }

  /** One try: a program's batch validator and a batch for it. */
  record Batch(BatchValidator validator, List<@Nullable EnrollmentRecord> records) {
    @Override
    public String toString() {
      return records.size() + " records: " + records;
    }
  }

  /** A record of arbitrary text in a few fields, as a broken export produces. */
  static Arbitrary<EnrollmentRecord> junk() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(20),
            Arbitraries.of("", " ", "${1+1}", "9999-12-31", "0000-01-01"));
    return Combinators.combine(text, text, text, text)
        .as(
            (a, b, c, d) ->
                EnrollmentRecord.builder().nik(a).name(b).birthDate(c).cohortId(d).sex(a).build());
  }

  @Provide
  Arbitrary<Batch> batches() {
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 999);
    return Combinators.combine(
            Arbitraries.of(POOLS),
            Arbitraries.integers().between(-1, 2),
            Arbitraries.frequencyOf(
                    Tuple.of(12, picks.map(i -> Tuple.of(0, i))),
                    Tuple.of(3, picks.map(i -> Tuple.of(1, i))),
                    Tuple.of(1, picks.map(i -> Tuple.of(2, i))),
                    Tuple.of(1, picks.map(i -> Tuple.of(3, i))))
                .list()
                .ofMaxSize(30),
            junk().list().ofMinSize(1).ofMaxSize(3),
            picks.list().ofMaxSize(4))
        .as(
            (pool, roster, mix, junk, again) -> {
              List<@Nullable EnrollmentRecord> records = new ArrayList<>();
              if (roster >= 0 && roster < pool.rosters().size()) {
                records.addAll(pool.rosters().get(roster));
              }
              for (Tuple.Tuple2<Integer, Integer> m : mix) {
                int i = m.get2();
                switch (m.get1()) {
                  case 0 -> records.add(pool.valid().get(i % pool.valid().size()));
                  case 1 -> records.add(pool.broken().get(i % pool.broken().size()));
                  case 2 -> records.add(junk.get(i % junk.size()));
                  default -> records.add(null);
                }
              }
              for (int pick : again) {
                if (!records.isEmpty()) {
                  records.add(records.get(pick % records.size()));
                }
              }
              return new Batch(pool.validator(), records);
            });
  }

  @StatisticsReport(onFailureOnly = true)
  @Property(tries = 200)
  void everyInputRecordIsAccountedForExactlyOnceInInputOrder(@ForAll("batches") Batch b) {
    List<@Nullable EnrollmentRecord> batch = b.records();
    BatchReport report = b.validator().validate(batch);

    assertEquals(batch.size(), report.size());
    Set<Integer> seen = new HashSet<>();
    int findings = 0;
    for (int i = 0; i < batch.size(); i++) {
      RecordReport r = report.records().get(i);
      EnrollmentRecord record = batch.get(i);
      assertEquals(i, r.index());
      assertTrue(seen.add(r.index()));
      for (Finding f : r.findings()) {
        assertEquals(i, f.recordIndex());
        if (record != null && record.nik() != null && record.nik().strip().matches("[0-9]{16}")) {
          assertFalse(f.parameters().containsValue(record.nik().strip()), f.toString());
        }
      }
      findings += r.findings().size();
      assertEquals(r.findings().stream().noneMatch(Finding::isError), r.application().isPresent());
      assertEquals(
          record == null, r.findings().stream().anyMatch(f -> f.code() == FindingCode.RECORD_NULL));
    }
    assertEquals(findings, report.errorCount() + report.warningCount());
    assertEquals(
        findings, report.countsByCode().values().stream().mapToInt(Integer::intValue).sum());
    List<Integer> clean = new ArrayList<>();
    for (RecordReport r : report.records()) {
      if (r.isClean()) {
        clean.add(r.index());
      }
    }
    assertEquals(clean, report.cleanIndexes());
    assertEquals(clean.size(), report.applications().size());
    Statistics.label("clean records").collect(clean.isEmpty() ? "none" : "some");
    Statistics.label("clean records").coverage(c -> c.check("some").percentage(p -> p > 30));
    for (FindingCode code :
        List.of(FindingCode.DUPLICATE_NIK, FindingCode.COHORT_SEATS_EXCEEDED, FindingCode.RECORD_NULL)) {
      Statistics.label(code.name()).collect(report.countsByCode().containsKey(code));
      // The rarest, seats exceeded, is 14.9 % measured, of 200: > 2 % fails by chance less
      // than once in 10^9 runs.
      Statistics.label(code.name()).coverage(c -> c.check(true).percentage(p -> p > 2));
    }
    for (CohortLoad load : report.cohortLoads()) {
      assertTrue(load.requested() - load.excess() <= load.seats());
    }
    // The same records as an application roster, before selection: no seat rule at all, and
    // otherwise the same findings.
    BatchValidator applications =
        BatchValidator.builder(b.validator().program(), b.validator().referenceDate()).build();
    BatchReport before = applications.validate(batch);
    assertFalse(before.countsByCode().containsKey(FindingCode.COHORT_SEATS_EXCEEDED));
    for (int i = 0; i < batch.size(); i++) {
      List<FindingCode> withSeats = new ArrayList<>();
      report.records().get(i).findings().stream()
          .map(Finding::code)
          .filter(c -> c != FindingCode.COHORT_SEATS_EXCEEDED)
          .forEach(withSeats::add);
      assertEquals(
          withSeats,
          before.records().get(i).findings().stream().map(Finding::code).toList(),
          "record " + i);
    }
  }

  @Property(tries = 200)
  void theBatchValidatorReportsExactlyWhatTheRecordValidatorFindsFirst(@ForAll("batches") Batch b) {
    List<@Nullable EnrollmentRecord> batch = b.records();
    BatchReport report = b.validator().validate(batch);
    RecordValidator records = b.validator().recordValidator();

    for (int i = 0; i < batch.size(); i++) {
      EnrollmentRecord record = batch.get(i);
      if (record == null) {
        continue;
      }
      List<Finding> alone = records.validate(record, i);
      List<Finding> inBatch = report.records().get(i).findings();
      assertTrue(inBatch.size() >= alone.size());
      assertEquals(alone, inBatch.subList(0, alone.size()));
      // A record whose own findings are errors is rejected in the batch too.
      if (alone.stream().anyMatch(Finding::isError)) {
        assertTrue(report.records().get(i).application().isEmpty());
      }
    }
  }

  /** A record naming its program converts alone as in a batch of one, unless the batch rejects it. */
  @Property(tries = 100)
  void aBatchOfOneRecordConvertsAsTheRecordValidatorDoesUnlessTheCohortRejectsIt(
      @ForAll("batches") Batch b) {
    for (EnrollmentRecord record : b.records()) {
      // (A batch reads an absent program id as its own program; the record validator cannot.)
      if (record == null || record.programId() == null || record.programId().isBlank()) {
        continue;
      }
      RecordReport alone = b.validator().recordValidator().validateAndConvert(record, 0);
      RecordReport inBatch = b.validator().validate(List.of(record)).records().get(0);
      if (inBatch.isClean()) {
        assertEquals(alone.application(), inBatch.application());
      }
      if (!alone.isClean()) {
        assertTrue(inBatch.application().isEmpty());
      }
    }
  }
}
