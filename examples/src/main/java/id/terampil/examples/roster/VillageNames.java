package id.terampil.examples.roster;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.regions.OfficialRegionDirectory;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the KELURAHAN/DESA cell of a roster: a region code as it is, or the name of a village
 * (kelurahan or desa) looked up with the official region directory among the villages of the
 * regions a program serves, so that a name that exists elsewhere in Indonesia is not taken for
 * one of the program's.
 *
 * <p>Not thread-safe: it remembers the names it looked up. One per roster.
 */
final class VillageNames {

  private final OfficialRegionDirectory directory;
  private final ImmutableSet<RegionCode> scope;
  private final ImmutableSet<RegionCode> districts;
  private final Map<String, ImmutableSortedSet<RegionCode>> found = new HashMap<>();

  /**
   * A reader of village names within {@code scope}.
   *
   * @param directory the official region directory, not null
   * @param scope the regions whose villages a name may mean, not null, possibly empty; a region
   *     within another one of them adds nothing
   */
  VillageNames(OfficialRegionDirectory directory, Set<RegionCode> scope) {
    this.directory = directory;
    this.scope = scope.stream()
        .filter(r -> scope.stream().noneMatch(o -> !o.equals(r) && o.contains(r)))
        .collect(ImmutableSet.toImmutableSet());
    Set<RegionCode> d = new LinkedHashSet<>();
    for (RegionCode r : this.scope) {
      addDistricts(r, d);
    }
    this.districts = ImmutableSet.copyOf(d);
  }

  /**
   * A reader of the village names of the regions {@code program} or one of its cohorts serves.
   *
   * @param directory the official region directory, not null
   * @param program the program, not null
   * @return the reader, not null
   */
  static VillageNames of(OfficialRegionDirectory directory, TrainingProgram program) {
    Set<RegionCode> scope = new LinkedHashSet<>(program.regionsServed());
    for (Cohort c : program.cohorts()) {
      scope.addAll(c.regionsServed());
    }
    return new VillageNames(directory, scope);
  }

  private void addDistricts(RegionCode r, Set<RegionCode> out) {
    switch (r.level()) {
      case VILLAGE:
        out.add(r.truncateTo(RegionLevel.DISTRICT));
        break;
      case DISTRICT:
        out.add(r);
        break;
      default:
        for (RegionCode child : directory.children(r)) {
          addDistricts(child, out);
        }
    }
  }

  /**
   * Returns whether a cell holds a name rather than a code: it has a letter.
   *
   * @param cell the cell, not null
   * @return true if the cell is to be looked up by name
   */
  static boolean isName(String cell) {
    return cell.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Returns the current villages of the scope that {@code name} names (case, spacing,
   * punctuation and the words Kelurahan, Kel. or Desa aside).
   *
   * @param name the name, not null
   * @return the villages, in code order: one when the name is clear, none or several otherwise
   */
  ImmutableSortedSet<RegionCode> find(String name) {
    return found.computeIfAbsent(RosterHeaders.normalize(name), key -> {
      ImmutableSortedSet.Builder<RegionCode> b = ImmutableSortedSet.naturalOrder();
      for (RegionCode district : districts) {
        for (RegionCode village : directory.findByName(district, name)) {
          if (scope.stream().anyMatch(r -> r.contains(village))) {
            b.add(village);
          }
        }
      }
      return b.build();
    });
  }

  /**
   * Returns the regions searched, by their official names, e.g. {@code Kota Pekalongan} (its
   * kelurahan are not listed again).
   *
   * @return the names joined by commas, not null
   */
  String scopeNames() {
    return scope.stream().map(this::describe).collect(Collectors.joining(", "));
  }

  /**
   * Returns a region by its code and official name, e.g. {@code 33.26.07.2011 Wonosari
   * (Kecamatan Bojong)} for a village, or its name alone above that level.
   *
   * @param code the code, not null
   * @return the description, not null
   */
  String describe(RegionCode code) {
    String name = directory.name(code).orElse(code.toString());
    if (code.level() != RegionLevel.VILLAGE) {
      return name;
    }
    String district = directory.name(code.truncateTo(RegionLevel.DISTRICT)).orElse("");
    return code + " " + name + " (" + district + ")";
  }
}
