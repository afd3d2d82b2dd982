package id.terampil.benchmarks;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.regions.OfficialRegionDirectory;
import id.terampil.regions.OfficialRegions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (f) The official region directory of terampil-regions. {@code load}: the first call of {@link
 * OfficialRegions#directory()} in a fresh JVM, which reads every edition (one shot per fork, 10
 * forks; the median of the shots is the figure to compare with the 150 ms budget). {@code
 * exists} and {@code name}: one look-up each, averaged over 1,024 codes per invocation (current,
 * retired and never-listed codes mixed), against the 100 ns budget. The heap the loaded directory
 * keeps is measured by {@link RegionsFootprint}.
 */
public class RegionsBenchmark {

  /** The number of codes per invocation. */
  static final int CODES = 1024;

  /** Cold load: one shot per fresh fork. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 10)
  public boolean load() {
    return OfficialRegions.directory().exists(RegionCode.ofProvince(33));
  }

  /** Codes to look up, drawn from the directory with a fixed seed. */
  @State(Scope.Benchmark)
  public static class Codes {
    OfficialRegionDirectory regions;
    RegionCode[] codes;

    /** Loads the directory and draws the codes: 3/4 current villages, 1/8 retired, 1/8 never listed. */
    @Setup(Level.Trial)
    public void setUp() {
      regions = OfficialRegions.directory();
      Random random = new Random(BenchData.RECORD_SEED + 30);
      List<RegionCode> villages = regions.currentCodes(RegionLevel.VILLAGE);
      List<RegionCode> retired = regions.retiredCodes(RegionLevel.VILLAGE);
      List<RegionCode> drawn = new ArrayList<>(CODES);
      while (drawn.size() < CODES) {
        int kind = random.nextInt(8);
        if (kind == 0) {
          drawn.add(retired.get(random.nextInt(retired.size())));
        } else if (kind == 1) {
          RegionCode v = villages.get(random.nextInt(villages.size()));
          // the same district, a serial no edition uses in practice
          RegionCode never =
              RegionCode.ofVillage(
                  v.provinceCode(), v.regencyPart(), v.districtPart(), 2900 + random.nextInt(99));
          drawn.add(never);
        } else {
          drawn.add(villages.get(random.nextInt(villages.size())));
        }
      }
      Collections.shuffle(drawn, random);
      codes = drawn.toArray(new RegionCode[0]);
    }
  }

  /**
   * {@code exists} per code.
   *
   * @param codes the codes
   * @param blackhole consumes the answers
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(CODES)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public void exists(Codes codes, Blackhole blackhole) {
    OfficialRegionDirectory regions = codes.regions;
    for (RegionCode code : codes.codes) {
      blackhole.consume(regions.exists(code));
    }
  }

  /**
   * {@code name} per code.
   *
   * @param codes the codes
   * @param blackhole consumes the answers
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(CODES)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public void name(Codes codes, Blackhole blackhole) {
    OfficialRegionDirectory regions = codes.regions;
    for (RegionCode code : codes.codes) {
      blackhole.consume(regions.name(code));
    }
  }
}
