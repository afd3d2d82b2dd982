package id.terampil.testkit;

import id.terampil.testkit.internal.Providers;
import java.util.Collection;
import net.jqwik.api.domains.DomainContextBase;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * A jqwik domain with the Terampil arbitraries only, for properties that want isolation from
 * other registered providers: annotate the container or property with
 * {@code @Domain(TerampilDomain.class)}. Without it, the same arbitraries are available anyway
 * through the registered providers ({@code @ForAll Nik nik} works with the testkit on the test
 * class path). As with every jqwik domain, jqwik's own defaults ({@code @ForAll int}) are then
 * not available unless {@code @Domain(DomainContext.Global.class)} is added too.
 *
 * @since 0.1.0
 */
public class TerampilDomain extends DomainContextBase {

  /** Creates the domain; jqwik does this for {@code @Domain(TerampilDomain.class)}. */
  public TerampilDomain() {}

  /**
   * Returns the providers of the Terampil value types.
   *
   * @return the providers, not null
   */
  @Override
  public Collection<ArbitraryProvider> getArbitraryProviders() {
    return Providers.all();
  }
}
