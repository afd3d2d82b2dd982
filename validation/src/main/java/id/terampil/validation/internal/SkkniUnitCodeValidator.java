package id.terampil.validation.internal;


import id.terampil.validation.constraints.ValidSkkniUnitCode;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidSkkniUnitCode} with {@link FieldRules}. Not an API. */
public final class SkkniUnitCodeValidator extends TextRuleValidator<ValidSkkniUnitCode> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public SkkniUnitCodeValidator() {}

  @Override
  protected @Nullable Issue check(CharSequence value) {
    return FieldRules.skkniUnitCode(value);
  }
}
