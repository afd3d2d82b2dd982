package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class BatchValidatorProperties {

  static final BatchValidator VALIDATOR =
      BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE)
          .regionDirectory(new TestDirectory())
          .build();

  /**
   * Mostly the first (good) value, sometimes another plausible one, rarely junk: batches hold
   * clean and broken records alike.
   */
  static Arbitrary<String> text(String good, String... others) {
    return Arbitraries.frequencyOf(
            Tuple.of(40, Arbitraries.just(good)),
            Tuple.of(4, Arbitraries.of(others)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)),
            Tuple.of(1, Arbitraries.of("", " ", "${1+1}", "9999-12-31", "0000-01-01")))
        .withoutEdgeCases();
  }

  @Provide
  Arbitrary<List<EnrollmentRecord>> batches() {
    Arbitrary<EnrollmentRecord> records =
        Combinators.combine(
                List.of(
                    Arbitraries.frequencyOf(
                        Tuple.of(10, Arbitraries.integers().between(1, 60).map(Roster::nik)),
                        Tuple.of(1, text("3375014508900000", "33750145089000001"))),
                    text("Siti Aminah", "Somad", "O'Neil-Putri"),
                    text("P", "L"),
                    text("1990-08-05", "2012-01-01"),
                    text("33.75.01.1006", "33.75.02.1001", "92.71.01.2001"),
                    Arbitraries.of(Roster.KERGON, Roster.SAPURO, Roster.LATE, "PKL24-NOWHERE", Roster.SAPURO),
                    text("HOUSEWIFE", "YOUTH", "ASTRONAUT"),
                    text("2024-06-02T09:30:00", "2024-06-02T09:30:00+07:00", "2024-06-02"),
                    text("PKL-DBHCHT-2024", "KDI-2024")))
            .as(
                v ->
                    EnrollmentRecord.builder()
                        .nik(v.get(0))
                        .name(v.get(1))
                        .sex(v.get(2))
                        .birthDate(v.get(3))
                        .domicileCode(v.get(4))
                        .education("SMA")
                        .employment("UNEMPLOYED")
                        .cohortId(v.get(5))
                        .addTargetGroups(v.get(6))
                        .addDocuments(DocumentEntry.of("KTP", "2012-03-01"))
                        .registeredAt(v.get(7))
                        .programId(v.get(8))
                        .build());
    return records.injectNull(0.05).list().ofMaxSize(40);
  }

  @StatisticsReport(onFailureOnly = true)
  @Property(tries = 200)
  void everyInputRecordIsAccountedForExactlyOnceInInputOrder(
      @ForAll("batches") List<EnrollmentRecord> batch) {
    BatchReport report = VALIDATOR.validate(batch);

    assertEquals(batch.size(), report.size());
    Set<Integer> seen = new HashSet<>();
    int findings = 0;
    for (int i = 0; i < batch.size(); i++) {
      RecordReport r = report.records().get(i);
      assertEquals(i, r.index());
      assertTrue(seen.add(r.index()));
      for (Finding f : r.findings()) {
        assertEquals(i, f.recordIndex());
        assertTrue(!f.parameters().containsValue(Roster.nik(1)), f.toString());
      }
      findings += r.findings().size();
      assertEquals(r.findings().stream().noneMatch(Finding::isError), r.application().isPresent());
      assertEquals(batch.get(i) == null, r.findings().stream()
          .anyMatch(f -> f.code() == FindingCode.RECORD_NULL));
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
    Statistics.label("clean records")
        .coverage(c -> c.check("some").percentage(p -> p > 30));
    for (CohortLoad load : report.cohortLoads()) {
      assertTrue(load.requested() - load.excess() <= load.seats());
    }
  }

  @Property(tries = 200)
  void theBatchValidatorReportsExactlyWhatTheRecordValidatorFindsFirst(
      @ForAll("batches") List<EnrollmentRecord> batch) {
    BatchReport report = VALIDATOR.validate(batch);
    RecordValidator records = VALIDATOR.recordValidator();

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
      @ForAll("batches") List<EnrollmentRecord> batch) {
    for (int i = 0; i < batch.size(); i++) {
      EnrollmentRecord record = batch.get(i);
      // (A batch reads an absent program id as its own program; the record validator cannot.)
      if (record == null || record.programId() == null || record.programId().isBlank()) {
        continue;
      }
      RecordReport alone = VALIDATOR.recordValidator().validateAndConvert(record, 0);
      RecordReport inBatch = VALIDATOR.validate(List.of(record)).records().get(0);
      if (inBatch.isClean()) {
        assertEquals(alone.application(), inBatch.application());
      }
      if (!alone.isClean()) {
        assertTrue(inBatch.application().isEmpty());
      }
    }
  }
}
