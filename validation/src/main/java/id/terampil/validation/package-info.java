/**
 * Validation of untrusted enrollment data: records as agencies send them, the record and batch (roster) validators, and findings with stable codes and messages in Indonesian and English.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
@TerampilStyle
package id.terampil.validation;

import com.google.errorprone.annotations.CheckReturnValue;
import id.terampil.core.internal.TerampilStyle;
import org.jspecify.annotations.NullMarked;
