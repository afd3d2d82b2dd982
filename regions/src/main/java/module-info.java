/**
 * Terampil regions: the official Kemendagri region code lists (kode wilayah) of every edition
 * since Permendagri 56/2015, as a complete {@link id.terampil.core.region.RegionDirectory}.
 * Reads only its own class-path resource.
 *
 * @provides id.terampil.core.region.RegionDirectoryProvider the official directory, for
 *     validators that look one up with {@link java.util.ServiceLoader}
 * @since 0.1.0
 */
module id.terampil.regions {
  requires transitive id.terampil.core;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports id.terampil.regions;

  provides id.terampil.core.region.RegionDirectoryProvider with
      id.terampil.regions.internal.OfficialRegionDirectoryProvider;
}
