package id.terampil.benchmarks;

import id.terampil.core.region.RegionCode;
import id.terampil.regions.OfficialRegionDirectory;
import id.terampil.regions.OfficialRegions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A measuring helper, not a benchmark: the heap the official region directory keeps once loaded,
 * with and without its successor table (computed on the first {@code successor} call), measured
 * as the used heap after full collections before and after. The directory loads once per JVM, so
 * this runs in a JVM of its own: {@code java -cp benchmarks/target/benchmarks.jar
 * id.terampil.benchmarks.RegionsFootprint}.
 */
public final class RegionsFootprint {

  /** Holds the directory while the heap is measured. */
  private static volatile Object held;

  private RegionsFootprint() {}

  /**
   * Measures.
   *
   * @param args none
   */
  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    RegionCode sorong = RegionCode.parse("92.71");
    long before = usedAfterGc(memory);
    long start = System.nanoTime();
    OfficialRegionDirectory regions = OfficialRegions.directory();
    held = regions;
    boolean exists = regions.exists(sorong);
    long loaded = System.nanoTime() - start;
    long afterLoad = usedAfterGc(memory);
    start = System.nanoTime();
    String successor = regions.successor(sorong).orElseThrow().toString();
    long successors = System.nanoTime() - start;
    long afterSuccessors = usedAfterGc(memory);
    System.out.printf(
        "load %.1f ms (exists 92.71: %s), keeps %,d bytes; successor table %.1f ms (92.71 -> %s),"
            + " keeps %,d bytes more; %,d bytes in all%n",
        loaded / 1e6,
        exists,
        afterLoad - before,
        successors / 1e6,
        successor,
        afterSuccessors - afterLoad,
        afterSuccessors - before);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
