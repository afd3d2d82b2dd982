package id.terampil.validation;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import org.junit.jupiter.api.Test;

/**
 * The packages of core and of validation depend on each other in one direction only: data flows
 * from the vocabulary at the bottom to selection, enrollment and indicators at the top, and a
 * package cycle would let that order decay unnoticed. Each package is its own slice, the root
 * packages included. The one pairing Bean Validation demands is exempt: a constraint annotation
 * names its validator ({@code @Constraint(validatedBy)}) and the validator names the annotation.
 */
class PackageStructureTest {

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.terampil.core", "id.terampil.validation");

  /** One slice per package of a module: {@code core.program}, {@code validation.internal}, … */
  private static final SliceAssignment ONE_SLICE_PER_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.startsWith("id.terampil.core.")) {
            String rest = name.substring("id.terampil.core.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of("core." + (dot < 0 ? rest : rest.substring(0, dot)));
          }
          if (name.equals("id.terampil.validation") || name.startsWith("id.terampil.validation.")) {
            return SliceIdentifier.of(name.substring("id.terampil.".length()));
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "each package of id.terampil.core and id.terampil.validation";
        }
      };

  private static final DescribedPredicate<JavaClass> CONSTRAINT_ANNOTATION =
      DescribedPredicate.describe(
          "a constraint annotation", javaClass -> javaClass.isAnnotatedWith(Constraint.class));

  private static final DescribedPredicate<JavaClass> CONSTRAINT_VALIDATOR =
      DescribedPredicate.describe(
          "a constraint validator",
          javaClass -> javaClass.isAssignableTo(ConstraintValidator.class));

  private static final ArchRule NO_CYCLES =
      slices()
          .assignedFrom(ONE_SLICE_PER_PACKAGE)
          .should()
          .beFreeOfCycles()
          .ignoreDependency(CONSTRAINT_ANNOTATION, CONSTRAINT_VALIDATOR)
          .ignoreDependency(CONSTRAINT_VALIDATOR, CONSTRAINT_ANNOTATION);

  @Test
  void thePackagesFormNoCycle() {
    NO_CYCLES.check(MAIN_CLASSES);
  }

  @Test
  void theGuardSeesBothModules() {
    // A guard that imported nothing would pass on any structure.
    assertTrue(
        MAIN_CLASSES.containPackage("id.terampil.core.program")
            && MAIN_CLASSES.containPackage("id.terampil.validation.internal")
            && MAIN_CLASSES.containPackage("id.terampil.validation"),
        "the importer must see the main classes of core and validation");
  }

  @Test
  void theGuardReportsACycle() {
    JavaClasses cyclic =
        new ClassFileImporter().importPackages("id.terampil.validation.structurefixture");
    AssertionError e = assertThrows(AssertionError.class, () -> NO_CYCLES.check(cyclic));
    assertTrue(
        e.getMessage().contains("Cycle detected: Slice validation.structurefixture.a"),
        e.getMessage());
  }
}
