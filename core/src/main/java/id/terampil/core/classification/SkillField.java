package id.terampil.core.classification;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A field of skills (bidang / kejuruan), such as culinary (tata boga), automotive (otomotif) or
 * craft (kriya). There is no official closed list; the built-in fields cover the seed programs
 * and the names BLK/BPVP centres use, and {@link #of(String, String, String)} defines more. Two
 * fields are equal when their codes are equal.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SkillField extends LabelledCode {

  /** Tata boga: culinary. */
  public static final SkillField CULINARY = of("CULINARY", "Tata boga", "Culinary");
  /** Otomotif: automotive. */
  public static final SkillField AUTOMOTIVE = of("AUTOMOTIVE", "Otomotif", "Automotive");
  /** Teknik las: welding. */
  public static final SkillField WELDING = of("WELDING", "Teknik las", "Welding");
  /** Kriya: crafts. */
  public static final SkillField CRAFT = of("CRAFT", "Kriya dan kerajinan", "Craft");
  /** Garmen / fashion: garment and apparel. */
  public static final SkillField GARMENT = of("GARMENT", "Garmen dan busana", "Garment and apparel");
  /** Tata kecantikan: beauty. */
  public static final SkillField BEAUTY = of("BEAUTY", "Tata kecantikan", "Beauty");
  /** Teknologi informasi dan komunikasi: ICT. */
  public static final SkillField ICT = of("ICT", "Teknologi informasi dan komunikasi", "ICT");
  /** Bisnis dan manajemen: business and management. */
  public static final SkillField BUSINESS_MANAGEMENT =
      of("BUSINESS_MANAGEMENT", "Bisnis dan manajemen", "Business and management");
  /** Mebel / furnitur: furniture and woodwork. */
  public static final SkillField FURNITURE = of("FURNITURE", "Mebel dan furnitur", "Furniture");
  /** Listrik dan elektronika: electrical and electronics. */
  public static final SkillField ELECTRICAL = of("ELECTRICAL", "Listrik dan elektronika", "Electrical and electronics");
  /** Bangunan: construction. */
  public static final SkillField CONSTRUCTION = of("CONSTRUCTION", "Bangunan", "Construction");
  /** Pengolahan hasil pertanian: agricultural processing. */
  public static final SkillField AGRO_PROCESSING =
      of("AGRO_PROCESSING", "Pengolahan hasil pertanian", "Agricultural processing");

  private static final ImmutableList<SkillField> BUILT_IN =
      ImmutableList.of(CULINARY, AUTOMOTIVE, WELDING, CRAFT, GARMENT, BEAUTY, ICT,
          BUSINESS_MANAGEMENT, FURNITURE, ELECTRICAL, CONSTRUCTION, AGRO_PROCESSING);

  SkillField() {}

  /**
   * Defines a skill field.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not null
   * @param labelId the Indonesian label, not blank
   * @param labelEn the English label, not blank
   * @return the field, not null
   * @throws IllegalArgumentException if the code has another shape or a label is blank
   */
  public static SkillField of(String code, String labelId, String labelEn) {
    return ImmutableSkillField.builder().code(code).labelId(labelId).labelEn(labelEn).build();
  }

  /**
   * Returns the built-in fields, in the order declared.
   *
   * @return the fields, not null
   */
  public static ImmutableList<SkillField> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the built-in field with the given code.
   *
   * @param code the code, not null
   * @return the field, or empty if no built-in field has that code
   */
  public static Optional<SkillField> builtIn(String code) {
    return withCode(BUILT_IN, code);
  }

  @Override
  final String noun() {
    return "skill field";
  }
}
