package id.terampil.validation.structurefixture.a;

import id.terampil.validation.structurefixture.b.Downstream;

/** Half of a deliberate package cycle that the structure guard must report. */
public final class Upstream {
  private Upstream() {}

  /** Names the other package. */
  public static Class<?> other() {
    return Downstream.class;
  }
}
