package id.terampil.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** A memoised mapper makes each value's arbitrary once and returns that instance again. */
class MemoTest {

  @Test
  void eachValueGetsOneArbitraryMadeOnce() {
    List<Integer> calls = new ArrayList<>();
    Function<Integer, Arbitrary<Integer>> mapper =
        Memo.perValue(
            n -> {
              calls.add(n);
              return Arbitraries.integers().between(0, n);
            });
    Arbitrary<Integer> three = mapper.apply(3);
    assertSame(three, mapper.apply(3));
    Arbitrary<Integer> four = mapper.apply(4);
    assertNotSame(three, four);
    assertSame(four, mapper.apply(4));
    assertEquals(List.of(3, 4), calls);
  }

  @Test
  void aNullMapperIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Memo.perValue(null));
    assertEquals("mapper must not be null", e.getMessage());
  }
}
