/**
 * Follow-up and business incubation after training (pembinaan, bantuan), and observed outcomes.
 *
 * <p>All types are immutable and thread-safe unless stated otherwise; no method accepts or
 * returns {@code null} unless annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.core.followup;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
