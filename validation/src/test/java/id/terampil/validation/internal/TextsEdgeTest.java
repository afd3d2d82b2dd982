package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void aPlaceholderAfterAClosingBraceIsStillReplaced() {
    assertEquals("}nik", Messages.format("}{field}", "nik", Map.of()));
    assertEquals("}{x", Messages.format("}{x", "nik", Map.of()));
  }
}
