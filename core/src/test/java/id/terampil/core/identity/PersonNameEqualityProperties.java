package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PersonName#equals} and {@link PersonName#hashCode} walk the names without building a key:
 * they must give what comparing the key strings gives (spaces removed, each code point folded
 * upper-then-lower case, typographic apostrophes and hyphen made ASCII).
 */
class PersonNameEqualityProperties {

  /** The key the names were compared by before: built as a string. */
  private static String key(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        continue;
      }
      if (cp == '\u2019' || cp == '\u02BC') {
        sb.append('\'');
      } else if (cp == '\u2010') {
        sb.append('-');
      } else {
        sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
      }
    }
    return sb.toString();
  }

  /**
   * Names from a small alphabet of letters with case pairs, final and medial sigma, the long s,
   * a Deseret letter (a surrogate pair with a case pair), apostrophes, hyphens and spaces, so
   * that equal and nearly equal names are common.
   */
  @Provide
  Arbitrary<PersonName> names() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "a", "A", "s", "S", "\u017f", "\u03c3", "\u03c2", "\u03a3", "\u00e9", "\u00c9",
            "\ud801\udc00", "\ud801\udc28", "'", "\u2019", "\u02bc", "-", "\u2010", " ", ".");
    return piece.list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(list -> "a" + String.join("", list))
        .filter(t -> PersonName.read(t).value().isPresent())
        .map(PersonName::of);
  }

  @Property(tries = 2000)
  void equalityIsEqualityOfTheKeys(@ForAll("names") PersonName a, @ForAll("names") PersonName b) {
    boolean expected = key(a.toString()).equals(key(b.toString()));
    assertEquals(expected, a.equals(b), a + " / " + b);
    assertEquals(expected, b.equals(a), b + " / " + a);
  }

  @Property(tries = 2000)
  void theHashCodeIsTheKeysHashCode(@ForAll("names") PersonName name) {
    assertEquals(key(name.toString()).hashCode(), name.hashCode());
  }

  /** Spellings that the key makes equal: case, sigma forms, apostrophes, hyphens, spaces. */
  private static final String[][] SAME = {
    {"a", "A"},
    {"s", "S", "\u017f"},
    {"\u03c3", "\u03c2", "\u03a3"},
    {"\u00e9", "\u00c9"},
    {"\ud801\udc00", "\ud801\udc28"},
    {"'", "\u2019", "\u02bc"},
    {"-", "\u2010"},
    {" ", ""},
    {"."}
  };

  /** Two spellings of one name, picked per piece from {@link #SAME}: mostly equal names. */
  @Provide
  Arbitrary<PersonName[]> spellings() {
    Arbitrary<int[]> piece =
        Arbitraries.integers()
            .between(0, SAME.length - 1)
            .flatMap(
                c ->
                    Arbitraries.integers()
                        .between(0, SAME[c].length - 1)
                        .tuple2()
                        .map(t -> new int[] {c, t.get1(), t.get2()}));
    return piece.list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            pieces -> {
              StringBuilder a = new StringBuilder("b");
              StringBuilder b = new StringBuilder("B");
              for (int[] p : pieces) {
                a.append(SAME[p[0]][p[1]]);
                b.append(SAME[p[0]][p[2]]);
              }
              return new String[] {a.toString(), b.toString()};
            })
        .filter(t -> PersonName.read(t[0]).value().isPresent() && PersonName.read(t[1]).value().isPresent())
        .map(t -> new PersonName[] {PersonName.of(t[0]), PersonName.of(t[1])});
  }

  @Property(tries = 2000)
  void spellingsThatDifferOnlyInFoldedFormsAreEqual(@ForAll("spellings") PersonName[] pair) {
    assertEquals(pair[0], pair[1]);
    assertEquals(pair[1], pair[0]);
    assertEquals(pair[0].hashCode(), pair[1].hashCode());
    assertEquals(key(pair[0].toString()), key(pair[1].toString()));
  }

  @Property
  void aNameIsNotEqualToItsTextOrToNull(@ForAll("names") PersonName name) {
    assertFalse(name.equals((Object) name.toString()));
    assertFalse(name.equals(null));
    assertTrue(name.equals(name));
  }
}
