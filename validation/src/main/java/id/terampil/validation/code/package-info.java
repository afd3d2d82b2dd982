/**
 * The stable vocabulary of validation: {@link id.terampil.validation.code.FindingCode}, the code
 * of each kind of finding that agency systems store and switch on, and its {@link
 * id.terampil.validation.code.Severity}. Every other part of validation (constraints, record and
 * batch validators, reports) speaks these codes; they depend on nothing in validation.
 *
 * @since 0.1.0
 */
@NullMarked
@CheckReturnValue
package id.terampil.validation.code;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
