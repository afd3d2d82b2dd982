package id.terampil.benchmarks;

import id.terampil.validation.EnrollmentRecord;
import jakarta.validation.Validator;
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
 * (b) The peer baseline: per record, the record mapped to an equivalent DTO ({@link
 * EnrollmentForm}, annotated with the library's constraints; each date parsed once) and plain
 * Hibernate Validator {@code Validator.validate} on it, then a {@code HashMap} pass for repeated
 * NIKs — what a user would write without the batch validator, starting like it from the texts.
 * Two forks, like the roster benchmarks the targets are judged on.
 * Same records as {@link BatchValidationBenchmark}; 100,000 by default (a million takes the
 * baseline many seconds per operation; pass {@code -p size=1000000} to measure it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch"})
public class BeanValidationBenchmark {

  /** The records of one roster and the validator. */
  @State(Scope.Benchmark)
  public static class Forms {
    /** The number of records. */
    @Param({"100000"})
    public int size;

    List<EnrollmentRecord> records;
    Validator validator;

    /** Builds the records, bootstraps Hibernate Validator and checks the verdicts. */
    @Setup(Level.Trial)
    public void setUp() {
      Roster.verify();
      Roster roster = new Roster(size);
      records = roster.records;
      validator = roster.beanValidator();
      Roster.settle();
    }
  }

  /**
   * The baseline over the roster: each record mapped to its form and validated, then the
   * duplicate pass.
   *
   * @param s the records
   * @param bh the blackhole
   */
  @Benchmark
  public void beanValidation(Forms s, Blackhole bh) {
    bh.consume(Roster.beanValidation(s.validator, s.records));
  }
}
