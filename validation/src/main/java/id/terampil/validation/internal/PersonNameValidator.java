package id.terampil.validation.internal;


import id.terampil.validation.constraints.ValidPersonName;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidPersonName} with {@link FieldRules}. Not an API. */
public final class PersonNameValidator extends TextRuleValidator<ValidPersonName> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public PersonNameValidator() {}

  @Override
  protected @Nullable Issue check(CharSequence value) {
    return FieldRules.personName(value);
  }
}
