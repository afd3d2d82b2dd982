package id.terampil.validation.internal;

import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.validation.code.FindingCode;


import id.terampil.validation.constraints.ValidSkkniUnitCode;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidSkkniUnitCode} with the reader of its core type. Not an API. */
public final class SkkniUnitCodeValidator extends TextRuleValidator<ValidSkkniUnitCode> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public SkkniUnitCodeValidator() {}

  @Override
  protected @Nullable FindingCode check(CharSequence value) {
    return SkkniUnitCode.formatOf(value.toString().strip()).isPresent()
        ? null
        : FindingCode.SKKNI_INVALID;
  }
}
