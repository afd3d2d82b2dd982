package id.terampil.validation.internal;


import id.terampil.validation.constraints.ValidNik;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidNik} with {@link FieldRules}. Not an API. */
public final class NikValidator extends TextRuleValidator<ValidNik> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public NikValidator() {}

  @Override
  protected @Nullable Issue check(CharSequence value) {
    return FieldRules.nik(value);
  }
}
