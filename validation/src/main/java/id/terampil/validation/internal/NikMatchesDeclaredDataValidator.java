package id.terampil.validation.internal;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.constraints.DeclaredIdentity;
import id.terampil.validation.constraints.NikMatchesDeclaredData;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates {@link NikMatchesDeclaredData} with {@link RecordRules#crossCheck}. Not an API. */
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
    Set<FindingCode> mismatches = check(value);
    if (mismatches.isEmpty()) {
      return true;
    }
    // The dynamic payload is copied into each violation as it is added: attach it first.
    TextRuleValidator.attach(context, mismatches.iterator().next());
    context.disableDefaultConstraintViolation();
    String template = context.getDefaultConstraintMessageTemplate();
    for (FindingCode mismatch : mismatches) {
      context
          .buildConstraintViolationWithTemplate(template)
          .addPropertyNode(node(mismatch))
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
  static Set<FindingCode> check(DeclaredIdentity value) {
    CharSequence nikText = value.declaredNik();
    Nik nik =
        nikText == null || nikText.length() > Texts.MAX_LENGTH
            ? null
            : Nik.read(nikText).value().orElse(null);
    if (nik == null) {
      return Set.of();
    }
    CharSequence sexText = value.declaredSex();
    Sex sex = sexText == null ? null : Sex.read(sexText).orElse(null);
    CharSequence regionText = value.declaredRegion();
    RegionCode region =
        regionText == null || regionText.length() > Texts.MAX_LENGTH
            ? null
            : RegionCode.read(regionText).orElse(null);
    return RecordRules.crossCheck(nik, value.declaredBirthDate(), sex, region);
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
