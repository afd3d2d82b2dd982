package id.terampil.validation.internal;

import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionDirectoryProvider;
import jakarta.validation.ValidationException;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The region directory installed on the class or module path, found once with {@link
 * ServiceLoader} ({@code terampil-regions} provides the official one). Not an API.
 */
public final class InstalledRegionDirectory {

  static final String MISSING =
      "@ValidRegionCode(mustExist = true) needs a region directory on the class or module path:"
          + " add the dependency id.terampil:terampil-regions (it provides"
          + " id.terampil.core.region.RegionDirectoryProvider), or drop mustExist";

  private InstalledRegionDirectory() {}

  /** Looked up on first use; class initialization is thread-safe. */
  private static final class Holder {
    static final Optional<RegionDirectory> DIRECTORY =
        first(ServiceLoader.load(RegionDirectoryProvider.class));
  }

  /**
   * Returns the installed directory.
   *
   * @return the directory of the first provider found, not null
   * @throws ValidationException if no provider is on the path
   */
  public static RegionDirectory require() {
    return require(Holder.DIRECTORY);
  }

  static RegionDirectory require(Optional<RegionDirectory> found) {
    return found.orElseThrow(() -> new ValidationException(MISSING));
  }

  /** Returns the directory of the first provider, if any. */
  static Optional<RegionDirectory> first(Iterable<RegionDirectoryProvider> providers) {
    Iterator<RegionDirectoryProvider> it = providers.iterator();
    return it.hasNext() ? Optional.of(it.next().directory()) : Optional.empty();
  }
}
