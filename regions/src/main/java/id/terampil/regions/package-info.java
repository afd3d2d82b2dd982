/**
 * The official Kemendagri region code lists (daftar kode wilayah administrasi pemerintahan) of
 * every edition since Permendagri 56/2015: {@link id.terampil.regions.OfficialRegions#directory()}
 * gives names, existence, retired codes and their successors, and look-up by name.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
package id.terampil.regions;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
