package id.terampil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The identifier shape stated once in {@link TextId}, as each identifier type shows it. */
class TextIdTest {

  private static final Map<String, Function<String, Object>> PARSERS =
      Map.of("cohort id", CohortId::parse, "program id", ProgramId::parse);

  @Test
  void each_identifier_rejects_a_bad_shape_with_its_own_noun() {
    PARSERS.forEach(
        (noun, parse) -> {
          assertEquals(noun + " must not be blank", message(parse, "  "));
          assertEquals(
              noun + " must not be longer than 64 characters: 65 characters",
              message(parse, "X".repeat(65)));
          assertEquals(
              noun + " may contain only ASCII letters, digits, '.', '_' and '-', beginning with a"
                  + " letter or digit (position 1)",
              message(parse, "_A"));
          assertEquals(
              noun + " must not be null",
              assertThrows(NullPointerException.class, () -> parse.apply(null)).getMessage());
        });
  }

  @Test
  void a_cohort_id_and_a_program_id_of_the_same_text_are_not_equal() {
    CohortId cohort = CohortId.of("PKL-2024");
    ProgramId program = ProgramId.of("PKL-2024");
    assertEquals(cohort.toString(), program.toString());
    assertNotEquals(cohort, (Object) program);
    assertNotEquals(program, (Object) cohort);
    assertEquals(CohortId.of("PKL-2024"), cohort);
    assertEquals(ProgramId.of(" PKL-2024 "), program);
  }

  @Test
  void both_identifiers_state_the_one_maximum_length() {
    assertEquals(64, CohortId.MAX_LENGTH);
    assertEquals(TextId.MAX_LENGTH, CohortId.MAX_LENGTH);
    assertEquals(TextId.MAX_LENGTH, ProgramId.MAX_LENGTH);
  }

  private static String message(Function<String, Object> parse, String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse.apply(text)).getMessage();
  }
}
