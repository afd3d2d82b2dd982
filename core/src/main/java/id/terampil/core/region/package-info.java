/**
 * Kemendagri region codes (kode wilayah) from province to village, and directories of region names.
 *
 * <p>These are the codes of the Ministry of Home Affairs (Kemendagri), which the NIK and the
 * population registry (Dukcapil) use. Statistics Indonesia (BPS) keeps its own statistical codes
 * (Sakernas, Susenas, the BPS master file), which differ from Kemendagri's in Papua: Papua Barat
 * is 92 for Kemendagri and 91 for BPS. Convert a BPS code before reading it as a {@link
 * RegionCode}: read unchanged it may parse and name another region.
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
