package id.terampil.regions;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official Kemendagri region lists as a {@link RegionDirectory}: the current list
 * ({@link RegionListEdition#EDITION_2025}, Kepmendagri 300.2.2-2138/2025) with the history of every
 * edition since Permendagri 56/2015. Obtain it with {@link OfficialRegions#directory()}.
 *
 * <ul>
 *   <li>{@link #exists}: the code is in the current list.
 *   <li>{@link #isRetired}: the code is in an earlier edition but not in the current list. Only
 *       the current list decides: a code that vanished from an edition and came back (such as
 *       {@code 74.05.18.2006}, listed in 2016 and again in 2025) exists and is not retired; one
 *       that came back and vanished again is retired. {@link #editions} shows the gaps.
 *   <li>{@link #name}: the name in the latest edition that lists the code, with whitespace
 *       tidied; {@link #spellings} gives each edition's exact text.
 *   <li>{@link #successor}: for a retired code, the current code of the same place where one is
 *       found uniquely: the same name (ignoring case, spacing, punctuation and the kind word)
 *       under the parent or its successor, a kota only for a kota and a kabupaten only for a
 *       kabupaten, a regency also in a province created after it was last listed (91.01 to
 *       93.01, 92.71 to 96.71), a desa re-coded as a kelurahan of the same name as the same
 *       place, and a district or village also under a new code elsewhere in its regency. Empty
 *       when there is no match or more than one. Coverage is published in the module's README.
 *   <li>{@link #findByName}: current regions below a parent by name, ignoring case, spacing and
 *       the spelling of the kind word, but keeping the kind it names.
 * </ul>
 *
 * <p>Complete ({@link #isComplete()} is true): a well-formed code it does not list never existed
 * in any edition. Immutable and thread-safe; the data is read once from the module's own
 * resource, the successors are computed once on first use.
 *
 * @since 0.1.0
 */
public final class OfficialRegionDirectory implements RegionDirectory {

  private static final RegionListEdition[] EDITIONS = RegionListEdition.values();
  private static final RegionLevel[] LEVELS = RegionLevel.values();

  private final RegionTable table;
  private final Supplier<int[]> successors;
  private final Supplier<ImmutableMap<RegionCode, ImmutableSortedSet<RegionCode>>> predecessors;

  OfficialRegionDirectory(RegionTable table) {
    this.table = table;
    this.successors = Suppliers.memoize(() -> Successors.compute(table));
    this.predecessors = Suppliers.memoize(this::computePredecessors);
  }

  /**
   * Returns the name of a current or retired region in the latest edition that lists it, e.g.
   * "Kota Pekalongan" for 33.75 or "KOTA SORONG" for the retired 92.71; leading, trailing and
   * repeated whitespace of the list is tidied.
   *
   * @param code the region code, not null
   * @return the name, or empty if no edition lists the code
   */
  @Override
  public Optional<String> name(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    int i = table.indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(table.name(i));
  }

  /**
   * Returns whether the region is in the current list (Kepmendagri 300.2.2-2138/2025).
   *
   * @param code the region code, not null
   * @return true if it is a current region
   */
  @Override
  public boolean exists(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    int i = table.indexOf(code);
    return i >= 0 && table.isCurrent(i);
  }

  /**
   * Returns whether the region is listed in an earlier edition since Permendagri 56/2015 but not
   * in the current list.
   *
   * @param code the region code, not null
   * @return true if the code is retired
   */
  @Override
  public boolean isRetired(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    int i = table.indexOf(code);
    return i >= 0 && !table.isCurrent(i);
  }

  /**
   * Returns whether any edition since Permendagri 56/2015 lists the code: it exists or is
   * retired.
   *
   * @param code the region code, not null
   * @return true if the code was ever official
   */
  public boolean isListed(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    return table.indexOf(code) >= 0;
  }

  /**
   * Returns the current code of the same place as a retired code, found as the class
   * documentation describes, e.g. 96.71 (Kota Sorong) for 92.71.
   *
   * @param code the region code, not null
   * @return the successor, or empty if the code is not retired or no unique successor is found
   */
  @Override
  public Optional<RegionCode> successor(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    int i = table.indexOf(code);
    if (i < 0 || table.isCurrent(i)) {
      return Optional.empty();
    }
    int s = successors.get()[i];
    return s == Successors.NONE ? Optional.empty() : Optional.of(table.code(s));
  }

  /**
   * Returns the retired codes whose {@linkplain #successor successor} is {@code code}, e.g.
   * 92.71 for 96.71 (Kota Sorong); computed with the successors on first use.
   *
   * @param code a region code, not null
   * @return the predecessors in code order, empty if none
   */
  @Override
  public ImmutableSortedSet<RegionCode> predecessors(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    return predecessors.get().getOrDefault(code, ImmutableSortedSet.of());
  }

  /** Each current code with the retired codes whose successor it is. */
  private ImmutableMap<RegionCode, ImmutableSortedSet<RegionCode>> computePredecessors() {
    Map<RegionCode, ImmutableSortedSet.Builder<RegionCode>> found = new HashMap<>();
    for (RegionLevel level : RegionLevel.values()) {
      for (RegionCode retired : retiredCodes(level)) {
        successor(retired)
            .ifPresent(
                s -> found.computeIfAbsent(s, k -> ImmutableSortedSet.naturalOrder()).add(retired));
      }
    }
    ImmutableMap.Builder<RegionCode, ImmutableSortedSet<RegionCode>> out = ImmutableMap.builder();
    found.forEach((k, v) -> out.put(k, v.build()));
    return out.buildOrThrow();
  }

  /**
   * Returns the current regions one level below {@code parent}, in code order.
   *
   * @param parent the parent region, not null
   * @return the children, an immutable set in code order, empty for a village or an unknown code
   */
  @Override
  public ImmutableSortedSet<RegionCode> children(RegionCode parent) {
    checkNotNull(parent, "parent region code must not be null");
    if (parent.level() == RegionLevel.VILLAGE) {
      return ImmutableSortedSet.of();
    }
    RegionLevel childLevel = LEVELS[parent.level().ordinal() + 1];
    int[] range = table.rangeWithin(parent);
    ImmutableSortedSet.Builder<RegionCode> children = ImmutableSortedSet.naturalOrder();
    for (int i = range[0]; i < range[1]; i++) {
      if (table.isCurrent(i) && table.level(i) == childLevel) {
        children.add(table.code(i));
      }
    }
    return children.build();
  }

  /**
   * Returns true: the directory holds the whole official list, so a code it does not list does
   * not exist.
   *
   * @return true
   */
  @Override
  public boolean isComplete() {
    return true;
  }

  /**
   * Returns the editions that list the code, in order; a gap shows a code that vanished and came
   * back.
   *
   * @param code the region code, not null
   * @return the editions, an immutable set in edition order, empty if none lists the code
   */
  public ImmutableSet<RegionListEdition> editions(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    int i = table.indexOf(code);
    if (i < 0) {
      return ImmutableSet.of();
    }
    EnumSet<RegionListEdition> set = EnumSet.noneOf(RegionListEdition.class);
    for (RegionListEdition e : EDITIONS) {
      if ((table.editions[i] & (1 << e.ordinal())) != 0) {
        set.add(e);
      }
    }
    return ImmutableSet.copyOf(set);
  }

  /**
   * Returns each edition's name of the code exactly as that edition writes it (e.g. "KAB. ACEH
   * SELATAN" until 2023, "Kabupaten Aceh Selatan" in 2025), including its spacing.
   *
   * @param code the region code, not null
   * @return the names by edition, in edition order, empty if no edition lists the code
   */
  public ImmutableSortedMap<RegionListEdition, String> spellings(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    int i = table.indexOf(code);
    ImmutableSortedMap.Builder<RegionListEdition, String> map = ImmutableSortedMap.naturalOrder();
    if (i >= 0) {
      for (int s = table.spellingStart[i]; s < table.spellingStart[i + 1]; s++) {
        for (RegionListEdition e : EDITIONS) {
          if ((table.spellingEditions[s] & (1 << e.ordinal())) != 0) {
            map.put(e, table.spelling(s));
          }
        }
      }
    }
    return map.buildOrThrow();
  }

  /**
   * Finds current regions one level below {@code parent} by name. Case, spacing and punctuation
   * are ignored, and so is the spelling of a kind word at the start ("Kabupaten", "Kab.", "KAB.",
   * "Kota", "Kota Administrasi"; "Kecamatan", "Kec."; "Kelurahan", "Kel.", "Desa"), but the kind
   * it names is kept: "Kota Pekalongan" under 33 finds 33.75 only, "Pekalongan" finds 33.26 and
   * 33.75. A name matches any spelling of any edition that the region has had.
   *
   * @param parent the parent region, not null
   * @param name the name, not null
   * @return the matching current regions, in code order, possibly empty
   */
  public ImmutableSortedSet<RegionCode> findByName(RegionCode parent, String name) {
    checkNotNull(parent, "parent region code must not be null");
    checkNotNull(name, "name must not be null");
    if (parent.level() == RegionLevel.VILLAGE) {
      return ImmutableSortedSet.of();
    }
    RegionLevel childLevel = LEVELS[parent.level().ordinal() + 1];
    RegionNames.Query query = RegionNames.Query.of(childLevel, name);
    ImmutableSortedSet.Builder<RegionCode> found = ImmutableSortedSet.naturalOrder();
    int[] range = table.rangeWithin(parent);
    for (int i = range[0]; i < range[1]; i++) {
      if (table.isCurrent(i) && table.level(i) == childLevel) {
        RegionCode code = table.code(i);
        for (int s = table.spellingStart[i]; s < table.spellingStart[i + 1]; s++) {
          String key = RegionNames.key(childLevel, table.spelling(s));
          if (query.matches(key, code.regencyKind(), code.villageKind())) {
            found.add(code);
            break;
          }
        }
      }
    }
    return found.build();
  }

  /**
   * Returns every current region at a level, in code order, e.g. the 83,762 villages of 2025.
   *
   * @param level the level, not null
   * @return the codes, an immutable list in code order
   */
  public ImmutableList<RegionCode> currentCodes(RegionLevel level) {
    checkNotNull(level, "level must not be null");
    ImmutableList.Builder<RegionCode> codes = ImmutableList.builder();
    for (int i = 0; i < table.size(); i++) {
      if (table.isCurrent(i) && table.level(i) == level) {
        codes.add(table.code(i));
      }
    }
    return codes.build();
  }

  /**
   * Returns every retired region at a level, in code order.
   *
   * @param level the level, not null
   * @return the codes, an immutable list in code order
   */
  public ImmutableList<RegionCode> retiredCodes(RegionLevel level) {
    checkNotNull(level, "level must not be null");
    ImmutableList.Builder<RegionCode> codes = ImmutableList.builder();
    for (int i = 0; i < table.size(); i++) {
      if (!table.isCurrent(i) && table.level(i) == level) {
        codes.add(table.code(i));
      }
    }
    return codes.build();
  }

  /**
   * Returns a summary such as {@code OfficialRegionDirectory[Kepmendagri No. 300.2.2-2138 Tahun
   * 2025, 6 editions]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "OfficialRegionDirectory["
        + RegionListEdition.latest().legalBasis()
        + ", "
        + EDITIONS.length
        + " editions]";
  }
}
