package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Issue 9, point 2: random strings and leniently decoded random bytes in every field of an
 * {@link EnrollmentRecord}, in batches, through the record and the batch validator: no exception
 * escapes, every report accounts for each input record exactly once, in order, and the report
 * of three threads equals the report of one.
 *
 * <p>Tagged {@code fuzz}: {@code ./mvnw -B -Pfuzz -pl testkit -am verify} runs it with
 * {@code jqwik.tries.default} = 10,000 (a system property, which jqwik reads as a JUnit Platform
 * configuration parameter) and batches of {@value #FUZZ_BATCH}: one million records. The
 * ordinary build runs it with jqwik's default 1,000 tries and batches of {@value #QUICK_BATCH}.
 */
@Tag("fuzz")
class RandomRecordFuzzProperties {

  static final int FUZZ_BATCH = 100;
  static final int QUICK_BATCH = 5;

  /** Records per try: full batches only when the fuzz profile raised the default tries. */
  static final int BATCH = System.getProperty("jqwik.tries.default") == null ? QUICK_BATCH : FUZZ_BATCH;

  private static final AtomicLong RECORDS = new AtomicLong();
  private static final AtomicLong FINDINGS = new AtomicLong();

  static final RecordValidator STRICT =
      RecordValidator.builder(Roster.CLOSE)
          .requiredFields(java.util.EnumSet.allOf(RecordField.class))
          .regionDirectory(new TestDirectory())
          .requiredDocuments(List.of("KTP"))
          .build();

  static final BatchValidator BATCHES =
      BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE).regionDirectory(new TestDirectory()).build();

  /** The same validator on three threads, two of them from a shared pool. */
  static final BatchValidator PARALLEL =
      BatchValidator.builder(Roster.PROGRAM, Roster.CLOSE)
          .regionDirectory(new TestDirectory())
          .parallelism(3)
          .executor(ForkJoinPool.commonPool())
          .build();

  /** Any text: random UTF-16, bytes decoded as UTF-8 or Latin-1, near-misses and hostile values. */
  static Arbitrary<String> text() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.strings().all().ofMaxLength(24)),
            Tuple.of(2, bytes.map(b -> new String(b, StandardCharsets.UTF_8))),
            Tuple.of(1, bytes.map(b -> new String(b, StandardCharsets.ISO_8859_1))),
            Tuple.of(3, Arbitraries.strings().withChars("0123456789.-:/T+ Rp,").ofMaxLength(24)),
            Tuple.of(
                2,
                Arbitraries.of(
                    "", " ", "${1+1}", "#{1+1}", "\u202e", "\ud800", "0000-01-01", "9999-12-31",
                    Roster.nik(1), "Siti Aminah", "P", "1990-08-05", "33.75.01.1006", "SMK",
                    "HOMEMAKER", "PKL-DBHCHT-2024", Roster.SAPURO, "HOUSEWIFE", "KTP", "14120",
                    "Rp 5.000.000", "2024-06-02T09:30:00+07:00", "87.5", "CENTRE_MANAGER")))
        .injectNull(0.1);
  }

  @Provide
  Arbitrary<List<EnrollmentRecord>> batches() {
    Arbitrary<String> t = text();
    Arbitrary<DocumentEntry> documents = Combinators.combine(t, t).as(DocumentEntry::of);
    Arbitrary<List<String>> groups = t.filter(s -> s != null).list().ofMaxSize(3);
    Arbitrary<EnrollmentRecord> records =
        Combinators.combine(
                Combinators.combine(List.of(t, t, t, t, t, t, t, t)).as(v -> v),
                Combinators.combine(List.of(t, t, t, t, t, t, t)).as(v -> v),
                groups,
                documents.list().ofMaxSize(2))
            .as(
                (a, b, g, d) ->
                    EnrollmentRecord.builder()
                        .nik(a.get(0)).name(a.get(1)).sex(a.get(2)).birthDate(a.get(3))
                        .domicileCode(a.get(4)).education(a.get(5)).employment(a.get(6))
                        .programId(a.get(7)).cohortId(b.get(0)).businessKbli(b.get(1))
                        .businessCapital(b.get(2)).businessAnnualSales(b.get(3))
                        .registeredAt(b.get(4)).score(b.get(5)).role(b.get(6))
                        .addAllTargetGroups(g).addAllDocuments(d)
                        .build());
    return records.injectNull(0.01).list().ofSize(BATCH);
  }

  @Property
  void noExceptionEscapesAndEveryRecordIsReportedExactlyOnce(
      @ForAll("batches") List<EnrollmentRecord> batch) {
    for (int i = 0; i < batch.size(); i++) {
      EnrollmentRecord record = batch.get(i);
      if (record != null) {
        FINDINGS.addAndGet(STRICT.validate(record, i).size());
        RecordReport converted = STRICT.validateAndConvert(record, i);
        assertEquals(converted.findings().stream().noneMatch(Finding::isError), converted.application().isPresent());
        record.toString();
      }
    }
    BatchReport report = BATCHES.validate(batch);
    assertEquals(batch.size(), report.size());
    for (int i = 0; i < batch.size(); i++) {
      RecordReport r = report.records().get(i);
      assertEquals(i, r.index());
      for (Finding f : r.findings()) {
        assertEquals(i, f.recordIndex());
        assertTrue(!f.message().isEmpty());
      }
      assertEquals(r.findings().stream().noneMatch(Finding::isError), r.application().isPresent());
    }
    assertEquals(report.cleanIndexes().size(), report.applications().size());
    assertEquals(report, PARALLEL.validate(batch));
    RECORDS.addAndGet(batch.size());
  }

  @AfterContainer
  static void reportVolume() {
    System.out.printf(
        "RandomRecordFuzzProperties: %,d records (batches of %d) through both validators, %,d findings%n",
        RECORDS.get(), BATCH, FINDINGS.get());
  }
}
