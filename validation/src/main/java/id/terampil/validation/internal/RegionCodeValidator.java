package id.terampil.validation.internal;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.constraints.ValidRegionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidRegionCode} with the reader of {@link RegionCode} and {@link RecordRules}. A well-formed code that fails the
 * {@code mustExist} check gets its own message (the region is not a current one), unless the
 * constraint sets its own; a default message is taken from the key of the required level, e.g.
 * {@code ValidRegionCode.VILLAGE.message}, so that a bundle names the level in its own words.
 * Not an API.
 */
public final class RegionCodeValidator implements ConstraintValidator<ValidRegionCode, CharSequence> {

  static final String DEFAULT_MESSAGE =
      "{id.terampil.validation.constraints.ValidRegionCode.message}";
  static final String MUST_EXIST_MESSAGE =
      "{id.terampil.validation.constraints.ValidRegionCode.mustExist.message}";

  private RegionLevel level = RegionLevel.PROVINCE;
  private boolean orFiner;
  private @Nullable RegionDirectory directory;
  private boolean defaultMessage = true;

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public RegionCodeValidator() {}

  @Override
  public void initialize(ValidRegionCode annotation) {
    level = annotation.level();
    orFiner = annotation.orFiner();
    defaultMessage = DEFAULT_MESSAGE.equals(annotation.message());
    directory = annotation.mustExist() ? InstalledRegionDirectory.require() : null;
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    FindingCode problem = null;
    RegionCode code = null;
    if (value.length() > Texts.MAX_LENGTH) {
      problem = FindingCode.FIELD_TOO_LONG;
    } else {
      code = RegionCode.read(value).orElse(null);
      if (code == null) {
        problem = FindingCode.REGION_CODE_INVALID;
      } else if (!RecordRules.hasLevel(code, level, orFiner)) {
        problem = FindingCode.REGION_CODE_LEVEL;
      }
    }
    if (problem == null) {
      RegionDirectory d = directory;
      if (d == null) {
        return true;
      }
      var missing =
          RecordRules.inDirectory(
              d, FindingCode.REGION_CODE_RETIRED, FindingCode.REGION_CODE_UNKNOWN, code);
      if (missing == null) {
        return true;
      }
      // the payload first: Hibernate Validator gives it to the violations built after it
      TextRuleValidator.attach(context, missing.getValue());
      if (defaultMessage) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(ofLevel(MUST_EXIST_MESSAGE)).addConstraintViolation();
      }
      return false;
    }
    TextRuleValidator.attach(context, problem);
    if (defaultMessage) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(ofLevel(DEFAULT_MESSAGE)).addConstraintViolation();
    }
    return false;
  }

  /**
   * Returns the message of the level, {@code {...ValidRegionCode.VILLAGE.message}} for {@code
   * {...ValidRegionCode.message}}: a bundle names the level in its own words there.
   */
  private String ofLevel(String template) {
    return template.replace(".message}", "." + level.name() + ".message}");
  }
}
