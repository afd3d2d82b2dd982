/**
 * Implementations of the testkit arbitraries and their providers. Not an API.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
package id.terampil.testkit.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
