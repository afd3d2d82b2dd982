package id.terampil.core.internal;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.region.RegionCode;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A set of regions that a check runs against for every applicant: the set, and the same regions
 * as an array for {@link #anyContains}, a loop without the iterator or stream of a collection.
 * Equal, with the same hash and text, exactly when the sets are equal. Immutable. Not an API.
 */
public final class RegionSet {

  private final ImmutableSet<RegionCode> regions;
  private final RegionCode[] array;

  private RegionSet(ImmutableSet<RegionCode> regions) {
    this.regions = regions;
    this.array = regions.toArray(new RegionCode[0]);
  }

  /**
   * Returns the set of {@code regions}, each once.
   *
   * @param regions the regions, not null
   * @return the set, not null
   */
  public static RegionSet of(Collection<RegionCode> regions) {
    return new RegionSet(ImmutableSet.copyOf(regions));
  }

  /**
   * Returns the regions.
   *
   * @return the regions, not null
   */
  public ImmutableSet<RegionCode> regions() {
    return regions;
  }

  /**
   * Returns whether one of the regions contains (or is) {@code code}.
   *
   * @param code the code, not null
   * @return whether some region contains {@code code}; false for an empty set
   */
  public boolean anyContains(RegionCode code) {
    for (RegionCode region : array) {
      if (region.contains(code)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RegionSet && ((RegionSet) obj).regions.equals(regions);
  }

  @Override
  public int hashCode() {
    return regions.hashCode();
  }

  /** Returns the regions as the set prints them, e.g. {@code [33.75, 33.26]}. */
  @Override
  public String toString() {
    return regions.toString();
  }
}
