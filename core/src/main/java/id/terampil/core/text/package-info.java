/**
 * Reading untrusted text: {@link Reading}, what each type's {@code read} method returns where a
 * text can fail in more than one named way.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null} unless
 * annotated {@code @Nullable}.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
package id.terampil.core.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
