package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import id.terampil.core.region.Province;
import id.terampil.core.region.RegencyKind;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.region.VillageKind;
import id.terampil.testkit.RegionCodeArbitrary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link RegionCodeArbitrary}. */
public final class DefaultRegionCodeArbitrary extends ArbitraryDecorator<RegionCode>
    implements RegionCodeArbitrary {

  private static final ImmutableList<Province> PROVINCES = ImmutableList.copyOf(Province.values());

  private final Set<RegionLevel> levels;
  private final @Nullable RegionCode parent;
  private final @Nullable RegencyKind regencyKind;
  private final @Nullable VillageKind villageKind;
  /** Where set, only the directory's current regions are generated. */
  private final @Nullable RegionDirectory directory;
  /** The directory's regions that this arbitrary draws from, listed on first use. */
  private volatile @Nullable ImmutableList<RegionCode> listed;

  private DefaultRegionCodeArbitrary(
      Set<RegionLevel> levels,
      @Nullable RegionCode parent,
      @Nullable RegencyKind regencyKind,
      @Nullable VillageKind villageKind) {
    this(levels, parent, regencyKind, villageKind, null);
  }

  private DefaultRegionCodeArbitrary(
      Set<RegionLevel> levels,
      @Nullable RegionCode parent,
      @Nullable RegencyKind regencyKind,
      @Nullable VillageKind villageKind,
      @Nullable RegionDirectory directory) {
    this.levels = Sets.immutableEnumSet(levels);
    this.parent = parent;
    this.regencyKind = regencyKind;
    this.villageKind = villageKind;
    this.directory = directory;
  }

  /**
   * Returns the arbitrary of codes at the given levels.
   *
   * @param first a level, not null
   * @param rest more levels
   * @return the arbitrary, not null
   */
  public static DefaultRegionCodeArbitrary atLevels(RegionLevel first, RegionLevel... rest) {
    return new DefaultRegionCodeArbitrary(EnumSet.of(first, rest), null, null, null);
  }

  @Override
  protected Arbitrary<RegionCode> arbitrary() {
    if (directory != null) {
      return Arbitraries.of(listed());
    }
    RegionCode p = parent;
    Arbitrary<Integer> province =
        p != null
            ? Arbitraries.just(p.provinceCode())
            : WeightedLongs.between(0, PROVINCES.size() - 1)
                .often(5, papuaSince2022())
                .map(i -> PROVINCES.get(i.intValue()).code());
    Arbitrary<Integer> regency =
        p != null && p.level() != RegionLevel.PROVINCE
            ? Arbitraries.just(p.regencyPart())
            : regencyParts();
    Arbitrary<Integer> district =
        p != null && p.level().compareTo(RegionLevel.DISTRICT) >= 0
            ? Arbitraries.just(p.districtPart())
            : part(1, 99);
    Arbitrary<Integer> village =
        p != null && p.level() == RegionLevel.VILLAGE ? Arbitraries.just(p.villagePart()) : villageParts();
    return Combinators.combine(Arbitraries.of(levels), province, regency, district, village)
        .as(DefaultRegionCodeArbitrary::code);
  }

  private static RegionCode code(RegionLevel level, int province, int regency, int district, int village) {
    switch (level) {
      case PROVINCE:
        return RegionCode.ofProvince(province);
      case REGENCY:
        return RegionCode.ofRegency(province, regency);
      case DISTRICT:
        return RegionCode.ofDistrict(province, regency, district);
      default:
        return RegionCode.ofVillage(province, regency, district, village);
    }
  }

  private static List<Long> papuaSince2022() {
    List<Long> indexes = new ArrayList<>();
    for (int i = 0; i < PROVINCES.size(); i++) {
      if (PROVINCES.get(i).code() >= 93) {
        indexes.add((long) i);
      }
    }
    return indexes;
  }

  private Arbitrary<Integer> regencyParts() {
    if (regencyKind == RegencyKind.KOTA) {
      return part(71, 99);
    }
    if (regencyKind == RegencyKind.KABUPATEN) {
      return part(1, 69);
    }
    return WeightedLongs.between(1, 99).often(8, 1L, 69L, 71L, 99L).map(Long::intValue);
  }

  private Arbitrary<Integer> villageParts() {
    Arbitrary<Integer> kinds =
        villageKind != null
            ? Arbitraries.just(villageKind.firstDigit())
            : Arbitraries.frequency(
                Tuple.of(70, VillageKind.DESA.firstDigit()),
                Tuple.of(25, VillageKind.KELURAHAN.firstDigit()),
                Tuple.of(5, VillageKind.DESA_ADAT.firstDigit()));
    return Combinators.combine(kinds, part(1, 999)).as((kind, serial) -> kind * 1000 + serial);
  }

  private static Arbitrary<Integer> part(int min, int max) {
    return WeightedLongs.between(min, max).often(6, (long) min, (long) max).map(Long::intValue);
  }

  @Override
  public RegionCodeArbitrary within(RegionCode parent) {
    checkNotNull(parent, "parent region must not be null");
    RegionCode narrower = parent;
    RegionCode current = this.parent;
    if (current != null) {
      checkArgument(
          current.contains(parent) || parent.contains(current),
          "already restricted to %s, which does not overlap %s",
          current,
          parent);
      narrower = current.contains(parent) ? parent : current;
    }
    EnumSet<RegionLevel> remaining = EnumSet.noneOf(RegionLevel.class);
    for (RegionLevel level : levels) {
      if (!narrower.level().isBelow(level)) {
        remaining.add(level);
      }
    }
    checkArgument(
        !remaining.isEmpty(),
        "no %s code lies within the %s code %s",
        levels,
        narrower.level(),
        narrower);
    if (regencyKind != null) {
      checkArgument(
          narrower.regencyKind().map(k -> k == regencyKind).orElse(true),
          "restricted to %s, but %s is not one",
          regencyKind,
          narrower);
    }
    if (villageKind != null) {
      checkArgument(
          narrower.villageKind().map(k -> k == villageKind).orElse(true),
          "restricted to %s, but %s is not one",
          villageKind,
          narrower);
    }
    return new DefaultRegionCodeArbitrary(remaining, narrower, regencyKind, villageKind, directory);
  }

  @Override
  public RegionCodeArbitrary kota() {
    return regencyKind(RegencyKind.KOTA);
  }

  @Override
  public RegionCodeArbitrary kabupaten() {
    return regencyKind(RegencyKind.KABUPATEN);
  }

  private RegionCodeArbitrary regencyKind(RegencyKind kind) {
    EnumSet<RegionLevel> remaining = EnumSet.copyOf(levels);
    remaining.remove(RegionLevel.PROVINCE);
    checkState(!remaining.isEmpty(), "province codes are neither kota nor kabupaten");
    RegionCode p = parent;
    checkArgument(
        p == null || p.regencyKind().map(k -> k == kind).orElse(true),
        "restricted to codes within %s, which is not a %s",
        p,
        kind);
    return new DefaultRegionCodeArbitrary(remaining, parent, kind, villageKind, directory);
  }

  @Override
  public RegionCodeArbitrary kelurahan() {
    return villageKind(VillageKind.KELURAHAN);
  }

  @Override
  public RegionCodeArbitrary desa() {
    return villageKind(VillageKind.DESA);
  }

  @Override
  public RegionCodeArbitrary desaAdat() {
    return villageKind(VillageKind.DESA_ADAT);
  }

  private RegionCodeArbitrary villageKind(VillageKind kind) {
    checkState(
        levels.contains(RegionLevel.VILLAGE),
        "%s is a kind of village, but this arbitrary generates %s codes only",
        kind,
        levels);
    RegionCode p = parent;
    checkArgument(
        p == null || p.villageKind().map(k -> k == kind).orElse(true),
        "restricted to the village %s, which is not a %s",
        p,
        kind);
    return new DefaultRegionCodeArbitrary(
        EnumSet.of(RegionLevel.VILLAGE), parent, regencyKind, kind, directory);
  }

  @Override
  public RegionCodeArbitrary listedIn(RegionDirectory directory) {
    checkNotNull(directory, "region directory must not be null");
    return new DefaultRegionCodeArbitrary(levels, parent, regencyKind, villageKind, directory);
  }

  /**
   * The directory's current regions at this arbitrary's levels, within its parent and of its
   * kinds, in code order: found by walking {@link RegionDirectory#children} down from the
   * provinces (or the parent).
   */
  private ImmutableList<RegionCode> listed() {
    ImmutableList<RegionCode> codes = listed;
    if (codes == null) {
      RegionDirectory d = checkNotNull(directory);
      RegionLevel deepest = RegionLevel.PROVINCE;
      for (RegionLevel level : levels) {
        if (level.isBelow(deepest)) {
          deepest = level;
        }
      }
      ImmutableList.Builder<RegionCode> found = ImmutableList.builder();
      RegionCode p = parent;
      if (p != null) {
        walk(d, p, deepest, found);
      } else {
        for (Province province : PROVINCES) {
          walk(d, province.regionCode(), deepest, found);
        }
      }
      codes = found.build();
      checkState(
          !codes.isEmpty(),
          "the region directory lists no current %s code%s",
          levels,
          p == null ? "" : " within " + p);
      listed = codes;
    }
    return codes;
  }

  private void walk(
      RegionDirectory d, RegionCode code, RegionLevel deepest, ImmutableList.Builder<RegionCode> found) {
    if (levels.contains(code.level()) && d.exists(code) && ofTheKinds(code)) {
      found.add(code);
    }
    if (deepest.isBelow(code.level())) {
      for (RegionCode child : d.children(code)) {
        walk(d, child, deepest, found);
      }
    }
  }

  private boolean ofTheKinds(RegionCode code) {
    RegencyKind rk = regencyKind;
    VillageKind vk = villageKind;
    return (rk == null || code.regencyKind().map(k -> k == rk).orElse(false))
        && (vk == null || code.villageKind().map(k -> k == vk).orElse(false));
  }
}
