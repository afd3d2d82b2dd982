/**
 * Jakarta Bean Validation constraints for Indonesian identifiers and enrollment data, usable on any DTO with an unconfigured provider.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.validation.constraints;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
