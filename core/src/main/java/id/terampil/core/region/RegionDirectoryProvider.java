package id.terampil.core.region;

/**
 * A service that supplies a {@link RegionDirectory}, found with {@link java.util.ServiceLoader}:
 * a module that ships region data (as {@code terampil-regions} ships the official Kemendagri
 * lists) declares {@code provides id.terampil.core.region.RegionDirectoryProvider with ...} in
 * its {@code module-info} and lists its implementation in
 * {@code META-INF/services/id.terampil.core.region.RegionDirectoryProvider}. Core itself ships no
 * provider and no data.
 *
 * <p>Implementations have a public no-argument constructor, are thread-safe, and return the same
 * directory on every call.
 *
 * @since 0.1.0
 */
public interface RegionDirectoryProvider {

  /**
   * Returns the directory.
   *
   * @return the directory, not null
   */
  RegionDirectory directory();
}
