package id.terampil.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every definition names its figure and says what it divides, in both languages. */
class IndicatorDefinitionTest {

  @ParameterizedTest
  @EnumSource(IndicatorDefinition.class)
  void each_definition_is_stated_in_english_and_indonesian(IndicatorDefinition d) {
    assertTrue(!d.labelEn().isBlank() && !d.labelId().isBlank(), d.name());
    assertTrue(d.definitionEn().length() > 40 && d.definitionId().length() > 40, d.name());
    assertNotEquals(d.definitionEn(), d.definitionId(), d.name());
    assertEquals(d.definitionEn().contains(" / "), d.definitionId().contains(" / "), d.name());
  }

  @Test
  void labels_are_unique_in_each_language() {
    IndicatorDefinition[] all = IndicatorDefinition.values();
    Set<String> en = Arrays.stream(all).map(IndicatorDefinition::labelEn).collect(Collectors.toSet());
    Set<String> id = Arrays.stream(all).map(IndicatorDefinition::labelId).collect(Collectors.toSet());
    assertEquals(all.length, en.size());
    assertEquals(all.length, id.size());
  }
}
