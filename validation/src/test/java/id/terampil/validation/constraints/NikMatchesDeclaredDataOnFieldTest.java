package id.terampil.validation.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NikMatchesDeclaredData} on a field: an absent declaration is valid (as for every
 * constraint, null is another constraint's business); a present one is cross-checked.
 */
class NikMatchesDeclaredDataOnFieldTest {

  static {
    OpenToValidator.open(NikMatchesDeclaredDataOnFieldTest.class);
  }

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  /** A form holding the declarations in a field. */
  static final class Form {
    @NikMatchesDeclaredData(region = "domicileCode")
    ConstraintsTest.@Nullable Person person;

    Form(ConstraintsTest.@Nullable Person person) {
      this.person = person;
    }
  }

  @Test
  void anAbsentDeclarationIsValid() {
    assertEquals(Set.of(), VALIDATOR.validate(new Form(null)));
  }

  @Test
  void aPresentDeclarationIsCrossCheckedOnItsNodes() {
    LocalDate born = LocalDate.of(1990, 8, 5);
    assertEquals(
        Set.of(),
        VALIDATOR.validate(
            new Form(new ConstraintsTest.Person(ConstraintsTest.NIK, born, "P", "33.75.01.1006"))));
    assertEquals(
        new TreeSet<>(List.of("person.birthDate", "person.sex")),
        ConstraintsTest.paths(
            VALIDATOR.validate(
                new Form(new ConstraintsTest.Person(ConstraintsTest.NIK, born.plusDays(1), "L", null)))));
  }
}
