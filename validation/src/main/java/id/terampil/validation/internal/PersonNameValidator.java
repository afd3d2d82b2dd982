package id.terampil.validation.internal;

import id.terampil.core.identity.PersonName;
import id.terampil.validation.code.FindingCode;


import id.terampil.validation.constraints.ValidPersonName;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidPersonName} with the reader of its core type. Not an API. */
public final class PersonNameValidator extends TextRuleValidator<ValidPersonName> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public PersonNameValidator() {}

  @Override
  protected @Nullable FindingCode check(CharSequence value) {
    return PersonName.read(value).problem().map(FindingCode::of).orElse(null);
  }
}
