/**
 * Classification codes: KBLI business classification, SKKNI competency units, KKNI levels and business size classes (PP 7/2021).
 *
 * <p>All types are immutable and thread-safe unless stated otherwise; no method accepts or
 * returns {@code null} unless annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.core.classification;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
