package id.terampil.testkit;

import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkillField;
import java.util.Collection;
import net.jqwik.api.Arbitrary;

/**
 * Generates skills. Without configuration it draws from core's built-in catalogue
 * ({@link id.terampil.core.classification.Skills#all()}); {@link #withSynthetic()} mixes in synthetic
 * skills of the built-in {@link SkillField}s (with the KBLI code that fits where one does, and
 * zero to three generated SKKNI units), and {@link #fromCatalogue(Collection)} draws from skills
 * the caller supplies instead, such as an agency's own catalogue. For a field the built-in
 * catalogue lacks (a user-defined field), a basic synthetic skill of that field is generated.
 * Every configuration method returns a new arbitrary.
 *
 * @since 0.1.0
 */
public interface SkillArbitrary extends Arbitrary<Skill> {

  /**
   * Restricts to skills of the given fields. For a field without a synthetic skill (a
   * user-defined field), a basic skill of that field is generated.
   *
   * @param fields the fields, at least one, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if no field is given, or a catalogue holds no skill of them
   */
  SkillArbitrary inFields(SkillField... fields);

  /**
   * Draws from the given skills instead of the synthetic ones (the field restriction still
   * applies).
   *
   * @param catalogue the skills, not empty, not null
   * @return the new arbitrary, not null
   * @throws IllegalArgumentException if {@code catalogue} is empty or holds no skill of the
   *     restricted fields
   */
  SkillArbitrary fromCatalogue(Collection<Skill> catalogue);

  /**
   * Mixes synthetic skills (with generated SKKNI units) into the catalogue's skills.
   *
   * @return the new arbitrary, not null
   */
  SkillArbitrary withSynthetic();
}
