package id.terampil.testkit;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.KbliVersion;
import net.jqwik.api.Arbitrary;

/**
 * Generates KBLI codes: five digits (leading zeros kept) in KBLI 2020 and 2025. The codes of the
 * seed programs' activities (e.g. 10792 wet cakes, 16291 rattan weaving, 45407 motorcycle
 * repair), {@code 00000} and {@code 99999} get real weight. Every configuration method returns a
 * new arbitrary. Values shrink toward {@code 00000} in KBLI 2020.
 *
 * @since 0.1.0
 */
public interface KbliCodeArbitrary extends Arbitrary<KbliCode> {

  /**
   * Restricts to one classification version.
   *
   * @param version the version, not null
   * @return the new arbitrary, not null
   */
  KbliCodeArbitrary version(KbliVersion version);
}
