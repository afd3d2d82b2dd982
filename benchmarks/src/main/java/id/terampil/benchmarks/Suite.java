package id.terampil.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the whole benchmark suite in one JMH run (with the GC profiler for allocation), writes
 * JMH's JSON, and prints the results table: absolute numbers, then the ratios of the performance
 * targets, each marked met or missed. Used by {@code scripts/bench.sh}.
 *
 * <p>Arguments: the JSON result file, then the table file.
 */
public final class Suite {

  private Suite() {}

  /**
   * Runs the suite.
   *
   * @param args the JSON result file and the table file
   * @throws RunnerException if JMH fails
   * @throws IOException if the table cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Path json = Path.of(args.length > 0 ? args[0] : "benchmarks/results/jmh.json");
    Path table = Path.of(args.length > 1 ? args[1] : "benchmarks/results/table.txt");
    Files.createDirectories(json.toAbsolutePath().getParent());
    Options options =
        new OptionsBuilder()
            .include(BatchValidationBenchmark.class.getName())
            .include(BeanValidationBenchmark.class.getName())
            .include(SelectionBenchmark.class.getName())
            .include(ParseBenchmark.class.getName())
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    String text = table(results);
    System.out.println();
    System.out.print(text);
    Files.writeString(table, text, StandardCharsets.UTF_8);
  }

  /** Returns the table of {@code results}. */
  static String table(Collection<RunResult> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Machine: %d CPUs available to the JVM, %s %s, %s %s (%s)%n%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.runtime.version"),
            System.getProperty("os.name"),
            System.getProperty("os.version"),
            System.getProperty("os.arch")));
    double batch100k = score(results, "batchValidator", "100000");
    double batch1m = score(results, "batchValidator", "1000000");
    double floor100k = score(results, "handWrittenLoop", "100000");
    double floor1m = score(results, "handWrittenLoop", "1000000");
    double bean100k = score(results, "beanValidation", "100000");
    double select = score(results, "select100k", null);
    double bestBatch100k = best(results, "batchValidator", "100000");
    double bestBatch1m = best(results, "batchValidator", "1000000");
    double bestFloor100k = best(results, "handWrittenLoop", "100000");
    double bestBean100k = best(results, "beanValidation", "100000");
    double bestSelect = best(results, "select100k", null);
    double two1m = score(results, "batchValidatorTwoThreads", "1000000");
    double bestTwo1m = best(results, "batchValidatorTwoThreads", "1000000");
    double allAlloc100k = secondary(results, "batchValidator", "100000", "gc.alloc.rate.norm");

    sb.append(
        "Targets (judged on the means; 'best' uses each benchmark's fastest measured iteration,\n"
            + "the one least disturbed by the rest of a shared machine)\n");
    sb.append(
        String.format(Locale.ROOT, "  %-66s %11s %11s  %-10s %s%n", "", "mean", "best", "target", ""));
    List<String[]> rows = new ArrayList<>();
    rows.add(
        target(
            "Batch validator vs Hibernate Validator per record, 100k (speed-up)",
            bean100k / batch100k, bestBean100k / bestBatch100k, "x", ">= 3x",
            bean100k / batch100k >= 3));
    rows.add(
        target(
            "Batch validator vs hand-written loop, 100k (time ratio)",
            batch100k / floor100k, bestBatch100k / bestFloor100k, "x", "<= 2.5x",
            batch100k / floor100k <= 2.5));
    rows.add(
        target(
            "Batch validator, 1,000,000 records, one thread",
            batch1m, bestBatch1m, " ms", "<= 2500 ms", batch1m <= 2500));
    rows.add(
        target(
            "Two threads / one thread, 1,000,000 records (time ratio)",
            two1m / batch1m, bestTwo1m / bestBatch1m, "x", "<= 0.6x", two1m / batch1m <= 0.6));
    rows.add(
        target(
            "Selection of 100,000 applications, 27 cohorts x 40 seats",
            select, bestSelect, " ms", "<= 300 ms", select <= 300));
    rows.add(
        info(
            "(With 3 x 100 reserved seats) selection of 100,000 applications",
            score(results, "select100kWithReservations", null),
            best(results, "select100kWithReservations", null),
            " ms"));
    rows.add(
        info(
            "(Then reading every application) batch validator, 100k",
            score(results, "batchValidatorThenApplications", null),
            best(results, "batchValidatorThenApplications", null),
            " ms"));
    for (String[] row : rows) {
      sb.append(String.format(Locale.ROOT, "  %-66s %11s %11s  %-10s %s%n", (Object[]) row));
    }

    sb.append("\nAbsolute (mean +- 99.9% error; fastest iteration)\n");
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      Result<?> primary = r.getPrimaryResult();
      String name = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark().lastIndexOf('.') - 1) + 1);
      String size = p.getParam("size");
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-46s %8s %11.3f +- %10.3f %-6s best %11.3f  alloc %13s B/op%n",
              name,
              size == null ? "" : size,
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit(),
              best(r),
              alloc == null ? "-" : String.format(Locale.ROOT, "%,.0f", alloc.getScore())));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nPer record: batch validator %.0f ns (100k), %.0f ns (1M); hand-written %.0f ns (100k), "
                + "%.0f ns (1M); Hibernate Validator %.0f ns (100k); batch allocation %.0f B per record "
                + "(100k mixed)%nThe heap a kept report holds (target <= 400 B per record) follows.%n",
            batch100k * 1e6 / 100_000,
            batch1m * 1e6 / 1_000_000,
            floor100k * 1e6 / 100_000,
            floor1m * 1e6 / 1_000_000,
            bean100k * 1e6 / 100_000,
            allAlloc100k / 100_000));
    return sb.toString();
  }

  private static String[] target(
      String what, double value, double best, String unit, String goal, boolean met) {
    return new String[] {
      what,
      Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%s", value, unit),
      Double.isNaN(best) ? "n/a" : String.format(Locale.ROOT, "%.1f%s", best, unit),
      goal,
      Double.isNaN(value) ? "not measured" : met ? "met" : "MISSED"
    };
  }

  /** A row measured for information, beside the targets. */
  private static String[] info(String what, double value, double best, String unit) {
    String[] row = target(what, value, best, unit, "-", true);
    row[4] = Double.isNaN(value) ? "not measured" : "not a target";
    return row;
  }

  private static RunResult find(Collection<RunResult> results, String method, String size) {
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      if (p.getBenchmark().endsWith("." + method)
          && (size == null || size.equals(p.getParam("size")))) {
        return r;
      }
    }
    return null;
  }

  private static double score(Collection<RunResult> results, String method, String size) {
    RunResult r = find(results, method, size);
    return r == null ? Double.NaN : r.getPrimaryResult().getScore();
  }

  /** Returns the fastest measured iteration's score (average time: the lowest), or NaN. */
  private static double best(Collection<RunResult> results, String method, String size) {
    RunResult r = find(results, method, size);
    return r == null ? Double.NaN : best(r);
  }

  private static double best(RunResult r) {
    double best = Double.NaN;
    for (BenchmarkResult b : r.getBenchmarkResults()) {
      for (IterationResult i : b.getIterationResults()) {
        double score = i.getPrimaryResult().getScore();
        if (Double.isNaN(best) || score < best) {
          best = score;
        }
      }
    }
    return best;
  }

  private static double secondary(
      Collection<RunResult> results, String method, String size, String label) {
    RunResult r = find(results, method, size);
    if (r == null) {
      return Double.NaN;
    }
    Result<?> result = r.getSecondaryResults().get(label);
    return result == null ? Double.NaN : result.getScore();
  }
}
