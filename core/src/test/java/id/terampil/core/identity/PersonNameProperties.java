package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link PersonName} over synthetic names. */
class PersonNameProperties {

  @Provide
  Arbitrary<String> nameTexts() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withChars("\u00e9\u00c9\u00f1\u03c3\u03c2\u03a3\u0627\u674e',.-\u2019")
            .ofMinLength(0)
            .ofMaxLength(12)
            .map(w -> "S" + w);
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\t", " \u00a0 ", "\n");
    return word.list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .flatMap(
            words ->
                separator.list().ofSize(words.size()).map(seps -> join(words, seps)));
  }

  private static String join(List<String> words, List<String> seps) {
    StringBuilder sb = new StringBuilder(seps.get(0));
    for (int i = 0; i < words.size(); i++) {
      sb.append(words.get(i)).append(seps.get(i));
    }
    return sb.toString();
  }

  @Provide
  Arbitrary<PersonName> names() {
    return nameTexts().filter(t -> PersonName.read(t).value().isPresent()).map(PersonName::of);
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("names") PersonName name) {
    PersonName parsed = PersonName.parse(name.toString());
    assertEquals(name, parsed);
    assertEquals(name.toString(), parsed.toString());
  }

  @Property
  void normalisedFormHasSingleInnerSpacesAndNoOuterOnes(@ForAll("names") PersonName name) {
    String text = name.toString();
    assertEquals(text.strip(), text);
    assertFalse(text.contains("  "));
    assertFalse(text.contains("\t"));
    assertFalse(text.contains("\n"));
    assertTrue(text.length() <= PersonName.MAX_LENGTH);
  }

  @Property
  void equalityIgnoresCaseAndSpacesAndAgreesWithHashCode(@ForAll("names") PersonName name) {
    String text = name.toString();
    for (String variant :
        new String[] {
          text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT), text.replace(" ", ""),
          "  " + text.replace(" ", "   ") + " "
        }) {
      PersonName other = PersonName.of(variant);
      assertEquals(name, other);
      assertEquals(other, name);
      assertEquals(name.hashCode(), other.hashCode());
    }
  }

  @Property
  void equalNamesHaveEqualHashCodes(
      @ForAll("names") PersonName a, @ForAll("names") PersonName b) {
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    assertEquals(a.equals(b), b.equals(a));
  }

  @Property
  void insertingADigitOrControlIsRejected(
      @ForAll("names") PersonName name,
      @ForAll("badCharacters") char bad,
      @ForAll("positions") int position) {
    String text = name.toString();
    int at = Math.min(position, text.length());
    if (at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
      at--;
    }
    String spoiled = text.substring(0, at) + bad + text.substring(at);
    Optional<NameProblem> problem = PersonName.read(spoiled).problem();
    assertTrue(problem.isPresent(), spoiled);
    assertEquals(Optional.empty(), PersonName.read(spoiled).value());
  }

  @Provide
  Arbitrary<Character> badCharacters() {
    return Arbitraries.of(
        '0', '7', '\u0000', '\u001b', '\u007f', '\u202e', '\u2066', '\u200b', '\ud800', ';', '@');
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, PersonName.MAX_LENGTH);
  }
}
