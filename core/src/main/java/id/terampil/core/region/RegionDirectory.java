package id.terampil.core.region;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.Set;

/**
 * Names and existence of regions, supplied by the caller: the library ships no region data and
 * reads no files. Implement it over your own copy of the Kemendagri list, or build an
 * in-memory directory with the regions you need.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface RegionDirectory {

  /**
   * Returns the name of the region with {@code code}, e.g. "Kota Pekalongan" for 33.75.
   *
   * @param code the region code, not null
   * @return the name, or empty if the directory does not know the region
   */
  Optional<String> name(RegionCode code);

  /**
   * Returns whether the region exists in the directory's current list.
   *
   * @param code the region code, not null
   * @return true if it is a current region
   */
  boolean exists(RegionCode code);

  /**
   * Returns whether the region existed once but has been retired (merged, renumbered or moved
   * to another province, as Kota Sorong's 92.71 became 96.71: Papua Barat Daya was created by
   * UU 29/2022, but the Kemendagri list carried 92.71 up to Kepmendagri 100.1.1-6117/2022 and 96.71
   * from Kepmendagri 300.2.2-2138/2025, so Sorong NIKs issued until then start 9271).
   *
   * @param code the region code, not null
   * @return true if the directory records the code as retired
   */
  boolean isRetired(RegionCode code);

  /**
   * Returns the code that replaced a retired region, where the directory knows it.
   *
   * @param code the retired region code, not null
   * @return the successor, or empty
   */
  Optional<RegionCode> successor(RegionCode code);

  /**
   * Returns the current regions one level below {@code parent}.
   *
   * @param parent the parent region, not null
   * @return the children, possibly empty, never null; an immutable set in code order
   */
  Set<RegionCode> children(RegionCode parent);

  /**
   * Returns whether this directory holds a whole official list, so that a well-formed code it
   * neither lists as current nor as retired does not exist. A caller's directory of "the regions
   * we need" is not complete: a code missing from it may still be real, and validators report it
   * only as a warning. The official directory of {@code terampil-regions} is complete, and
   * validators report a code missing from it as an error.
   *
   * <p>The default returns false; implementations over a whole official list override it.
   *
   * @return true if every region that exists is in the directory
   * @since 0.1.0
   */
  default boolean isComplete() {
    return false;
  }

  /**
   * Returns the retired codes this directory knows whose {@linkplain #successor successor} is
   * {@code code}: the codes the same place had before a re-coding, e.g. 92.71.01 (Sorong, Papua
   * Barat) for 96.71.01, the prefix of NIKs issued there until the 2025 list.
   *
   * <p>The default returns none: a directory that keeps no history knows no predecessors.
   *
   * @param code a current region code, not null
   * @return the predecessors in code order, empty if none is known
   * @since 0.1.0
   */
  default ImmutableSortedSet<RegionCode> predecessors(RegionCode code) {
    return ImmutableSortedSet.of();
  }
}
