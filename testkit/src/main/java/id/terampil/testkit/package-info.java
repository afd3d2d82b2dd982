/**
 * jqwik arbitraries for every public Terampil type, valid and almost-valid.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
package id.terampil.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
