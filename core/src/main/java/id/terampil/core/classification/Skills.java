package id.terampil.core.classification;

import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The built-in catalogue of skills (katalog keterampilan): every skill named in the seed programs
 * and a few close relatives, each with Indonesian and English labels, a {@link SkillField} and,
 * where one clearly fits, the KBLI 2020 code of the business activity it leads to.
 *
 * <p>KBLI codes are given only where the activity is unambiguous (e.g. motorcycle repair 45407,
 * rattan weaving 16291); a skill such as sago-cake making can lead to baked goods (10710) or wet
 * cakes (10792), so it carries none. The catalogue is not a closed list: define further skills
 * with {@link Skill#builder()}.
 *
 * @since 0.1.0
 */
public final class Skills {

  /** Pembuatan kue sagu: sago cake making (field culinary; KBLI depends on the product). */
  public static final Skill SAGO_CAKES =
      skill("SAGO_CAKES", "Pembuatan kue sagu", "Sago cake making", SkillField.CULINARY, null);

  /** Pembuatan roti dan kue: bread and cake making (KBLI 10710). */
  public static final Skill BREAD =
      skill("BREAD", "Pembuatan roti dan kue", "Bread and cake making", SkillField.CULINARY, "10710");

  /** Memasak / tata boga: cooking. */
  public static final Skill COOKING =
      skill("COOKING", "Memasak (tata boga)", "Cooking", SkillField.CULINARY, null);

  /**
   * Perbengkelan: automotive workshop skills in general, when a source does not say whether cars
   * or motorcycles; see {@link #MOTORCYCLE_REPAIR} and {@link #CAR_REPAIR}.
   */
  public static final Skill AUTOMOTIVE_WORKSHOP =
      skill("AUTOMOTIVE_WORKSHOP", "Perbengkelan", "Automotive workshop skills",
          SkillField.AUTOMOTIVE, null);

  /** Perbengkelan sepeda motor: motorcycle repair (KBLI 45407). */
  public static final Skill MOTORCYCLE_REPAIR =
      skill("MOTORCYCLE_REPAIR", "Perbengkelan sepeda motor", "Motorcycle repair",
          SkillField.AUTOMOTIVE, "45407");

  /** Perbengkelan mobil: car repair (KBLI 45201). */
  public static final Skill CAR_REPAIR =
      skill("CAR_REPAIR", "Perbengkelan mobil", "Car repair", SkillField.AUTOMOTIVE, "45201");

  /** Teknik las: welding (KBLI 25920, metal-working services). */
  public static final Skill WELDING =
      skill("WELDING", "Teknik las", "Welding", SkillField.WELDING, "25920");

  /** Menjahit: sewing and tailoring (KBLI 14120, tailoring to order). */
  public static final Skill SEWING =
      skill("SEWING", "Menjahit", "Sewing and tailoring", SkillField.GARMENT, "14120");

  /** Merajut: knitting and crochet. */
  public static final Skill KNITTING =
      skill("KNITTING", "Merajut", "Knitting and crochet", SkillField.CRAFT, null);

  /** Pembuatan hantaran: arranging wedding and ceremonial gift trays (hantaran / seserahan). */
  public static final Skill GIFT_ARRANGEMENT =
      skill("GIFT_ARRANGEMENT", "Pembuatan hantaran", "Gift arrangement (hantaran)",
          SkillField.CRAFT, null);

  /** Pembuatan buket: bouquet making (flowers, snacks, money). */
  public static final Skill BOUQUET =
      skill("BOUQUET", "Pembuatan buket", "Bouquet making", SkillField.CRAFT, null);

  /** Pembuatan tas: bag making. */
  public static final Skill BAG_MAKING =
      skill("BAG_MAKING", "Pembuatan tas", "Bag making", SkillField.CRAFT, null);

  /** Kerajinan tangan: handicrafts in general (craft). */
  public static final Skill HANDICRAFT =
      skill("HANDICRAFT", "Kerajinan tangan", "Handicrafts", SkillField.CRAFT, null);

  /** Anyaman rotan: rattan weaving (KBLI 16291, woven goods of rattan and bamboo). */
  public static final Skill RATTAN_WEAVING =
      skill("RATTAN_WEAVING", "Anyaman rotan", "Rattan weaving", SkillField.CRAFT, "16291");

  /** Pembuatan mebel kayu: wooden furniture making (KBLI 31001). */
  public static final Skill FURNITURE =
      skill("FURNITURE", "Pembuatan mebel kayu", "Wooden furniture making", SkillField.FURNITURE,
          "31001");

  /** Pembuatan mebel rotan dan bambu: rattan and bamboo furniture making (KBLI 31002). */
  public static final Skill RATTAN_FURNITURE =
      skill("RATTAN_FURNITURE", "Pembuatan mebel rotan dan bambu",
          "Rattan and bamboo furniture making", SkillField.FURNITURE, "31002");

  /** Tata rias: make-up (KBLI 96112, beauty salon). */
  public static final Skill MAKE_UP =
      skill("MAKE_UP", "Tata rias", "Make-up", SkillField.BEAUTY, "96112");

  /** Pemasaran digital: digital marketing. */
  public static final Skill DIGITAL_MARKETING =
      skill("DIGITAL_MARKETING", "Pemasaran digital", "Digital marketing", SkillField.ICT, null);

  /** Desain dan kemasan produk: product and packaging design for small businesses. */
  public static final Skill PRODUCT_PACKAGING_DESIGN =
      skill("PRODUCT_PACKAGING_DESIGN", "Desain dan kemasan produk",
          "Product and packaging design", SkillField.BUSINESS_MANAGEMENT, null);

  /** Manajemen mutu: quality management. */
  public static final Skill QUALITY_MANAGEMENT =
      skill("QUALITY_MANAGEMENT", "Manajemen mutu", "Quality management",
          SkillField.BUSINESS_MANAGEMENT, null);

  /** Pengelolaan sentra IKM: managing a small and medium industry centre. */
  public static final Skill INDUSTRY_CENTRE_MANAGEMENT =
      skill("INDUSTRY_CENTRE_MANAGEMENT", "Pengelolaan sentra industri kecil dan menengah (IKM)",
          "Small and medium industry centre management", SkillField.BUSINESS_MANAGEMENT, null);

  /** Manajemen berwirausaha: entrepreneurship and small-business management. */
  public static final Skill ENTREPRENEURSHIP_MANAGEMENT =
      skill("ENTREPRENEURSHIP_MANAGEMENT", "Manajemen berwirausaha",
          "Entrepreneurship management", SkillField.BUSINESS_MANAGEMENT, null);

  private static final ImmutableList<Skill> ALL =
      ImmutableList.of(
          SAGO_CAKES, BREAD, COOKING, AUTOMOTIVE_WORKSHOP, MOTORCYCLE_REPAIR, CAR_REPAIR, WELDING,
          SEWING, KNITTING, GIFT_ARRANGEMENT, BOUQUET, BAG_MAKING, HANDICRAFT, RATTAN_WEAVING,
          FURNITURE, RATTAN_FURNITURE, MAKE_UP, DIGITAL_MARKETING, PRODUCT_PACKAGING_DESIGN,
          QUALITY_MANAGEMENT, INDUSTRY_CENTRE_MANAGEMENT, ENTREPRENEURSHIP_MANAGEMENT);

  private static final ImmutableMap<String, Skill> BY_CODE =
      ALL.stream().collect(toImmutableMap(Skill::code, Function.identity()));

  private Skills() {}

  /**
   * Returns every built-in skill, in the order declared.
   *
   * @return the skills, not null
   */
  public static ImmutableList<Skill> all() {
    return ALL;
  }

  /**
   * Returns the built-in skill with the given code.
   *
   * @param code the code, e.g. {@code RATTAN_WEAVING}, not null
   * @return the skill, or empty if no built-in skill has that code
   */
  public static Optional<Skill> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  private static Skill skill(
      String code, String labelId, String labelEn, SkillField field, @Nullable String kbli) {
    Skill.Builder b = Skill.builder();
    b.code(code).labelId(labelId).labelEn(labelEn).field(field);
    if (kbli != null) {
      b.kbli(KbliCode.of(kbli));
    }
    return b.build();
  }
}
