package id.terampil.regions.internal;

import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionDirectoryProvider;
import id.terampil.regions.OfficialRegions;

/**
 * Supplies {@link OfficialRegions#directory()} to {@link java.util.ServiceLoader}. Not an API:
 * use {@link OfficialRegions} directly.
 *
 * @since 0.1.0
 */
public final class OfficialRegionDirectoryProvider implements RegionDirectoryProvider {

  /** Creates the provider; cheap, the data loads on the first look-up. */
  public OfficialRegionDirectoryProvider() {}

  /**
   * Returns the official directory.
   *
   * @return {@link OfficialRegions#directory()}, not null
   */
  @Override
  public RegionDirectory directory() {
    return OfficialRegions.directory();
  }
}
