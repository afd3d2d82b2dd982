package id.terampil.regions;

/**
 * Entry point to the official Kemendagri region lists: {@link #directory()}.
 *
 * <pre>{@code
 * OfficialRegionDirectory regions = OfficialRegions.directory();
 * regions.name(RegionCode.parse("33.75"));        // Optional[Kota Pekalongan]
 * regions.successor(RegionCode.parse("92.71"));   // Optional[96.71], Kota Sorong
 * }</pre>
 *
 * <p>The data is read from the module's own class-path resource once, on the first call, and
 * shared by every caller (initialization-on-demand holder); thread-safe.
 *
 * @since 0.1.0
 */
public final class OfficialRegions {

  private OfficialRegions() {}

  /** Loaded by the JVM on first use of {@link #directory()}; class initialization is thread-safe. */
  private static final class Holder {
    static final OfficialRegionDirectory DIRECTORY = new OfficialRegionDirectory(RegionTable.load());
  }

  /**
   * Returns the official directory: the 2025 list with every edition since Permendagri 56/2015.
   * The first call reads the data (tens of milliseconds); later calls return the same instance.
   *
   * @return the directory, not null
   * @throws IllegalStateException if the module's resource is missing or damaged
   */
  public static OfficialRegionDirectory directory() {
    return Holder.DIRECTORY;
  }
}
