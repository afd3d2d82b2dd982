/**
 * Not an API: the service implementation that {@link java.util.ServiceLoader} instantiates.
 *
 * @since 0.1.0
 */
@NullMarked
package id.terampil.regions.internal;

import org.jspecify.annotations.NullMarked;
