package id.terampil.validation.structurefixture.b;

import id.terampil.validation.structurefixture.a.Upstream;

/** The other half of a deliberate package cycle that the structure guard must report. */
public final class Downstream {
  private Downstream() {}

  /** Names the other package. */
  public static Class<?> other() {
    return Upstream.class;
  }
}
