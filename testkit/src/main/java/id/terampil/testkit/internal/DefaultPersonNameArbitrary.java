package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.identity.PersonName;
import id.terampil.testkit.PersonNameArbitrary;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The implementation of {@link PersonNameArbitrary}. */
public final class DefaultPersonNameArbitrary extends ArbitraryDecorator<PersonName>
    implements PersonNameArbitrary {

  private static final int DEFAULT_MAX_WORDS = 4;

  private final int minWords;
  private final int maxWords;
  private final boolean asciiOnly;

  /** Creates the arbitrary without configuration. */
  public DefaultPersonNameArbitrary() {
    this(1, DEFAULT_MAX_WORDS, false);
  }

  private DefaultPersonNameArbitrary(int minWords, int maxWords, boolean asciiOnly) {
    this.minWords = minWords;
    this.maxWords = maxWords;
    this.asciiOnly = asciiOnly;
  }

  @Override
  protected Arbitrary<PersonName> arbitrary() {
    List<String> pool = new ArrayList<>(NameWords.COMMON);
    List<ImmutableList<String>> special = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    special.add(NameWords.APOSTROPHE);
    weights.add(8);
    special.add(NameWords.HYPHENATED);
    weights.add(5);
    special.add(NameWords.DOTTED_AND_PARTICLES);
    weights.add(7);
    if (!asciiOnly) {
      special.add(NameWords.NON_ASCII);
      weights.add(7);
    }
    List<List<Long>> groups = new ArrayList<>();
    for (ImmutableList<String> words : special) {
      List<Long> group = new ArrayList<>();
      for (String word : words) {
        if (!asciiOnly || word.chars().allMatch(c -> c < 128)) {
          group.add((long) pool.size());
          pool.add(word);
        }
      }
      groups.add(group);
    }
    WeightedLongs indexes = WeightedLongs.between(0, pool.size() - 1L);
    for (int i = 0; i < groups.size(); i++) {
      indexes = indexes.often(weights.get(i), groups.get(i));
    }
    ImmutableList<String> words = ImmutableList.copyOf(pool);
    Arbitrary<String> word = indexes.map(i -> words.get(i.intValue()));
    return WeightedLongs.between(minWords, maxWords)
        .often(10, (long) minWords)
        .flatMap(n -> word.list().ofSize(n.intValue()))
        .map(list -> PersonName.of(String.join(" ", list)));
  }

  @Override
  public PersonNameArbitrary singleNames() {
    return words(1, 1);
  }

  @Override
  public PersonNameArbitrary words(int min, int max) {
    checkArgument(
        min >= 1 && max <= MAX_WORDS, "word count must be 1-%s: %s..%s", MAX_WORDS, min, max);
    checkArgument(max >= min, "word count range must not be empty: %s..%s", min, max);
    return new DefaultPersonNameArbitrary(min, max, asciiOnly);
  }

  @Override
  public PersonNameArbitrary asciiOnly() {
    return new DefaultPersonNameArbitrary(minWords, maxWords, true);
  }
}
