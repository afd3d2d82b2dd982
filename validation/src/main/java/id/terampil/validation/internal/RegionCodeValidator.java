package id.terampil.validation.internal;

import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.validation.constraints.ValidRegionCode;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidRegionCode} with {@link FieldRules}. Not an API. */
public final class RegionCodeValidator extends TextRuleValidator<ValidRegionCode> {

  private RegionLevel level = RegionLevel.PROVINCE;
  private boolean orFiner;
  private @Nullable RegionDirectory directory;

  /** Creates the validator (Bean Validation needs a public no-argument constructor). */
  public RegionCodeValidator() {}

  @Override
  public void initialize(ValidRegionCode annotation) {
    level = annotation.level();
    orFiner = annotation.orFiner();
    directory = annotation.mustExist() ? InstalledRegionDirectory.require() : null;
  }

  @Override
  protected @Nullable Issue check(CharSequence value) {
    Issue issue = FieldRules.regionCode(value, level, orFiner);
    RegionDirectory d = directory;
    if (issue != null || d == null) {
      return issue;
    }
    return FieldRules.regionExists(RegionCode.parse(value), d);
  }
}
