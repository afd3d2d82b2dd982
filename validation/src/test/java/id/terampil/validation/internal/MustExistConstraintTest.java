package id.terampil.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.constraints.ValidRegionCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @ValidRegionCode(mustExist = true)} through a plain Hibernate Validator. */
class MustExistConstraintTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    // English messages whatever the machine's locale
    factory =
        Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
            .configure()
            .defaultLocale(java.util.Locale.ENGLISH)
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  /** A form as an agency system declares it. */
  static final class Form {
    @ValidRegionCode(level = RegionLevel.VILLAGE, mustExist = true)
    final String domicile;

    @ValidRegionCode(level = RegionLevel.VILLAGE)
    final String wellFormedOnly;

    Form(String domicile, String wellFormedOnly) {
      this.domicile = domicile;
      this.wellFormedOnly = wellFormedOnly;
    }
  }

  private Optional<FindingCode> violation(String domicile) {
    Set<ConstraintViolation<Form>> violations =
        validator.validate(new Form(domicile, "33.75.01.1006"));
    assertTrue(violations.size() <= 1, violations.toString());
    return violations.stream()
        .findFirst()
        .map(
            v -> {
              HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
              return hv.getDynamicPayload(FindingCode.class);
            });
  }

  @Test
  void existingVillagePasses() {
    assertEquals(Optional.empty(), violation("33.75.01.1006"));
    assertEquals(Optional.empty(), violation("3375011012"));
  }

  @Test
  void wellFormedVillageNoListHasFails() {
    assertEquals(Optional.of(FindingCode.REGION_CODE_UNKNOWN), violation("33.75.02.1001"));
    assertEquals(Optional.of(FindingCode.REGION_CODE_UNKNOWN), violation("62.71.05.2001"));
  }

  @Test
  void retiredVillageFails() {
    assertEquals(Optional.of(FindingCode.REGION_CODE_RETIRED), violation("92.71.01.1001"));
  }

  @Test
  void malformedOrWrongLevelStillFailsAsBefore() {
    assertEquals(Optional.of(FindingCode.REGION_CODE_INVALID), violation("33.75.01.0006"));
    assertEquals(Optional.of(FindingCode.REGION_CODE_LEVEL), violation("33.75"));
  }

  @Test
  void withoutMustExistAWellFormedUnknownCodePasses() {
    assertEquals(Set.of(), validator.validate(new Form(null, "33.75.02.1001")));
  }

  @Test
  void findsTheOfficialDirectoryWithServiceLoader() {
    assertTrue(InstalledRegionDirectory.require().isComplete());
    assertTrue(
        InstalledRegionDirectory.require().toString().startsWith("OfficialRegionDirectory["));
  }

  @Test
  void withoutAProviderTheMessageSaysWhatToAdd() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> InstalledRegionDirectory.require(Optional.empty()));
    assertTrue(e.getMessage().contains("id.terampil:terampil-regions"), e.getMessage());
    assertEquals(Optional.empty(), InstalledRegionDirectory.first(List.of()));
  }

  @Test
  void unknownOrRetiredRegionGetsItsOwnMessage() {
    Set<ConstraintViolation<Form>> violations =
        validator.validate(new Form("33.75.02.1001", "33.75.01.1006"));
    assertEquals(1, violations.size());
    String message = violations.iterator().next().getMessage();
    assertEquals(
        "must be a region of level VILLAGE in the current Kemendagri list (not retired, not"
            + " unknown)",
        message);
    ConstraintViolation<Form> malformed =
        validator.validate(new Form("33.75", "33.75.01.1006")).iterator().next();
    assertEquals("must be a well-formed Kemendagri region code of level VILLAGE", malformed.getMessage());
  }

  /** A form whose constraint sets its own message. */
  static final class OwnMessage {
    @ValidRegionCode(level = RegionLevel.VILLAGE, mustExist = true, message = "desa tidak dikenal")
    final String domicile;

    OwnMessage(String domicile) {
      this.domicile = domicile;
    }
  }

  @Test
  void aConstraintsOwnMessageIsKept() {
    assertEquals(
        "desa tidak dikenal",
        validator.validate(new OwnMessage("33.75.02.1001")).iterator().next().getMessage());
  }
}
