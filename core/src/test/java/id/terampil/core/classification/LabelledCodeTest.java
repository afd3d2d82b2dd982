package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The code-plus-labels shape stated once in {@link LabelledCode}, as each vocabulary shows it. */
class LabelledCodeTest {

  private interface Maker {
    LabelledCode make(String code, String labelId, String labelEn);
  }

  private static final Map<String, Maker> MAKERS =
      Map.of(
          "skill field", SkillField::of,
          "target group", TargetGroup::of,
          "skill", (code, id, en) -> Skill.of(code, id, en, SkillField.CRAFT));

  @Test
  void each_vocabulary_rejects_a_bad_code_or_label_with_its_own_noun() {
    MAKERS.forEach(
        (noun, maker) -> {
          assertEquals(
              noun + " code must be 1-48 upper-case ASCII letters, digits or '_', starting with a"
                  + " letter: 'lower'",
              message(() -> maker.make("lower", "Label", "Label")));
          assertEquals(
              noun + " labelId must not be blank", message(() -> maker.make("OK", " ", "Label")));
          assertEquals(
              noun + " labelEn must be at most 200 characters: 201",
              message(() -> maker.make("OK", "Label", "x".repeat(201))));
        });
  }

  @Test
  void entries_are_equal_by_code_and_print_their_code() {
    SkillField field = SkillField.of("CULINARY", "Boga", "Cooking");
    assertEquals(SkillField.CULINARY, field);
    assertEquals(SkillField.CULINARY.hashCode(), field.hashCode());
    assertEquals("CULINARY", field.toString());
    assertEquals("Tata boga", SkillField.CULINARY.labelId());
    assertEquals("Culinary", SkillField.CULINARY.labelEn());
    TargetGroup group = TargetGroup.of("HOUSEWIFE", "Ibu", "Mother");
    assertEquals(TargetGroup.HOUSEWIFE, group);
    assertEquals("HOUSEWIFE", group.toString());
    assertEquals("Ibu rumah tangga", TargetGroup.HOUSEWIFE.labelId());
    assertEquals("Housewife", TargetGroup.HOUSEWIFE.labelEn());
    assertNotEquals(TargetGroup.HOUSEWIFE, TargetGroup.YOUTH);
  }

  @Test
  void a_skill_field_and_a_target_group_of_one_code_are_not_equal() {
    assertNotEquals(
        SkillField.of("CRAFT", "Kriya", "Craft"), (Object) TargetGroup.of("CRAFT", "Kriya", "Craft"));
  }

  @Test
  void built_in_entries_are_found_by_code_only() {
    assertEquals(Optional.of(SkillField.WELDING), SkillField.builtIn("WELDING"));
    assertEquals(Optional.of(TargetGroup.YOUTH), TargetGroup.builtIn("YOUTH"));
    assertEquals(Optional.empty(), SkillField.builtIn("YOUTH"));
    assertEquals(Optional.empty(), TargetGroup.builtIn("welding"));
  }

  private static String message(Executable make) {
    return assertThrows(IllegalArgumentException.class, make).getMessage();
  }
}
