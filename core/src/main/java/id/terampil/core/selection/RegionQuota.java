package id.terampil.core.selection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A per-region quota (kuota per wilayah) of a {@link SelectionPolicy}: at most {@link
 * #perRegion()} applicants selected from each region at {@link #level()}, keyed by the applicant's
 * domicile truncated to that level; e.g. 40 per kelurahan. Single regions can have other limits
 * ({@link #withOverrides(Map)}, 0 closes a region). Quotas count across all cohorts of the selection.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RegionQuota {

  RegionQuota() {}

  /**
   * Returns the level at which regions are counted.
   *
   * @return the level, not null
   */
  @Value.Parameter
  public abstract RegionLevel level();

  /**
   * Returns the maximum number selected from each region without an override.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int perRegion();

  /**
   * Returns the limits of single regions at {@link #level()} that differ from {@link #perRegion()}.
   *
   * @return the overrides, not null, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableMap<RegionCode, Integer> overrides();

  /**
   * Returns the quota of {@code perRegion} per region at {@code level}.
   *
   * @param level the level, not null
   * @param perRegion the limit, at least 1
   * @return the quota, not null
   * @throws IllegalArgumentException if {@code perRegion} is less than 1
   */
  public static RegionQuota of(RegionLevel level, int perRegion) {
    return ImmutableRegionQuota.of(level, perRegion, ImmutableMap.of());
  }

  /**
   * Returns this quota with other limits for single regions (replacing any overrides it had).
   *
   * @param overrides limits of single regions at {@link #level()}, each not negative, not null
   * @return the quota, not null
   * @throws IllegalArgumentException if a limit is negative or a region is at another level
   */
  public abstract RegionQuota withOverrides(Map<? extends RegionCode, ? extends Integer> overrides);

  /**
   * Returns the quota of {@code perVillage} per village (kelurahan / desa).
   *
   * @param perVillage the limit, at least 1
   * @return the quota, not null
   * @throws IllegalArgumentException if {@code perVillage} is less than 1
   */
  public static RegionQuota perVillage(int perVillage) {
    return of(RegionLevel.VILLAGE, perVillage);
  }

  /**
   * Returns the quota of {@code perDistrict} per district (kecamatan).
   *
   * @param perDistrict the limit, at least 1
   * @return the quota, not null
   * @throws IllegalArgumentException if {@code perDistrict} is less than 1
   */
  public static RegionQuota perDistrict(int perDistrict) {
    return of(RegionLevel.DISTRICT, perDistrict);
  }

  /**
   * Returns the region at {@link #level()} that a domicile counts against.
   *
   * @param domicile the domicile, not null, at or below {@link #level()}
   * @return the region key, not null
   * @throws IllegalArgumentException if {@code domicile} is above the level
   */
  public RegionCode keyOf(RegionCode domicile) {
    checkNotNull(domicile, "domicile must not be null");
    return domicile.truncateTo(level());
  }

  /**
   * Returns the limit for {@code region}.
   *
   * @param region a region at {@link #level()}, not null
   * @return the override, or {@link #perRegion()}
   */
  public int limitFor(RegionCode region) {
    Integer override = overrides().get(region);
    return override != null ? override : perRegion();
  }

  @Value.Check
  final void check() {
    checkArgument(perRegion() >= 1, "quota perRegion must be at least 1: %s", perRegion());
    overrides()
        .forEach(
            (region, limit) -> {
              checkArgument(
                  region.level() == level(),
                  "quota override region must be at %s level: %s",
                  level(),
                  region);
              checkArgument(limit >= 0, "quota override must not be negative: %s", limit);
            });
  }
}
