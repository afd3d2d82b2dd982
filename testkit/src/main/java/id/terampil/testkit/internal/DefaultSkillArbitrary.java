package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkillField;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.testkit.SkillArbitrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * The implementation of {@link SkillArbitrary}: the built-in catalogue ({@link Skills#all()}) by
 * default, optionally with {@link #SYNTHETIC} skills mixed in, or a catalogue the caller gives.
 */
public final class DefaultSkillArbitrary extends ArbitraryDecorator<Skill>
    implements SkillArbitrary {

  /**
   * Templates of synthetic skills: code, labels, field and the KBLI 2020 activity if one fits. A
   * template with the code of a built-in skill is made from that skill ({@link Template#of}), so
   * two equal skills (same code) never differ in their KBLI code, labels or field: core's {@link
   * Skills} gives the one answer (sago cakes carry no KBLI code, as the product decides it).
   */
  static final ImmutableList<Template> SYNTHETIC =
      ImmutableList.of(
          Template.of(Skills.SAGO_CAKES),
          new Template("BREAD_AND_CAKES", "Pembuatan roti dan kue", "Bread and cake making", SkillField.CULINARY, "10710"),
          Template.of(Skills.MOTORCYCLE_REPAIR),
          Template.of(Skills.CAR_REPAIR),
          new Template("WELDING_BASICS", "Dasar pengelasan", "Welding basics", SkillField.WELDING, "25920"),
          Template.of(Skills.RATTAN_WEAVING),
          new Template("TAILORING", "Menjahit pakaian", "Tailoring", SkillField.GARMENT, "14120"),
          new Template("BEAUTY_SALON", "Tata rias dan salon", "Beauty salon services", SkillField.BEAUTY, "96112"),
          new Template("COMPUTER_OPERATOR", "Operator komputer", "Computer operation", SkillField.ICT, null),
          new Template("BOOKKEEPING", "Pembukuan usaha kecil", "Small-business bookkeeping", SkillField.BUSINESS_MANAGEMENT, null),
          new Template("WOODEN_FURNITURE", "Pembuatan mebel kayu", "Wooden furniture making", SkillField.FURNITURE, "31001"),
          new Template("HOUSE_WIRING", "Instalasi listrik rumah", "Household electrical installation", SkillField.ELECTRICAL, null),
          new Template("MASONRY", "Pasangan batu dan bata", "Masonry", SkillField.CONSTRUCTION, null),
          new Template("SAGO_PROCESSING", "Pengolahan sagu", "Sago processing", SkillField.AGRO_PROCESSING, "10622"));

  private final @Nullable ImmutableList<SkillField> fields;
  private final ImmutableList<Skill> catalogue;
  private final boolean catalogueGiven;
  private final boolean synthetic;

  /** Creates the arbitrary without configuration: the built-in catalogue. */
  public DefaultSkillArbitrary() {
    this(null, Skills.all(), false, false);
  }

  private DefaultSkillArbitrary(
      @Nullable ImmutableList<SkillField> fields,
      ImmutableList<Skill> catalogue,
      boolean catalogueGiven,
      boolean synthetic) {
    this.fields = fields;
    this.catalogue = catalogue;
    this.catalogueGiven = catalogueGiven;
    this.synthetic = synthetic;
    if (catalogueGiven && !synthetic) {
      checkArgument(
          !catalogue(catalogue, fields).isEmpty(), "the catalogue holds no skill of %s", fields);
    }
  }

  private static List<Skill> catalogue(List<Skill> catalogue, @Nullable List<SkillField> fields) {
    return fields == null
        ? catalogue
        : catalogue.stream().filter(s -> fields.contains(s.field())).collect(ImmutableList.toImmutableList());
  }

  @Override
  protected Arbitrary<Skill> arbitrary() {
    List<Skill> known = catalogue(catalogue, fields);
    List<Template> templates = synthetic || known.isEmpty() ? templates() : List.of();
    @Nullable Arbitrary<Skill> fromCatalogue = known.isEmpty() ? null : Arbitraries.of(known);
    if (templates.isEmpty() && fromCatalogue != null) {
      return fromCatalogue;
    }
    Arbitrary<ImmutableSet<SkkniUnitCode>> units =
        new DefaultSkkniUnitCodeArbitrary()
            .set()
            .ofMaxSize(3)
            .map(ImmutableSet::copyOf);
    Arbitrary<Skill> synthesized = Combinators.combine(Arbitraries.of(templates), units).as(Template::skill);
    return fromCatalogue == null ? synthesized : Arbitraries.oneOf(fromCatalogue, synthesized);
  }

  private List<Template> templates() {
    List<SkillField> wanted = fields;
    if (wanted == null) {
      return SYNTHETIC;
    }
    List<Template> templates = new ArrayList<>();
    for (SkillField field : wanted) {
      boolean found = false;
      for (Template template : SYNTHETIC) {
        if (template.field.equals(field)) {
          templates.add(template);
          found = true;
        }
      }
      if (!found) {
        templates.add(Template.basicsOf(field));
      }
    }
    return templates;
  }

  @Override
  public SkillArbitrary inFields(SkillField... fields) {
    checkNotNull(fields, "fields must not be null");
    checkArgument(fields.length > 0, "at least one field must be given");
    return new DefaultSkillArbitrary(
        ImmutableList.copyOf(Arrays.stream(fields).distinct().iterator()),
        catalogue,
        catalogueGiven,
        synthetic);
  }

  @Override
  public SkillArbitrary fromCatalogue(Collection<Skill> catalogue) {
    checkNotNull(catalogue, "catalogue must not be null");
    checkArgument(!catalogue.isEmpty(), "catalogue must not be empty");
    return new DefaultSkillArbitrary(fields, ImmutableList.copyOf(catalogue), true, synthetic);
  }

  @Override
  public SkillArbitrary withSynthetic() {
    return new DefaultSkillArbitrary(fields, catalogue, catalogueGiven, true);
  }

  /** A synthetic skill without its SKKNI units. */
  static final class Template {
    final String code;
    final String labelId;
    final String labelEn;
    final SkillField field;
    final @Nullable String kbli;

    Template(String code, String labelId, String labelEn, SkillField field, @Nullable String kbli) {
      this.code = code;
      this.labelId = labelId;
      this.labelEn = labelEn;
      this.field = field;
      this.kbli = kbli;
    }

    /** The template of a built-in skill: its code, labels, field and KBLI code, as core has them. */
    static Template of(Skill builtIn) {
      return new Template(
          builtIn.code(),
          builtIn.labelId(),
          builtIn.labelEn(),
          builtIn.field(),
          builtIn.kbli().map(KbliCode::digits).orElse(null));
    }

    static Template basicsOf(SkillField field) {
      String stem = field.code().length() > 41 ? field.code().substring(0, 41) : field.code();
      return new Template(
          stem + "_BASICS", "Dasar " + field.labelId(), "Basics of " + field.labelEn(), field, null);
    }

    Skill skill(ImmutableSet<SkkniUnitCode> units) {
      String digits = kbli;
      return Skill.builder()
          .code(code)
          .labelId(labelId)
          .labelEn(labelEn)
          .field(field)
          .kbli(Optional.ofNullable(digits).map(KbliCode::of))
          .addAllSkkniUnits(units)
          .build();
    }
  }
}
