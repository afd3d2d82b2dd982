package id.terampil.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import id.terampil.validation.constraints.NikMatchesDeclaredData;
import id.terampil.validation.constraints.ProductiveAge;
import id.terampil.validation.constraints.ValidKbli;
import id.terampil.validation.constraints.ValidNik;
import id.terampil.validation.constraints.ValidPersonName;
import id.terampil.validation.constraints.ValidRegionCode;
import id.terampil.validation.constraints.ValidSkkniUnitCode;
import id.terampil.validation.internal.Messages;
import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

  static final List<Class<? extends Annotation>> CONSTRAINTS =
      List.of(
          ValidNik.class,
          ValidRegionCode.class,
          ValidKbli.class,
          ValidSkkniUnitCode.class,
          ValidPersonName.class,
          ProductiveAge.class,
          NikMatchesDeclaredData.class);

  static final Locale ID = Locale.forLanguageTag("id");

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(Messages.BUNDLE, locale);
  }

  @Test
  void everyFindingCodeHasADistinctEnglishAndIndonesianMessage() {
    for (FindingCode code : FindingCode.values()) {
      String en = bundle(Locale.ENGLISH).getString(code.messageKey());
      String id = bundle(ID).getString(code.messageKey());
      assertFalse(en.isBlank(), code.name());
      assertFalse(id.isBlank(), code.name());
      assertNotEquals(en, id, code.name());
      Finding f = Finding.of(code, 0, "nik", Map.of());
      assertEquals(en.replace("{field}", "nik"), f.message(Locale.ENGLISH));
      assertEquals(id.replace("{field}", "NIK"), f.message(ID));
      assertEquals(code, FindingCode.ofCode(code.code()).orElseThrow());
    }
    assertTrue(FindingCode.ofCode("NO_SUCH_CODE").isEmpty());
  }

  @Test
  void everyConstraintHasADistinctEnglishAndIndonesianMessageAndFollowsTheConventions()
      throws ReflectiveOperationException {
    for (Class<? extends Annotation> type : CONSTRAINTS) {
      String key = "id.terampil.validation.constraints." + type.getSimpleName() + ".message";
      assertEquals("{" + key + "}", type.getMethod("message").getDefaultValue(), type.getName());
      assertEquals(0, ((Class<?>[]) type.getMethod("groups").getDefaultValue()).length);
      assertEquals(0, ((Class<?>[]) type.getMethod("payload").getDefaultValue()).length);
      assertTrue(type.isAnnotationPresent(Constraint.class));
      Class<?> list = type.getAnnotation(Repeatable.class).value();
      assertEquals(type.getName() + "$List", list.getName());
      Set<ElementType> targets = EnumSet.copyOf(List.of(type.getAnnotation(Target.class).value()));
      assertTrue(
          targets.containsAll(
              List.of(
                  ElementType.FIELD,
                  ElementType.METHOD,
                  ElementType.PARAMETER,
                  ElementType.ANNOTATION_TYPE,
                  ElementType.TYPE_USE)),
          type.getName());
      String en = bundle(Locale.ENGLISH).getString(key);
      String id = bundle(ID).getString(key);
      assertFalse(en.isBlank());
      assertFalse(id.isBlank());
      assertNotEquals(en, id, key);
    }
  }

  @Test
  void bundlesAreAsciiTheEnglishOneIsEmptyAndThereIsNoValidationMessages() throws IOException {
    for (String name :
        List.of(
            "ContributorValidationMessages.properties",
            "ContributorValidationMessages_en.properties",
            "ContributorValidationMessages_id.properties")) {
      try (InputStream in = FindingCode.class.getModule().getResourceAsStream(name)) {
        byte[] bytes = in.readAllBytes();
        for (byte b : bytes) {
          assertTrue(b >= 0, name + " is not ASCII");
        }
        if (name.endsWith("_en.properties")) {
          String text = new String(bytes, StandardCharsets.US_ASCII);
          assertTrue(text.lines().allMatch(l -> l.isBlank() || l.startsWith("#")), text);
        }
      }
    }
    assertNull(FindingCode.class.getModule().getResourceAsStream("ValidationMessages.properties"));
    assertNull(FindingCode.class.getResource("/ValidationMessages.properties"));
  }

  @Test
  void formattingIsOnePlainSubstitution() {
    Map<String, String> params = Map.of("value", "${'a'.getClass()} #{1+1} {field} {value}");
    assertEquals(
        "x \"${'a'.getClass()} #{1+1} {field} {value}\" in cohortId, {unknown} stays",
        Messages.format("x \"{value}\" in {field}, {unknown} stays", "cohortId", params));
    assertEquals("{", Messages.format("{", "", Map.of()));
    assertEquals("}{", Messages.format("}{", "", Map.of()));
  }

  @Test
  void findingsHoldTheirCodesSeverityAndImmutableParameters() {
    Finding f =
        Finding.of(
            FindingCode.NIK_REGION_RETIRED, 2, "nik", Map.of("nikRegion", "92.71", "successor", "96.71"));
    assertEquals(Severity.WARNING, f.severity());
    assertFalse(f.isError());
    assertEquals(
        "region 92.71 of the NIK has been retired (its successor: 96.71)", f.message(Locale.ENGLISH));
    assertEquals("wilayah 92.71 pada NIK sudah tidak berlaku (penggantinya: 96.71)", f.message(ID));
    assertThrows(UnsupportedOperationException.class, () -> ((Map<String, String>) f.parameters()).put("a", "b"));
    assertThrows(
        IllegalArgumentException.class, () -> Finding.of(FindingCode.NAME_BLANK, -1, "", Map.of()));
    assertTrue(Finding.of(FindingCode.NAME_BLANK, 0, "", Map.of()).field().isEmpty());
  }
}
