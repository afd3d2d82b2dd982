package id.terampil.validation;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.ProgramId;
import id.terampil.validation.internal.Canon;
import org.jspecify.annotations.Nullable;

/**
 * Values that repeat across the records of one batch, parsed once: the program's and cohorts' ids
 * by their canonical text, and the batch's {@link Canon} of dates and scores. Lookups are by
 * exact text, so a value comes from here exactly when parsing the text would give an equal value.
 * (Domicile codes are parsed per record: in a province-wide batch most of them differ, and
 * parsing one costs less than a missed lookup.) Confined to one call of
 * {@link BatchValidator#validate}.
 */
final class Interned {

  private final ImmutableMap<String, ProgramId> programIds;
  private final ImmutableMap<String, CohortId> cohortIds;
  private final @Nullable Canon canon;

  Interned(
      ImmutableMap<String, ProgramId> programIds,
      ImmutableMap<String, CohortId> cohortIds,
      @Nullable Canon canon) {
    this.programIds = programIds;
    this.cohortIds = cohortIds;
    this.canon = canon;
  }

  /** Returns the batch's shared dates and scores, or null for a small batch. */
  @Nullable Canon canon() {
    return canon;
  }

  /** Returns the program id whose canonical text is {@code text}, or null. */
  @Nullable ProgramId programId(String text) {
    return programIds.get(text);
  }

  /** Returns the cohort id whose canonical text is {@code text}, or null. */
  @Nullable CohortId cohortId(String text) {
    return cohortIds.get(text);
  }
}
