package id.terampil.testkit.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.identity.Nik;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A consumer's jqwik property on a testkit type, run by {@link WorkingDirectoryProbe}. */
class ProbeProperties {

  @Property(tries = 20)
  void aGeneratedNikReadsBack(@ForAll Nik nik) {
    assertEquals(nik, Nik.parse(nik.toString()));
  }
}
