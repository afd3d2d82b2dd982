/**
 * Identity of people: the NIK (Nomor Induk Kependudukan), sex, and personal names (nama).
 *
 * <p>All types are immutable and thread-safe unless stated otherwise; no method accepts or
 * returns {@code null} unless annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.core.identity;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
