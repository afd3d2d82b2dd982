package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boundaries of echoing and message formatting: the cut, the digit-run mask, placeholders. */
class TextsEdgeTest {

  @Test
  void aSurrogatePairAcrossTheCutIsDroppedWhole() {
    String text = "a".repeat(Texts.MAX_ECHO - 1) + "\uD83D\uDE00" + "b";
    assertEquals("a".repeat(Texts.MAX_ECHO - 1) + "\u2026", Texts.echo(text));
  }

  @Test
  void exactlyTenDigitsAreMaskedAndNineAreNotWhereverTheRunStarts() {
    assertEquals("1234**7890", Texts.echo("1234567890"));
    assertEquals("x123456789", Texts.echo("x123456789"));
    assertEquals("no. 123456789 ok", Texts.echo("no. 123456789 ok"));
  }

  @Test
  void aDigitRunTheCutShortensIsMaskedAsTheWholeRunWouldBe() {
    String pad = "x".repeat(Texts.MAX_ECHO - 9);
    // Nine of the sixteen digits before the cut: the first four shown, the rest masked.
    assertEquals(pad + "3375*****\u2026", Texts.echo(pad + "3375014508900001"));
    // Nine of ten digits: the masked middle is before the cut, three of the last four are shown.
    assertEquals(pad + "1234**789\u2026", Texts.echo(pad + "1234567890"));
    // Nine of nine digits, the text going on with letters: not a run of ten, not masked.
    assertEquals(pad + "123456789\u2026", Texts.echo(pad + "123456789y"));
    // A very long run is followed past the cut only as far as needed.
    assertEquals(
        "1234" + "*".repeat(Texts.MAX_ECHO - 4) + "\u2026", Texts.echo("1234" + "5".repeat(10_000)));
  }

  @Test
  void aNikShowsAtMostItsFirstAndLastFourDigitsWhereverTheCutFalls() {
    String nik = "3375014508900001";
    for (int offset = 0; offset <= Texts.MAX_ECHO + 1; offset++) {
      String echoed = Texts.echo("x".repeat(offset) + nik + "y");
      int longestRun = 0;
      int run = 0;
      int digits = 0;
      for (int i = 0; i < echoed.length(); i++) {
        boolean digit = Character.isDigit(echoed.charAt(i));
        run = digit ? run + 1 : 0;
        longestRun = Math.max(longestRun, run);
        digits += digit ? 1 : 0;
      }
      assertTrue(longestRun <= 4, echoed);
      assertTrue(digits <= 8, echoed);
    }
  }

  @Test
  void aPlaceholderAfterAClosingBraceIsStillReplaced() {
    assertEquals("}nik", Messages.format("}{field}", "nik", Map.of()));
    assertEquals("}{x", Messages.format("}{x", "nik", Map.of()));
  }
}
