package id.terampil.core.internal;

import id.terampil.core.region.RegionCode;

/** Region checks that run for every applicant or record. Not an API. */
public final class Regions {

  private Regions() {}

  /**
   * Returns whether one of {@code regions} contains (or is) {@code code}: a loop over an array,
   * without the iterator or stream of a collection, for checks made once per applicant.
   *
   * @param regions the regions, not null
   * @param code the code, not null
   * @return whether some region contains {@code code}; false when {@code regions} is empty
   */
  public static boolean anyContains(RegionCode[] regions, RegionCode code) {
    for (RegionCode region : regions) {
      if (region.contains(code)) {
        return true;
      }
    }
    return false;
  }
}
