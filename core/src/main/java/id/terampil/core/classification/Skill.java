package id.terampil.core.classification;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A skill taught in a training (keterampilan), such as sago-cake making, rattan weaving or
 * motorcycle repair, with Indonesian and English labels, its {@link SkillField}, and where one
 * fits the KBLI business activity it leads to and SKKNI competency units it covers.
 *
 * <p>The built-in catalogue is {@link Skills}; users define their own skills with {@link
 * #builder()} or {@link #of(String, String, String, SkillField)} without changing the library.
 * Two skills are equal when their codes are equal: a code names one skill.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Skill extends LabelledCode {

  Skill() {}

  /**
   * Returns the field the skill belongs to.
   *
   * @return the field, not null
   */
  @Value.Auxiliary
  public abstract SkillField field();

  /**
   * Returns the KBLI code of the business activity the skill leads to, if one fits.
   *
   * @return the code, or empty
   */
  @Value.Auxiliary
  public abstract Optional<KbliCode> kbli();

  /**
   * Returns the SKKNI competency units the training of this skill covers, possibly none.
   *
   * @return the units, not null
   */
  @Value.Auxiliary
  public abstract ImmutableSet<SkkniUnitCode> skkniUnits();

  /**
   * Defines a skill without KBLI or SKKNI references.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not null
   * @param labelId the Indonesian label, not blank
   * @param labelEn the English label, not blank
   * @param field the field, not null
   * @return the skill, not null
   * @throws IllegalArgumentException if the code has another shape or a label is blank
   */
  public static Skill of(String code, String labelId, String labelEn, SkillField field) {
    return builder().code(code).labelId(labelId).labelEn(labelEn).field(field).build();
  }

  /**
   * Returns a builder for a skill.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Skill}; {@code code}, both labels and {@code field} are required. */
  public static final class Builder extends ImmutableSkill.Builder {
    /** Creates an empty builder; prefer {@link Skill#builder()}. */
    public Builder() {}
  }

  @Override
  final String noun() {
    return "skill";
  }
}
