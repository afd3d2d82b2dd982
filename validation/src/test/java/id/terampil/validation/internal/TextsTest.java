package id.terampil.validation.internal;

import id.terampil.validation.Finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.NameProblem;
import id.terampil.core.identity.NikProblem;
import id.terampil.core.identity.PersonName;
import id.terampil.core.time.DateText;
import id.terampil.validation.FieldCheck;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void echoMasksDigitRunsAndStripsControlsAndCutsLongText() {
    assertEquals("3375********0001", Texts.echo("3375014508900001"));
    assertEquals("NIK 3375********0001!", Texts.echo("NIK 3375014508900001!"));
    assertEquals("0812-3456-7890", Texts.echo("0812-3456-7890"));
    assertEquals("123456789", Texts.echo("123456789"));
    assertEquals("a\uFFFDb\uFFFD\uFFFDc", Texts.echo("a\u0000b\u202E\uD800c"));
    assertEquals("\uD83D\uDE00", Texts.echo("\uD83D\uDE00"));
    assertEquals("${'a'.getClass()} #{1+1}", Texts.echo("${'a'.getClass()} #{1+1}"));
    String cut = Texts.echo("x".repeat(10_000));
    assertEquals(Texts.MAX_ECHO + 1, cut.length());
    assertTrue(cut.endsWith("\u2026"));
    assertEquals("3375********0001", Texts.maskNik("3375014508900001"));
    assertEquals("****************", Texts.maskNik("123"));
  }

  @Test
  void everyCoreProblemHasItsOwnFindingCode() {
    Set<FindingCode> names = EnumSet.noneOf(FindingCode.class);
    for (NameProblem p : NameProblem.values()) {
      assertTrue(names.add(FindingCode.of(p)), p.name());
      assertTrue(FindingCode.of(p).name().startsWith("NAME_"));
    }
    // one sample text per NIK problem, each mapped to a distinct NIK_ code
    String[] samples = {
      "337501450890000", "33750145089O0001", "9975014508900001", "3300014508900001",
      "3375004508900001", "3375013208900001", "3375014513900001", "3375013104900001",
      "3375014508900000"
    };
    Set<FindingCode> niks = EnumSet.noneOf(FindingCode.class);
    for (String s : samples) {
      FindingCode code = FieldCheck.of("nik", s).code();
      assertTrue(code.name().startsWith("NIK_"), s);
      niks.add(code);
    }
    assertEquals(NikProblem.values().length, niks.size());
    assertNull(FieldCheck.of("nik", " 3375014508900001 "));
  }

  @Test
  void rulesRejectOverLongTextBeforeLookingAtIt() {
    String huge = "1".repeat(Texts.MAX_LENGTH + 1);
    for (Finding issue :
        new Finding[] {
          FieldCheck.of("nik", huge), FieldCheck.of("name", huge), FieldCheck.of("businessKbli", huge),
          FieldCheck.of("cohortId", huge), FieldCheck.of("sex", huge), FieldCheck.of("score", huge)
        }) {
      assertEquals(FindingCode.FIELD_TOO_LONG, issue.code());
    }
    assertFalse(FieldCheck.of("name", "a".repeat(PersonName.MAX_LENGTH + 1)) == null);
    assertNull(DateText.readDate(huge).orElse(null));
  }

  @Test
  void datesAreReadStrictlyWithoutExceptions() {
    assertEquals(LocalDate.of(0, 1, 1), DateText.readDate("0000-01-01").orElse(null));
    assertEquals(LocalDate.of(9999, 12, 31), DateText.readDate(" 9999-12-31 ").orElse(null));
    assertEquals(LocalDate.of(2024, 2, 29), DateText.readDate("2024-02-29").orElse(null));
    for (String bad :
        new String[] {"2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "24-01-01",
          "+2024-01-01", "2024/01/01", "2024-1-01", "-001-01-01", "\u0661\u0669\u0669\u0660-01-01"}) {
      assertNull(DateText.readDate(bad).orElse(null), bad);
    }
  }
}
