/**
 * Internal support for the Terampil modules. Not an API: it may change in any release.
 *
 * @since 0.1.0
 */
@NullMarked
package id.terampil.core.internal;

import org.jspecify.annotations.NullMarked;
