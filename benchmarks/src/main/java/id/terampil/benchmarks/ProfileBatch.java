package id.terampil.benchmarks;

import id.terampil.core.applicant.Application;
import id.terampil.validation.BatchReport;
import id.terampil.validation.EnrollmentRecord;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A profiling helper, not a benchmark: validates the generated roster of 100,000 records over and
 * over with the batch validator and the hand-written loop on this thread, and prints the CPU time
 * and the bytes allocated per record of each round (and the bytes per record of validating only
 * the clean records, as {@code batchValidatorCleanOnly} does), then the best round of each (CPU time is less
 * disturbed than wall time on a shared machine). Run it under a profiler, e.g.
 * {@code java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
 * -XX:StartFlightRecording=filename=batch.jfr,settings=profile -cp
 * benchmarks/target/benchmarks.jar id.terampil.benchmarks.ProfileBatch 30} (without
 * {@code DebugNonSafepoints} JFR puts the samples of inlined code on the nearest safepoint's line,
 * so a tenth of them landed in one unrelated Guava method); the arguments are the
 * number of rounds (default 20) and the number of records (default 100,000). The numbers are
 * rough (no JMH harness); JMH measures.
 */
public final class ProfileBatch {

  private ProfileBatch() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of rounds and the number of records, both optional
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int size = args.length > 1 ? Integer.parseInt(args[1]) : BenchData.BASE;
    Roster roster = new Roster(size);
    int n = roster.records.size();
    // The clean records alone, as in BatchValidationBenchmark.batchValidatorCleanOnly.
    BatchReport first = roster.batchValidator.validate(roster.records);
    List<EnrollmentRecord> clean = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (first.records().get(i).isClean()) {
        clean.add(roster.records.get(i));
      }
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long bestBatch = Long.MAX_VALUE;
    long bestHand = Long.MAX_VALUE;
    long bestRead = Long.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long bytes = threads.getThreadAllocatedBytes(self);
      long wall = System.nanoTime();
      long start = threads.getCurrentThreadCpuTime();
      BatchReport report = roster.batchValidator.validate(roster.records);
      long batchNanos = threads.getCurrentThreadCpuTime() - start;
      long batchWall = System.nanoTime() - wall;
      long batchBytes = threads.getThreadAllocatedBytes(self) - bytes;
      bytes = threads.getThreadAllocatedBytes(self);
      start = threads.getCurrentThreadCpuTime();
      BitSet errors = roster.handWritten.errors(roster.records);
      long handNanos = threads.getCurrentThreadCpuTime() - start;
      long handBytes = threads.getThreadAllocatedBytes(self) - bytes;
      bytes = threads.getThreadAllocatedBytes(self);
      BatchReport cleanReport = roster.batchValidator.validate(clean);
      long cleanBytes = threads.getThreadAllocatedBytes(self) - bytes;
      // Reading the report's applications, as a caller does who takes them to selection.
      start = threads.getCurrentThreadCpuTime();
      long read = 0;
      for (Application a : report.applications()) {
        read += a.applicant().nik().toLong();
      }
      long readNanos = threads.getCurrentThreadCpuTime() - start;
      bestRead = Math.min(bestRead, readNanos / Math.max(1, report.applications().size()));
      bestBatch = Math.min(bestBatch, batchNanos);
      bestHand = Math.min(bestHand, handNanos);
      System.out.printf(
          "round %2d: batch %5d ns (wall %5d) %5d B per record; hand-written %5d ns %5d B; ratio %.2f"
              + " (%d/%d errors); clean only %d B per record (%d clean); reading an application"
              + " %d ns (%x)%n",
          round,
          batchNanos / n,
          batchWall / n,
          batchBytes / n,
          handNanos / n,
          handBytes / n,
          (double) batchNanos / handNanos,
          Roster.errors(report).cardinality(),
          errors.cardinality(),
          cleanBytes / clean.size(),
          cleanReport.size(),
          readNanos / Math.max(1, report.applications().size()),
          read & 0xf);
    }
    System.out.printf(
        "best: batch %d ns per record, hand-written %d ns, ratio %.2f; reading an application"
            + " %d ns%n",
        bestBatch / n, bestHand / n, (double) bestBatch / bestHand, bestRead);
  }
}
