package id.terampil.validation.internal;

import id.terampil.core.identity.Nik;
import id.terampil.validation.code.FindingCode;


import id.terampil.validation.constraints.ValidNik;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidNik} with the reader of its core type. Not an API. */
public final class NikValidator extends TextRuleValidator<ValidNik> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public NikValidator() {}

  @Override
  protected @Nullable FindingCode check(CharSequence value) {
    return Nik.read(value).problem().map(FindingCode::of).orElse(null);
  }
}
