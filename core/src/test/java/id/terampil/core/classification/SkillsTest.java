package id.terampil.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.SkkniUnitCode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillsTest {

  /** Every skill the five seed articles name, by code. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SAGO_CAKES", "AUTOMOTIVE_WORKSHOP", "MOTORCYCLE_REPAIR", "CAR_REPAIR", "WELDING",
        "SEWING", "KNITTING", "BREAD", "COOKING", "GIFT_ARRANGEMENT", "BOUQUET", "BAG_MAKING",
        "HANDICRAFT", "PRODUCT_PACKAGING_DESIGN", "DIGITAL_MARKETING", "MAKE_UP",
        "RATTAN_WEAVING", "FURNITURE", "QUALITY_MANAGEMENT", "INDUSTRY_CENTRE_MANAGEMENT",
        "ENTREPRENEURSHIP_MANAGEMENT"
      })
  void catalogueCoversEverySeedSkill(String code) {
    Skill skill = Skills.byCode(code).orElseThrow();
    assertEquals(code, skill.code());
    assertTrue(Skills.all().contains(skill));
  }

  @ParameterizedTest(name = "{0} leads to KBLI {1}")
  @CsvSource({
    "BREAD, 10710",
    "MOTORCYCLE_REPAIR, 45407",
    "CAR_REPAIR, 45201",
    "WELDING, 25920",
    "SEWING, 14120",
    "RATTAN_WEAVING, 16291",
    "FURNITURE, 31001",
    "RATTAN_FURNITURE, 31002",
    "MAKE_UP, 96112"
  })
  void kbliCodesFollowTheDomainFacts(String code, String kbli) {
    assertEquals(Optional.of(KbliCode.of(kbli)), Skills.byCode(code).orElseThrow().kbli());
  }

  @Test
  void ambiguousSkillsCarryNoKbliCode() {
    assertEquals(Optional.empty(), Skills.SAGO_CAKES.kbli());
    assertEquals(Optional.empty(), Skills.AUTOMOTIVE_WORKSHOP.kbli());
  }

  @Test
  void everySkillHasUniqueCodeBothLabelsAndABuiltInField() {
    Set<String> codes = new HashSet<>();
    for (Skill s : Skills.all()) {
      assertTrue(codes.add(s.code()), s.code());
      assertFalse(s.labelId().isBlank());
      assertFalse(s.labelEn().isBlank());
      assertNotEquals(s.labelId(), s.labelEn(), s.code());
      assertTrue(SkillField.builtIn().contains(s.field()), s.code());
      assertEquals(s.code(), s.toString());
    }
  }

  @Test
  void unknownCodeIsEmpty() {
    assertEquals(Optional.empty(), Skills.byCode("rattan_weaving"));
    assertEquals(Optional.empty(), Skills.byCode("BATIK"));
  }

  @Test
  void usersDefineTheirOwnSkills() {
    Skill batik =
        Skill.builder()
            .code("BATIK_CAP")
            .labelId("Membatik cap")
            .labelEn("Stamped batik making")
            .field(SkillField.CRAFT)
            .kbli(KbliCode.of("13134")) // industri batik
            // Synthetic unit code: shows the shape only.
            .addSkkniUnits(SkkniUnitCode.parse("C.13BTK00.001.1"))
            .build();
    assertEquals("BATIK_CAP", batik.code());
    assertEquals(1, batik.skkniUnits().size());
    assertEquals(Optional.empty(), Skills.byCode("BATIK_CAP"));
    assertEquals(Skill.of("X1", "a", "b", SkillField.ICT).field(), SkillField.ICT);
  }

  @Test
  void skillsAreEqualByCode() {
    Skill mine = Skill.of("RATTAN_WEAVING", "Anyam rotan", "Weaving rattan", SkillField.CRAFT);
    assertEquals(Skills.RATTAN_WEAVING, mine);
    assertEquals(Skills.RATTAN_WEAVING.hashCode(), mine.hashCode());
    assertNotEquals(Skills.FURNITURE, Skills.RATTAN_FURNITURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "batik", "1BATIK", "BATIK-CAP", "BATIK CAP", "_BATIK"})
  void skillRejectsBadCodesNamingTheField(String code) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Skill.of(code, "a", "b", SkillField.CRAFT));
    assertTrue(e.getMessage().startsWith("skill code must"), e.getMessage());
  }

  @Test
  void skillRejectsBlankLabelsAndMissingField() {
    IllegalArgumentException id =
        assertThrows(
            IllegalArgumentException.class, () -> Skill.of("X", " ", "b", SkillField.CRAFT));
    assertTrue(id.getMessage().startsWith("skill labelId"), id.getMessage());
    IllegalArgumentException en =
        assertThrows(
            IllegalArgumentException.class, () -> Skill.of("X", "a", "", SkillField.CRAFT));
    assertTrue(en.getMessage().startsWith("skill labelEn"), en.getMessage());
    IllegalStateException field =
        assertThrows(
            IllegalStateException.class,
            () -> Skill.builder().code("X").labelId("a").labelEn("b").build());
    assertTrue(field.getMessage().contains("field"), field.getMessage());
  }

  @Test
  void skillFieldsAndTargetGroupsHaveBuiltInsAndRejectBadCodes() {
    assertEquals(Optional.of(SkillField.WELDING), SkillField.builtIn("WELDING"));
    assertEquals(Optional.empty(), SkillField.builtIn("welding"));
    assertEquals(Optional.of(TargetGroup.COVID_AFFECTED), TargetGroup.builtIn("COVID_AFFECTED"));
    IllegalArgumentException field =
        assertThrows(IllegalArgumentException.class, () -> SkillField.of("x", "a", "b"));
    assertTrue(field.getMessage().startsWith("skill field code"), field.getMessage());
    IllegalArgumentException group =
        assertThrows(IllegalArgumentException.class, () -> TargetGroup.of("OK", "a", "\t"));
    assertTrue(group.getMessage().startsWith("target group labelEn"), group.getMessage());
  }
}
