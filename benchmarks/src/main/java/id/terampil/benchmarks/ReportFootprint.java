package id.terampil.benchmarks;

import id.terampil.validation.BatchReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A measuring helper, not a benchmark: how much heap a {@link BatchReport} of the generated
 * roster keeps once its garbage is collected, per record. It measures the used heap after full
 * collections with and without the report held, three times, and prints the smallest difference
 * (a collection can leave a little unrelated garbage behind, never less than the report).
 * {@code java -cp benchmarks/target/benchmarks.jar id.terampil.benchmarks.ReportFootprint
 * [records]}; the default is 1,000,000 records, the size the target is set for.
 */
public final class ReportFootprint {

  /** The most heap a kept report of 1,000,000 records may hold per record. */
  static final int TARGET_BYTES_PER_RECORD = 400;

  /** Holds the report while the heap is measured. */
  private static volatile Object held;

  private ReportFootprint() {}

  /**
   * Measures.
   *
   * @param args the number of records, optional
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Roster roster = new Roster(size);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      held = null;
      long without = usedAfterGc(memory);
      held = roster.batchValidator.validate(roster.records);
      long with = usedAfterGc(memory);
      best = Math.min(best, with - without);
    }
    BatchReport report = (BatchReport) held;
    double perRecord = (double) best / report.size();
    System.out.printf(
        "a report of %,d records (%,d clean) keeps %,d bytes: %.1f B per record (target <= %d B: %s)%n",
        report.size(),
        report.cleanIndexes().size(),
        best,
        perRecord,
        TARGET_BYTES_PER_RECORD,
        perRecord <= TARGET_BYTES_PER_RECORD ? "met" : "MISSED");
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
