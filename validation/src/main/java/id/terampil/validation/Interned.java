package id.terampil.validation;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.ProgramId;
import id.terampil.core.region.RegionCode;
import id.terampil.validation.internal.FieldRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Values that repeat across the records of one batch, parsed once: the program's and cohorts' ids
 * by their canonical text, and the region codes seen so far (at most {@value #MAX_REGIONS}
 * distinct texts, so hostile input cannot grow it). Lookups are by exact text, so a value comes
 * from here exactly when parsing the text would give an equal value. Confined to one call of
 * {@link BatchValidator#validate}.
 */
final class Interned {

  /** The most distinct region code texts kept. */
  static final int MAX_REGIONS = 4096;

  private final ImmutableMap<String, ProgramId> programIds;
  private final ImmutableMap<String, CohortId> cohortIds;
  private final Map<String, Optional<RegionCode>> regions = new HashMap<>();

  Interned(ImmutableMap<String, ProgramId> programIds, ImmutableMap<String, CohortId> cohortIds) {
    this.programIds = programIds;
    this.cohortIds = cohortIds;
  }

  /** Returns the program id whose canonical text is {@code text}, or null. */
  @Nullable ProgramId programId(String text) {
    return programIds.get(text);
  }

  /** Returns the cohort id whose canonical text is {@code text}, or null. */
  @Nullable CohortId cohortId(String text) {
    return cohortIds.get(text);
  }

  /** Returns {@link FieldRules#parseRegion}{@code (text)}, parsed once per distinct text. */
  Optional<RegionCode> region(String text) {
    Optional<RegionCode> code = regions.get(text);
    if (code == null) {
      code = FieldRules.parseRegion(text);
      if (regions.size() < MAX_REGIONS && text.length() <= 64) {
        regions.put(text, code);
      }
    }
    return code;
  }
}
