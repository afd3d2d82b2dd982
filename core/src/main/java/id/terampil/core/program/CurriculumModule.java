package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.classification.Skill;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A module of a training curriculum (materi / modul pelatihan), e.g. entrepreneurship management
 * or registration for the AK/I job-seeker card, with Indonesian and English titles, optional
 * lesson hours and the skill it teaches, if any.
 *
 * <p>Immutable, thread-safe and value-based; equal when all attributes are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CurriculumModule {

  CurriculumModule() {}

  /**
   * Returns the Indonesian title, e.g. "Manajemen berwirausaha".
   *
   * @return the title, not blank
   */
  public abstract String titleId();

  /**
   * Returns the English title, e.g. "Entrepreneurship management".
   *
   * @return the title, not blank
   */
  public abstract String titleEn();

  /**
   * Returns the lesson hours (jam pelajaran, JP) as the curriculum states them, if known. A JP is
   * commonly 45 minutes; the library does not convert.
   *
   * @return the lesson hours, positive, or empty
   */
  public abstract OptionalInt lessonHours();

  /**
   * Returns the skill the module teaches, if it teaches one.
   *
   * @return the skill, or empty
   */
  public abstract Optional<Skill> skill();

  /**
   * Returns a module with titles only.
   *
   * @param titleId the Indonesian title, not blank
   * @param titleEn the English title, not blank
   * @return the module, not null
   * @throws IllegalArgumentException if a title is blank, too long or holds control characters
   */
  public static CurriculumModule of(String titleId, String titleEn) {
    return builder().titleId(titleId).titleEn(titleEn).build();
  }

  /**
   * Returns a module teaching {@code skill}, titled with the skill's labels.
   *
   * @param skill the skill, not null
   * @return the module, not null
   */
  public static CurriculumModule of(Skill skill) {
    return builder().titleId(skill.labelId()).titleEn(skill.labelEn()).skill(skill).build();
  }

  /**
   * Returns a builder; both titles are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CurriculumModule}. */
  public static final class Builder extends ImmutableCurriculumModule.Builder {
    /** Creates an empty builder; prefer {@link CurriculumModule#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    ProgramChecks.text("curriculum module titleId", titleId());
    ProgramChecks.text("curriculum module titleEn", titleEn());
    lessonHours()
        .ifPresent(
            h -> checkArgument(h > 0, "curriculum module lessonHours must be positive: %s", h));
  }
}
