package id.terampil.validation.internal;


import id.terampil.validation.constraints.ValidKbli;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidKbli} with {@link FieldRules}. Not an API. */
public final class KbliValidator extends TextRuleValidator<ValidKbli> {

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public KbliValidator() {}

  @Override
  protected @Nullable Issue check(CharSequence value) {
    return FieldRules.kbli(value);
  }
}
