package id.terampil.validation.internal;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.constraints.DeclaredIdentity;
import id.terampil.validation.constraints.NikMatchesDeclaredData;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validates {@link NikMatchesDeclaredData} with {@link FieldRules#crossCheck}. Not an API. */
public final class NikMatchesDeclaredDataValidator
    implements ConstraintValidator<NikMatchesDeclaredData, DeclaredIdentity> {

  private String birthDateNode = "birthDate";
  private String sexNode = "sex";
  private String regionNode = "domicile";

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public NikMatchesDeclaredDataValidator() {}

  @Override
  public void initialize(NikMatchesDeclaredData annotation) {
    birthDateNode = annotation.birthDate();
    sexNode = annotation.sex();
    regionNode = annotation.region();
  }

  @Override
  public boolean isValid(@Nullable DeclaredIdentity value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Issue> issues = check(value);
    if (issues.isEmpty()) {
      return true;
    }
    // The dynamic payload is copied into each violation as it is added: attach it first.
    TextRuleValidator.attach(context, issues.get(0).code());
    context.disableDefaultConstraintViolation();
    String template = context.getDefaultConstraintMessageTemplate();
    for (Issue issue : issues) {
      context
          .buildConstraintViolationWithTemplate(template)
          .addPropertyNode(node(issue.code()))
          .addConstraintViolation();
    }
    return false;
  }

  /**
   * Returns the mismatches between the NIK and the declared data; empty if the NIK is absent or
   * malformed (other constraints report that).
   *
   * @param value the declarations, not null
   * @return the issues, not null
   */
  static List<Issue> check(DeclaredIdentity value) {
    CharSequence nikText = value.declaredNik();
    if (nikText == null || FieldRules.nik(nikText) != null) {
      return List.of();
    }
    Nik nik = Nik.parse(nikText);
    CharSequence sexText = value.declaredSex();
    Sex sex = sexText == null ? null : FieldRules.parseSex(sexText);
    CharSequence regionText = value.declaredRegion();
    RegionCode region = regionText == null ? null : FieldRules.parseRegion(regionText).orElse(null);
    return FieldRules.crossCheck(nik, value.declaredBirthDate(), sex, region, false);
  }

  private String node(FindingCode code) {
    switch (code) {
      case NIK_BIRTH_DATE_MISMATCH:
        return birthDateNode;
      case NIK_SEX_MISMATCH:
        return sexNode;
      default:
        return regionNode;
    }
  }
}
