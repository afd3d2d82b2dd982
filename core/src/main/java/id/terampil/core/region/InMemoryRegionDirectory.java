package id.terampil.core.region;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RegionDirectory} held in memory and built with a {@link Builder}: the regions a caller
 * needs (for tests, or loaded by the caller from its own copy of the Kemendagri list), with their
 * names, and the codes that were retired with their successors. The library ships no region data;
 * this class reads no files.
 *
 * <pre>{@code
 * RegionDirectory directory = InMemoryRegionDirectory.builder()
 *     .add("62.71", "Kota Palangka Raya")
 *     .add("62.71.02", "Bukit Batu")
 *     .add("96.71", "Kota Sorong")
 *     .retire("92.71", "Kota Sorong", "96.71")
 *     .build();
 * }</pre>
 *
 * <p>Parents need not be added: a directory may hold a single kelurahan.
 * {@link #children(RegionCode)} returns the current regions one level below a code, whether or
 * not that code itself was added.
 *
 * <p>Immutable, thread-safe and value-based: two directories with the same regions, names,
 * retirements and successors are equal.
 *
 * @since 0.1.0
 */
public final class InMemoryRegionDirectory implements RegionDirectory {

  private final ImmutableSortedMap<RegionCode, String> names;
  private final ImmutableSortedSet<RegionCode> current;
  private final ImmutableSortedSet<RegionCode> retired;
  private final ImmutableSortedMap<RegionCode, RegionCode> successors;
  private final ImmutableSetMultimap<RegionCode, RegionCode> children;

  private InMemoryRegionDirectory(Builder builder) {
    this.names = ImmutableSortedMap.copyOf(builder.names);
    this.current = ImmutableSortedSet.copyOf(builder.current);
    this.retired = ImmutableSortedSet.copyOf(builder.retired.keySet());
    ImmutableSortedMap.Builder<RegionCode, RegionCode> successorMap =
        ImmutableSortedMap.naturalOrder();
    builder.retired.forEach(
        (code, successor) -> {
          if (successor.isPresent()) {
            successorMap.put(code, successor.get());
          }
        });
    this.successors = successorMap.build();
    ImmutableSetMultimap.Builder<RegionCode, RegionCode> childMap =
        ImmutableSetMultimap.<RegionCode, RegionCode>builder().orderValuesBy(Ordering.natural());
    for (RegionCode code : current) {
      code.parent().ifPresent(parent -> childMap.put(parent, code));
    }
    this.children = childMap.build();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a directory that knows the 38 current provinces with their official names, and
   * nothing below them.
   *
   * @return the directory, not null
   */
  public static InMemoryRegionDirectory ofProvinces() {
    return builder().addProvinces().build();
  }

  /**
   * Returns the name of a current or retired region, as given to the builder.
   *
   * @param code the region code, not null
   * @return the name, or empty if the directory holds no name for the code
   */
  @Override
  public Optional<String> name(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    return Optional.ofNullable(names.get(code));
  }

  /**
   * Returns whether the region was added and not retired.
   *
   * @param code the region code, not null
   * @return true if it is a current region
   */
  @Override
  public boolean exists(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    return current.contains(code);
  }

  /**
   * Returns whether the region was recorded as retired.
   *
   * @param code the region code, not null
   * @return true if the code is retired
   */
  @Override
  public boolean isRetired(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    return retired.contains(code);
  }

  /**
   * Returns the successor recorded for a retired region.
   *
   * @param code the region code, not null
   * @return the successor, or empty if the code is not retired or has no recorded successor
   */
  @Override
  public Optional<RegionCode> successor(RegionCode code) {
    checkNotNull(code, "region code must not be null");
    return Optional.ofNullable(successors.get(code));
  }

  /**
   * Returns the current regions one level below {@code parent}, in code order.
   *
   * @param parent the parent region, not null
   * @return the children, an immutable set in code order, possibly empty, never null
   */
  @Override
  public ImmutableSet<RegionCode> children(RegionCode parent) {
    checkNotNull(parent, "parent region code must not be null");
    return children.get(parent);
  }

  /**
   * Returns every current region, in code order.
   *
   * @return the current codes, an immutable sorted set, not null
   */
  public ImmutableSortedSet<RegionCode> currentCodes() {
    return current;
  }

  /**
   * Returns every retired region, in code order.
   *
   * @return the retired codes, an immutable sorted set, not null
   */
  public ImmutableSortedSet<RegionCode> retiredCodes() {
    return retired;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof InMemoryRegionDirectory)) {
      return false;
    }
    InMemoryRegionDirectory that = (InMemoryRegionDirectory) obj;
    return names.equals(that.names)
        && current.equals(that.current)
        && retired.equals(that.retired)
        && successors.equals(that.successors);
  }

  @Override
  public int hashCode() {
    return ((names.hashCode() * 31 + current.hashCode()) * 31 + retired.hashCode()) * 31
        + successors.hashCode();
  }

  /**
   * Returns a summary such as {@code InMemoryRegionDirectory[3 current, 1 retired]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "InMemoryRegionDirectory["
        + current.size()
        + " current, "
        + retired.size()
        + " retired]";
  }

  /**
   * Builds an {@link InMemoryRegionDirectory}. Each code is added or retired once; names are
   * stripped of surrounding whitespace and must not be blank.
   *
   * <p>Not thread-safe; use one builder per thread. (The fluent methods are meant to be chained;
   * they are not yet marked {@code @CanIgnoreReturnValue} because the module does not re-export
   * the Error Prone annotations.)
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final Map<RegionCode, String> names = new TreeMap<>();
    private final Set<RegionCode> current = new TreeSet<>();
    private final Map<RegionCode, Optional<RegionCode>> retired = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a current region with its name.
     *
     * @param code the region code, not null, not added or retired before
     * @param name the name, e.g. "Kota Palangka Raya", not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if the code was added or retired before, or the name is
     *     blank
     */
    public Builder add(RegionCode code, String name) {
      checkNotNull(code, "region code must not be null");
      checkNew(code);
      names.put(code, checkName(code, name));
      current.add(code);
      return this;
    }

    /**
     * Adds a current region with its name, parsing the code like
     * {@link RegionCode#parse(CharSequence)}.
     *
     * @param code the region code text, e.g. {@code "62.71"}, not null
     * @param name the name, not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if the code is not well formed, was added or retired
     *     before, or the name is blank
     */
    public Builder add(CharSequence code, String name) {
      return add(RegionCode.parse(code), name);
    }

    /**
     * Adds the 38 current provinces with their official names ({@link Province}).
     *
     * @return this builder
     * @throws IllegalArgumentException if a province code was added or retired before
     */
    public Builder addProvinces() {
      for (Province province : Province.values()) {
        add(province.regionCode(), province.officialName());
      }
      return this;
    }

    /**
     * Records a retired region without a known successor. If the code was added as current
     * before, it stops being current and keeps its name.
     *
     * @param code the retired region code, not null, not retired before
     * @return this builder
     * @throws IllegalArgumentException if the code was retired before
     */
    public Builder retire(RegionCode code) {
      return retire(code, Optional.empty());
    }

    /**
     * Records a retired region and the code that replaced it (as 96.71 replaced Kota Sorong's
     * 92.71). If the code was added as current before, it stops being current and keeps its
     * name.
     *
     * @param code the retired region code, not null, not retired before
     * @param successor the replacing code, not null, at the same level, not {@code code} itself
     * @return this builder
     * @throws IllegalArgumentException if the code was retired before, or the successor is the
     *     code itself or at another level
     */
    public Builder retire(RegionCode code, RegionCode successor) {
      checkNotNull(successor, "successor region code must not be null");
      return retire(code, Optional.of(successor));
    }

    /**
     * Records a retired region with its former name and successor, parsing both codes like
     * {@link RegionCode#parse(CharSequence)}. The code must not have been added before.
     *
     * @param code the retired region code text, e.g. {@code "92.71"}, not null
     * @param name the name it had, not null, not blank
     * @param successor the replacing code text, e.g. {@code "96.71"}, not null
     * @return this builder
     * @throws IllegalArgumentException if a code is not well formed, the code was added or
     *     retired before, the name is blank, or the successor is the code itself or at another
     *     level
     */
    public Builder retire(CharSequence code, String name, CharSequence successor) {
      RegionCode retiredCode = RegionCode.parse(code);
      checkNew(retiredCode);
      String checkedName = checkName(retiredCode, name);
      retire(retiredCode, RegionCode.parse(successor));
      names.put(retiredCode, checkedName);
      return this;
    }

    private Builder retire(RegionCode code, Optional<RegionCode> successor) {
      checkNotNull(code, "region code must not be null");
      checkArgument(!retired.containsKey(code), "region %s is retired twice", code);
      successor.ifPresent(
          s -> {
            checkArgument(!s.equals(code), "successor of region %s must be another code", code);
            checkArgument(
                s.level() == code.level(),
                "successor %s of region %s must be at the same level (%s)",
                s,
                code,
                code.level());
          });
      current.remove(code);
      retired.put(code, successor);
      return this;
    }

    private void checkNew(RegionCode code) {
      checkArgument(
          !current.contains(code) && !retired.containsKey(code),
          "region %s is already in the directory",
          code);
    }

    private static String checkName(RegionCode code, String name) {
      checkNotNull(name, "name of region %s must not be null", code);
      String stripped = name.strip();
      checkArgument(!stripped.isEmpty(), "name of region %s must not be blank", code);
      return stripped;
    }

    /**
     * Builds the directory; the builder may be used on afterwards without affecting it.
     *
     * @return the directory, not null
     */
    public InMemoryRegionDirectory build() {
      return new InMemoryRegionDirectory(this);
    }
  }
}
