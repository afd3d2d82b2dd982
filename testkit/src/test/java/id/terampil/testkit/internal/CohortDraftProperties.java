package id.terampil.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A program numbers its cohorts A1, A2, ... by building each from its draft with that id: the
 * cohort it gets keeps every attribute of the cohort the draft gives on its own, but the id.
 */
class CohortDraftProperties {

  /** Every attribute of {@link Cohort}: its abstract accessors, found reflectively. */
  private static final List<Method> ATTRIBUTES =
      Arrays.stream(Cohort.class.getDeclaredMethods())
          .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
          .collect(Collectors.toList());

  @Example
  void everyAttributeOfCohortIsCompared() {
    List<String> names = ATTRIBUTES.stream().map(Method::getName).collect(Collectors.toList());
    assertTrue(
        names.containsAll(List.of("id", "name", "venue", "seats", "eligibilityOverride")), names::toString);
  }

  @Property(tries = 200)
  void aNumberedCohortKeepsEveryAttributeButTheId(
      @ForAll("drafts") DefaultCohortArbitrary.Draft draft, @ForAll @IntRange(min = 1, max = 999) int n)
      throws ReflectiveOperationException {
    CohortId id = CohortId.of("A" + n);
    Cohort alone = draft.cohort();
    Cohort numbered = draft.cohort(id);
    assertEquals(id, numbered.id());
    for (Method attribute : ATTRIBUTES) {
      if (!attribute.getName().equals("id")) {
        assertEquals(attribute.invoke(alone), attribute.invoke(numbered), attribute.getName());
      }
    }
  }

  @Provide
  Arbitrary<DefaultCohortArbitrary.Draft> drafts() {
    return new DefaultCohortArbitrary().drafts();
  }
}
