package id.terampil.benchmarks;

import id.terampil.core.applicant.Application;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating a roster of enrollment records against a 27-cohort program on one thread: the batch
 * validator (a), the Bean Validation baseline (b, in {@link BeanValidationBenchmark}) and the
 * hand-written floor (c), over 100,000 and 1,000,000 records (90 % valid, 10 % with one defect,
 * one in ten of those a repeated registration: an exact copy, same NIK and cohort, of an earlier
 * valid record).
 * The setup checks that all three find errors in the same records.
 *
 * <p>Each JVM has a fixed heap of 6 GB on transparent huge pages, touched once at start ({@code
 * -XX:+AlwaysPreTouch}): without it, G1 grows the young generation late in a run into memory the
 * process never touched, and on this virtual machine the first touch of each page costs so much
 * that iterations after such a growth took 1.8 s per million records instead of 1.3-1.4 s. The
 * benchmarks the targets are judged on run in two JVMs each (forks), so that one JVM's luck does
 * not decide; the others, reported beside them, in one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
public class BatchValidationBenchmark {

  /** The roster of one size. */
  @State(Scope.Benchmark)
  public static class Records {
    /** The number of records. */
    @Param({"100000", "1000000"})
    public int size;

    Roster roster;

    /** Builds the records and checks the verdicts. */
    @Setup(Level.Trial)
    public void setUp() {
      Roster.verify();
      roster = new Roster(size);
      Roster.settle();
    }
  }

  /** The roster of 100,000 records, for reading the applications after validating. */
  @State(Scope.Benchmark)
  public static class HundredThousand {
    Roster roster;

    /** Builds the records. */
    @Setup(Level.Trial)
    public void setUp() {
      roster = new Roster(BenchData.BASE);
      Roster.settle();
    }
  }

  /** The number of clean records in the roster of {@link BenchData#BASE} records. */
  static final int CLEAN = BenchData.BASE * (100 - BenchData.BROKEN_PERCENT) / 100;

  /** The 90,000 valid records of the generated roster, for the allocation per clean record. */
  @State(Scope.Benchmark)
  public static class CleanRecords {
    List<EnrollmentRecord> records;
    BatchValidator validator;

    /** Keeps the records the batch validator finds clean. */
    @Setup(Level.Trial)
    public void setUp() {
      Roster roster = new Roster(BenchData.BASE);
      BatchReport report = roster.batchValidator.validate(roster.records);
      List<EnrollmentRecord> clean = new ArrayList<>();
      for (int i = 0; i < report.size(); i++) {
        if (report.records().get(i).isClean()) {
          clean.add(roster.records.get(i));
        }
      }
      // The table divides the allocation by this number.
      if (clean.size() != CLEAN) {
        throw new IllegalStateException(clean.size() + " clean records, not " + CLEAN);
      }
      records = clean;
      validator = roster.batchValidator;
      Roster.settle();
    }
  }

  /**
   * (a) The batch validator: findings for every record, cross-record checks, and the
   * applications of the clean records.
   *
   * @param s the records
   * @param bh the blackhole
   */
  @Benchmark
  public void batchValidator(Records s, Blackhole bh) {
    bh.consume(s.roster.batchValidator.validate(s.roster.records));
  }

  /**
   * (a) on two threads ({@code parallelism(2)}): the target is at most 0.6 times the one-thread
   * time at 1,000,000 records.
   *
   * @param s the records
   * @param bh the blackhole
   */
  @Benchmark
  public void batchValidatorTwoThreads(Records s, Blackhole bh) {
    bh.consume(s.roster.twoThreads.validate(s.roster.records));
  }

  /**
   * The batch validator, then every application of the report read back as a caller who takes
   * them to selection does. Reported beside the targets, not judged.
   *
   * @param s the records
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
  public void batchValidatorThenApplications(HundredThousand s, Blackhole bh) {
    BatchReport report = s.roster.batchValidator.validate(s.roster.records);
    for (Application a : report.applications()) {
      bh.consume(a);
    }
  }

  /**
   * (c) The hand-written floor: one error bit per record, no findings, no applications.
   *
   * @param s the records
   * @param bh the blackhole
   */
  @Benchmark
  public void handWrittenLoop(Records s, Blackhole bh) {
    BitSet errors = s.roster.handWritten.errors(s.roster.records);
    bh.consume(errors);
  }

  /**
   * The batch validator over only clean records (90,000), to read the allocation per clean
   * record from {@code -prof gc}: {@code gc.alloc.rate.norm / 90,000}.
   *
   * @param s the clean records
   * @param bh the blackhole
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
  public void batchValidatorCleanOnly(CleanRecords s, Blackhole bh) {
    bh.consume(s.validator.validate(s.records));
  }
}
