/**
 * Kemendagri region codes (kode wilayah) from province to village, and directories of region names.
 *
 * <p>All types are immutable and thread-safe unless stated otherwise; no method accepts or
 * returns {@code null} unless annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.core.region;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
