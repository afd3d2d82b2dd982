package id.terampil.validation.internal;

import id.terampil.core.classification.KbliCode;
import id.terampil.validation.code.FindingCode;


import id.terampil.validation.constraints.ValidKbli;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidKbli} with the reader of its core type. Not an API. */
public final class KbliValidator extends TextRuleValidator<ValidKbli> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public KbliValidator() {}

  @Override
  protected @Nullable FindingCode check(CharSequence value) {
    return KbliCode.read(value).isPresent() ? null : FindingCode.KBLI_INVALID;
  }
}
