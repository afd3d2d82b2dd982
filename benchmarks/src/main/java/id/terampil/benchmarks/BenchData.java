package id.terampil.benchmarks;

import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.BrokenRecord;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark data, built by the testkit with fixed seeds: a 27-cohort program and batches of
 * enrollment records, 90 % valid and 10 % almost valid (one defect each, from
 * {@code almostValidRecords}), all NIKs distinct.
 *
 * <p>Generating a record with jqwik costs tens of microseconds, so {@value #BASE} distinct
 * records are generated once; larger batches are copies of them whose NIK serial (the last four
 * digits, which nothing else in a record depends on) is renumbered deterministically so that every
 * NIK stays valid and distinct. Records whose NIK text is not a NIK (a broken NIK) keep it. Every
 * batch is laid out in memory in batch order, as a batch read from a file is (see
 * {@code readerCopy}). Built once per JVM and shared by the benchmarks of a fork.
 */
final class BenchData {

  /** The number of distinct generated records. */
  static final int BASE = 100_000;

  /** The share of almost-valid records, in percent. */
  static final int BROKEN_PERCENT = 10;

  /** The seed of the program. */
  static final long PROGRAM_SEED = 20_260_001L;

  /** The seed of the records. */
  static final long RECORD_SEED = 20_260_002L;

  /** The number of cohorts. */
  static final int COHORTS = 27;

  /**
   * Seats per cohort in the validation benchmarks: enough for a million records spread over 27
   * cohorts, so that no clean record exceeds its cohort's seats (seat limits are exercised by the
   * selection benchmark, with 40 seats per cohort).
   */
  static final int VALIDATION_SEATS = 50_000;

  private static BenchData instance;

  final TrainingProgram program;
  final LocalDate referenceDate;
  /** The generated records, in batch order. */
  final List<EnrollmentRecord> base;
  private final List<EnrollmentRecord> million = new ArrayList<>();
  private final Set<Long> usedNiks;

  private BenchData() {
    // One age rule instead of a random policy: the Bean Validation baseline checks the same age
    // range with @ProductiveAge. Cohorts keep their residence overrides.
    this.program =
        Samples.list(
                TerampilArbitraries.programs()
                    .withCohorts(COHORTS)
                    .seatsPerCohort(VALIDATION_SEATS)
                    .fiscalYear(2026)
                    .withEligibility(EligibilityPolicy.of(EligibilityRule.productiveAge())),
                1,
                PROGRAM_SEED)
            .get(0);
    this.referenceDate = program.period().start();
    int brokenCount = BASE * BROKEN_PERCENT / 100;
    List<EnrollmentRecord> valid =
        Samples.list(
            TerampilArbitraries.enrollmentRecords(program, referenceDate),
            BASE - brokenCount,
            RECORD_SEED);
    List<BrokenRecord> broken =
        Samples.list(
            TerampilArbitraries.almostValidRecords(program, referenceDate),
            brokenCount,
            RECORD_SEED + 1);
    List<EnrollmentRecord> all = new ArrayList<>(BASE);
    all.addAll(valid);
    for (BrokenRecord b : broken) {
      all.add(b.broken());
    }
    Collections.shuffle(all, new Random(RECORD_SEED + 2));
    Set<Long> used = new HashSet<>();
    List<EnrollmentRecord> distinct = new ArrayList<>(BASE);
    for (EnrollmentRecord r : all) {
      distinct.add(renumber(r, 0, used));
    }
    this.base = Collections.unmodifiableList(distinct);
    this.usedNiks = used;
  }

  /** Returns the data of this JVM, building it on first use. */
  static synchronized BenchData get() {
    if (instance == null) {
      long start = System.nanoTime();
      instance = new BenchData();
      System.err.printf(
          "# data: %,d records generated in %.1f s%n",
          BASE, (System.nanoTime() - start) / 1e9);
    }
    return instance;
  }

  /**
   * Returns the first {@code size} records of the endless batch: the generated records, then
   * renumbered copies of them.
   */
  synchronized List<EnrollmentRecord> records(int size) {
    if (size <= BASE) {
      return base.subList(0, size);
    }
    int copy = million.size() / BASE + 1;
    while (BASE + million.size() < size) {
      for (EnrollmentRecord r : base) {
        million.add(renumber(r, copy, usedNiks));
      }
      copy++;
    }
    List<EnrollmentRecord> out = new ArrayList<>(size);
    out.addAll(base);
    out.addAll(million.subList(0, size - BASE));
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns {@code r} with its NIK serial moved (by {@code copy}) to the first serial whose NIK is
   * not used yet; {@code r} itself if its NIK text is not a NIK.
   */
  private static EnrollmentRecord renumber(EnrollmentRecord r, int copy, Set<Long> used) {
    String text = r.nik();
    if (text == null || Nik.tryParse(text).isEmpty() || !text.equals(text.strip())) {
      return readerCopy(r, text);
    }
    long prefix = Long.parseLong(text.substring(0, 12));
    int serial = Integer.parseInt(text.substring(12));
    int candidate = (serial - 1 + copy * 1_009) % 9_999 + 1;
    for (int tries = 0; tries < 9_999; tries++) {
      long value = prefix * 10_000 + candidate;
      if (used.add(value)) {
        return readerCopy(r, candidate == serial ? text : String.format("%012d%04d", prefix, candidate));
      }
      candidate = candidate % 9_999 + 1;
    }
    throw new IllegalStateException("no free NIK serial");
  }

  /**
   * Returns a copy of {@code r} with NIK text {@code nik}, allocated as a reader of an export
   * would allocate it: a new string for every field, the record after its fields. Copying the
   * records in batch order puts each record's data next to it and the records in the order the
   * validators walk them, as in a batch just read from a file. Generation order is not batch
   * order (the clean and the broken records are generated apart, then shuffled), so without the
   * copy every record would be a jump in memory, and the benchmarks would time cache misses
   * rather than validation.
   */
  private static EnrollmentRecord readerCopy(EnrollmentRecord r, @Nullable String nik) {
    EnrollmentRecord.Builder b = EnrollmentRecord.builder();
    for (String group : r.targetGroups()) {
      b.addTargetGroups(fresh(group));
    }
    for (DocumentEntry d : r.documents()) {
      b.addDocuments(DocumentEntry.of(fresh(d.kind()), fresh(d.issueDate())));
    }
    return b.nik(fresh(nik))
        .name(fresh(r.name()))
        .sex(fresh(r.sex()))
        .birthDate(fresh(r.birthDate()))
        .domicileCode(fresh(r.domicileCode()))
        .programId(fresh(r.programId()))
        .cohortId(fresh(r.cohortId()))
        .education(fresh(r.education()))
        .employment(fresh(r.employment()))
        .businessKbli(fresh(r.businessKbli()))
        .businessCapital(fresh(r.businessCapital()))
        .businessAnnualSales(fresh(r.businessAnnualSales()))
        .registeredAt(fresh(r.registeredAt()))
        .score(fresh(r.score()))
        .build();
  }

  /** A new string with the characters of {@code text}, as a parser allocates one. */
  private static @Nullable String fresh(@Nullable String text) {
    return text == null ? null : new String(text.toCharArray());
  }
}
